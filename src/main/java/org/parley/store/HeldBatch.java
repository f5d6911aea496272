package org.parley.store;

import java.util.ArrayList;
import java.util.List;
import org.parley.rdf.ArticleGraph;

/** A batch kept in memory until its commit writes it in one call: for sinks without a transaction to keep open. */
final class HeldBatch implements GraphSink.Batch {
    private final GraphSink sink;
    private final List<ArticleGraph> graphs = new ArrayList<>();

    HeldBatch(GraphSink sink) {
        this.sink = sink;
    }

    @Override
    public void add(ArticleGraph graph) {
        graphs.add(graph);
    }

    @Override
    public void commit() {
        try {
            sink.write(graphs);
        } finally {
            graphs.clear();
        }
    }

    @Override
    public void abort() {
        graphs.clear();
    }
}
