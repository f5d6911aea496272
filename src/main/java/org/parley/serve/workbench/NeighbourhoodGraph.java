package org.parley.serve.workbench;

import org.parley.export.GraphReader;
import org.parley.export.Selection;
import org.parley.export.VisualGraph;

/**
 * The graph of an actor's neighbourhood, exactly as {@code parley export --actor NAME --depth 1}
 * draws it. The export reads a neighbourhood from the summary graph by following the actor's links
 * outward, and a few of each edge's assertions for its evidence, so the page costs what the actor's
 * relations cost, not what the store holds.
 */
final class NeighbourhoodGraph {
    private final StoreReader store;

    NeighbourhoodGraph(StoreReader store) {
        this.store = store;
    }

    /** @param label the actor's name, as the export's {@code --actor} takes it */
    VisualGraph of(String label) {
        return GraphReader.read(store.dataset(), Selection.everything().withActor(label, Selection.DEFAULT_DEPTH)).graph();
    }
}
