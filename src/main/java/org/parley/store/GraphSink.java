package org.parley.store;

import java.util.Collection;
import java.util.Optional;
import org.parley.rdf.ArticleGraph;

/** The store stage: where article graphs go. The embedded TDB2 store or a remote SPARQL store. */
public interface GraphSink extends AutoCloseable {
    /** Stores a batch of article graphs, each replacing any earlier graph of the same article. */
    void write(Collection<ArticleGraph> batch);

    /** The content hash stored with an article's graph, if the sink has that graph. */
    Optional<String> storedHash(String graphIri);

    @Override
    void close();
}
