package org.parley.store;

import java.util.Collection;
import java.util.Optional;
import org.parley.rdf.ArticleGraph;

/** The store stage: where article graphs go. The embedded TDB2 store or a remote SPARQL store. */
public interface GraphSink extends AutoCloseable {
    /** Stores a batch of article graphs, each replacing any earlier graph of the same article. */
    void write(Collection<ArticleGraph> batch);

    /**
     * Starts a batch that graphs join one at a time and that is stored whole at
     * {@link Batch#commit()}, on the thread that started it. This default holds the graphs until
     * the commit and then {@link #write}s them; the embedded store writes each graph into an open
     * transaction as it comes, so that a batch costs no memory however large it is.
     */
    default Batch startBatch() {
        return new HeldBatch(this);
    }

    /**
     * Whether a batch of many articles lands in one transaction. A sink that stores each article on
     * its own (a remote store takes one request per article) says no, and an ingest then hands it
     * each article as soon as it is extracted: holding articles back for a batch would buy no
     * atomicity, only memory and delay.
     */
    default boolean storesBatchesWhole() {
        return true;
    }

    /** The content hash stored with an article's graph, if the sink has that graph. */
    Optional<String> storedHash(String graphIri);

    @Override
    void close();

    /** A batch being stored: all of its graphs land at {@link #commit()}, or none does. */
    interface Batch {
        /** Adds a graph, replacing any earlier graph of the same article when the batch commits. */
        void add(ArticleGraph graph);

        /** Stores the batch. A batch that fails to commit stores nothing. */
        void commit();

        /** Drops the batch: none of its graphs is stored. */
        void abort();
    }
}
