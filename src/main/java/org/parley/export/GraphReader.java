package org.parley.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.parley.resolve.Identities;

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
        // one node per actor as the store resolved them across articles (its identity graph is in the union)
        Identities identities = Identities.readFrom(graph.getGraph());
        List<StoredAssertion> selected = AssertionSelector.select(all, selection, graph, matches, identities::canonicalOf);
        VisualGraph visual = VisualGraphBuilder.build(graph, selected);
        Model rdf = SelectedRdf.build(graph, selected);
        return new ExportData(visual, rdf, undrawnCount(all, selection), dates(all));
    }

    private static ExportData.Dates dates(List<StoredAssertion> all) {
        Map<String, LocalDate> byArticle = new HashMap<>();
        for (StoredAssertion a : all) {
            if (a.articleId() != null) byArticle.merge(a.articleId(), a.published() == null ? LocalDate.MIN : a.published(),
                    (x, y) -> x.isAfter(y) ? x : y);
        }
        int undated = (int) byArticle.values().stream().filter(LocalDate.MIN::equals).count();
        LocalDate latest = byArticle.values().stream().filter(d -> !d.equals(LocalDate.MIN))
                .max(LocalDate::compareTo).orElse(null);
        return new ExportData.Dates(byArticle.size(), undated, latest);
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
