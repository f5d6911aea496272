package org.parley.rdf;

/** Writes a sequence of article graphs to one output, in the order given. */
public interface ArticleGraphWriter extends AutoCloseable {
    void write(ArticleGraph graph);

    /** Completes the output (closing brackets, flushing); does not close the underlying stream. */
    @Override
    void close();
}
