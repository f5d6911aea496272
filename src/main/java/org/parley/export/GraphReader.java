package org.parley.export;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;

/** Reads a selection out of a store's dataset, inside one read transaction, into {@link ExportData}. */
public final class GraphReader {
    private GraphReader() {}

    public static ExportData read(Dataset dataset, Selection selection) {
        return Txn.calculateRead(dataset, () -> {
            // the union of every named graph: each article's graph, and the gazetteer's names for states
            Model union = dataset.getUnionModel();
            QueryMatches matches = selection.query() == null ? null : QuerySelection.run(selection.query(), dataset);
            return fromGraph(union, selection, matches);
        });
    }

    /** The same, from a graph already in hand (tests, or a graph that is not in a store). */
    public static ExportData fromGraph(Model graph, Selection selection, QueryMatches matches) {
        List<StoredAssertion> all = AssertionReader.readAll(graph);
        List<StoredAssertion> selected = AssertionSelector.select(all, selection, graph, matches);
        VisualGraph visual = VisualGraphBuilder.build(graph, selected);
        Model rdf = SelectedRdf.build(graph, selected);
        return new ExportData(visual, rdf, undrawnCount(all, selection));
    }

    /** Assertions the article/relation/date criteria would keep but that have no edge to draw. */
    private static int undrawnCount(List<StoredAssertion> all, Selection selection) {
        return (int) all.stream().filter(a -> !a.drawable())
                .filter(a -> selection.articleId() == null || selection.articleId().equals(a.articleId()))
                .filter(a -> selection.relation() == null || selection.relation() == a.relation())
                .filter(a -> selection.since() == null || (a.published() != null && !a.published().isBefore(selection.since())))
                .count();
    }
}
