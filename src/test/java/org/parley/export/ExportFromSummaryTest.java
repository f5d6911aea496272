package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Entity;
import org.parley.extract.EntityKind;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Relation;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphBuilder;
import org.parley.resolve.IriMinter;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;

/**
 * Exports of stores where many articles state the same facts: the edges and counts come from the
 * summary graph, so what an export reads follows the graph drawn, not the number of articles.
 */
class ExportFromSummaryTest {
    private static final int SMALL = 200;
    private static final int LARGE = 1000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

    @TempDir
    static Path dir;

    private static ParleyStore small;
    private static ParleyStore large;

    @BeforeAll
    static void stores() {
        small = storeOf(dir.resolve("small"), SMALL);
        large = storeOf(dir.resolve("large"), LARGE);
    }

    @AfterAll
    static void close() {
        small.close();
        large.close();
    }

    /** Articles a0, a1, ... each stating the fixture's four relations, one published a day. */
    private static ParleyStore storeOf(Path at, int articles) {
        ParleyStore store = ParleyStore.open(at);
        List<ArticleGraph> batch = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            Article a = new Article("a" + i, DiplomacyFixture.TEXT, "Talks", FIRST_DAY.plusDays(i), "fixture/a" + i + ".txt");
            batch.add(DiplomacyFixture.graph(a));
        }
        store.write(batch);
        return store;
    }

    @Test
    void aWholeStoreExportCountsEveryArticleAndListsABoundedSample() {
        ExportData data = GraphReader.read(large.dataset(), Selection.everything());
        VisualGraph g = data.graph();
        assertEquals(3, g.edges().size(), "represents, hosts and warns; the invitation names no inviter");
        assertEquals(LARGE, data.undrawn(), "the invitation, once per article");
        assertEquals(1, g.nodes().stream().filter(n -> n.type() == NodeType.EVENT).count(),
                "the talks every article reports are one node");
        for (VisualEdge e : g.edges()) {
            assertEquals(LARGE, e.articleCount(), e.toString());
            assertEquals(EdgeSupport.MAX_LISTED_ARTICLES, e.articles().size());
            assertEquals(EdgeSupport.MAX_EVIDENCE, e.evidence().size());
        }
    }

    @Test
    void whatAWholeStoreExportReadsDoesNotGrowWithTheStore() {
        long fromSmall = quadsRead(small, Selection.everything());
        long fromLarge = quadsRead(large, Selection.everything());
        assertTrue(fromLarge <= fromSmall + 100,
                "an export read " + fromSmall + " quads of " + SMALL + " articles and " + fromLarge + " of " + LARGE);
    }

    @Test
    void sinceReadsTheArticlesItSelectsAndCountsThemExactly() {
        ExportData data = GraphReader.read(large.dataset(), Selection.everything().withSince(FIRST_DAY.plusDays(LARGE - 10)));
        assertEquals(10, data.undrawn());
        for (VisualEdge e : data.graph().edges()) {
            assertEquals(10, e.articleCount());
            assertEquals(10, e.articles().size());
        }
    }

    @Test
    void anArticleIsReadAloneWhateverTheStoreHolds() {
        Selection one = Selection.everything().withArticle("a7");
        ExportData data = GraphReader.read(large.dataset(), one);
        assertEquals(3, data.graph().edges().size());
        assertTrue(data.graph().edges().stream().allMatch(e -> e.articles().equals(List.of("a7")) && e.articleCount() == 1));
        assertTrue(quadsRead(large, one) <= quadsRead(small, one) + 10);
    }

    @Test
    void anActorsNeighbourhoodAndARelationComeFromTheSummaryToo() {
        Selection warnings = Selection.everything().withActor("Khamenei", 1).withRelation(RelationType.WARNS);
        ExportData data = GraphReader.read(large.dataset(), warnings);
        assertEquals(1, data.graph().edges().size());
        assertEquals(LARGE, data.graph().edges().get(0).articleCount());
        assertTrue(quadsRead(large, warnings) <= quadsRead(small, warnings) + 100);
    }

    /** JSON-LD is built in memory: a selection too large for the heap is refused at once, before any assertion is read. */
    @Test
    void aJsonLdSelectionTooLargeForTheHeapIsRefusedAtOnce() {
        ExportException e = assertThrows(ExportException.class, () -> GraphReader.read(large.dataset(), Selection.everything(), 1000));
        assertTrue(e.getMessage().startsWith("the selection holds more than 1000 assertions"), e.getMessage());
        Selection warnings = Selection.everything().withRelation(RelationType.WARNS);
        assertEquals(LARGE, GraphReader.read(large.dataset(), warnings, 1000).rdf()
                .listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.parley.rdf.DIP.Warning).toList().size());
        assertThrows(ExportException.class, () -> GraphReader.read(large.dataset(), warnings.withSince(FIRST_DAY), 999),
                "the same refusal when the selection names articles");
    }

    /** "Witkoff represents the United States", said outright and hedged in one article and hedged in another. */
    @Test
    void anArticleStatingAnEdgeTwoWaysCountsOnce() {
        String said = "Steve Witkoff represents the United States.";
        String hedged = "Steve Witkoff is expected to represent the United States.";
        try (ParleyStore store = ParleyStore.open(dir.resolve("twice"))) {
            store.write(List.of(witkoffArticle("both-ways", said + " " + hedged, said, hedged),
                    witkoffArticle("hedged-only", hedged, hedged)));
            VisualEdge edge = GraphReader.read(store.dataset(), Selection.everything()).graph().edges().get(0);
            assertEquals(2, edge.articleCount(), "two articles, though three facts-by-article support the edge");
            assertEquals(List.of("both-ways", "hedged-only"), edge.articles());
            assertFalse(edge.hedged());
        }
    }

    /** An edge several facts share is counted from its edge summary, not by reading their assertions. */
    @Test
    void anEdgeOfSeveralFactsIsCountedWithoutReadingItsAssertions() {
        String said = "Steve Witkoff represents the United States.";
        String hedged = "Steve Witkoff is expected to represent the United States.";
        long[] reads = new long[2];
        int[] sizes = {20, 200};
        for (int k = 0; k < 2; k++) {
            try (ParleyStore store = ParleyStore.open(dir.resolve("several-" + sizes[k]))) {
                List<ArticleGraph> graphs = new ArrayList<>();
                for (int i = 0; i < sizes[k]; i++) graphs.add(witkoffArticle("w" + i, said + " " + hedged, said, hedged));
                store.write(graphs);
                assertEquals(sizes[k], GraphReader.read(store.dataset(), Selection.everything()).graph().edges().get(0).articleCount());
                reads[k] = quadsRead(store, Selection.everything());
            }
        }
        assertTrue(reads[1] <= reads[0] + 100, "read " + reads[0] + " quads for " + sizes[0] + " articles, " + reads[1] + " for " + sizes[1]);
    }

    private static ArticleGraph witkoffArticle(String id, String text, String... sentences) {
        List<Entity> entities = List.of(
                new Entity("witkoff", EntityKind.PERSON, "Steve Witkoff", Set.of("Steve Witkoff"), null, null, null, null),
                new Entity("us", EntityKind.STATE, "United States", Set.of("United States"), null, null, null, null));
        List<Relation> relations = new ArrayList<>();
        for (String s : sentences) {
            int start = text.indexOf(s);
            relations.add(new Relation(RelationType.REPRESENTS, "witkoff", "us", null, null, start, start + s.length(), s, 0.9,
                    s.contains("expected") ? Modality.HEDGED : Modality.ASSERTED));
        }
        Article article = new Article(id, text, null, null, null);
        return new ArticleGraphBuilder(new IriMinter()).build(new Extraction(article, entities, relations));
    }

    /** The quads an export's reads return, counted through a wrapper around the store. */
    private static long quadsRead(ParleyStore store, Selection selection) {
        AtomicLong quads = new AtomicLong();
        DatasetGraph counting = new DatasetGraphWrapper(store.dataset().asDatasetGraph()) {
            @Override
            public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
                Iterator<Quad> it = super.find(g, s, p, o);
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() { return it.hasNext(); }

                    @Override
                    public Quad next() {
                        quads.incrementAndGet();
                        return it.next();
                    }
                };
            }
        };
        Dataset dataset = DatasetFactory.wrap(counting);
        GraphReader.read(dataset, selection);
        return quads.get();
    }
}
