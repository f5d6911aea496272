package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
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
import org.parley.rdf.DIP;
import org.parley.resolve.IriMinter;

/** The summary graph follows the article graphs through every write, replacement included. */
class SummaryGraphTest {
    private static final Node SUMMARY = NodeFactory.createURI(DIP.SUMMARY_GRAPH);
    private static final String HOSTED = "Kenya hosted Norway's foreign minister in Nairobi.";
    private static final String INVITED = "Kenya invited Brazil to the climate summit.";

    @TempDir
    Path tmp;

    @Test
    void twoArticlesStatingAHostingCountTwoAndLinkBothAssertions() {
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(visit("a", true), visit("b", true)));
            Node hosting = relationFact(store, DIP.Hosting.asNode());
            assertEquals(2, count(store, hosting));
            assertEquals(2, attestations(store, hosting).size());
        }
    }

    @Test
    void replacingAnArticleTakesAwayWhatOnlyItStated() {
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(visit("a", true), visit("b", true)));
            Node hosting = relationFact(store, DIP.Hosting.asNode());

            store.write(List.of(visit("a", false)));
            assertEquals(1, count(store, hosting));
            assertEquals(Set.of(NodeFactory.createURI(DIP.ID + "assertion/b/0")), attestations(store, hosting));

            store.write(List.of(visit("b", false)));
            assertFalse(contains(store, hosting), "no article states the hosting any more");
            assertEquals(2, count(store, relationFact(store, DIP.Invitation.asNode())), "the invitation is still in both");
        }
    }

    @Test
    void afterAnySequenceOfWritesTheSummaryEqualsOneBuiltAfresh() {
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(visit("a", true), visit("b", false)));
            store.write(List.of(visit("a", false), visit("a", true), visit("c", true))); // one article twice in a batch
            store.write(List.of(visit("b", true), visit("c", false)));
            store.write(List.of(visit("c", false)));

            Graph kept = summaryOf(store.dataset().asDatasetGraph());
            Graph afresh = rebuiltFromArticleGraphs(store.dataset().asDatasetGraph());
            assertTrue(kept.size() > 10, "the summary holds the articles' facts");
            assertTrue(kept.isIsomorphicWith(afresh), () -> "kept:\n" + kept + "\nafresh:\n" + afresh);
        }
    }

    @Test
    void aStoreWithArticlesButNoSummaryIsSummarizedOnOpening() {
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(visit("a", true)));
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().deleteAny(SUMMARY, Node.ANY, Node.ANY, Node.ANY));
        }
        List<String> notices = new ArrayList<>();
        try (ParleyStore store = ParleyStore.open(tmp, notices::add)) {
            assertEquals(1, count(store, relationFact(store, DIP.Hosting.asNode())));
            assertEquals(List.of("summarized 1 article graphs in " + tmp), notices);
        }
    }

    @Test
    void summarizeTakesInGraphsWrittenByOtherTools() {
        try (ParleyStore store = ParleyStore.open(tmp)) {
            ArticleGraph written = visit("a", true);
            // as a Graph Store PUT would: the article graph only, no summary
            Txn.executeWrite(store.dataset(), () -> store.dataset().addNamedModel(written.graphIri(), written.model()));
            assertFalse(Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .contains(SUMMARY, Node.ANY, DIP.relationKind.asNode(), DIP.Hosting.asNode())));

            assertEquals(1, store.summarize(progress -> {}));
            assertEquals(1, count(store, relationFact(store, DIP.Hosting.asNode())));
        }
    }

    /** An article on a visit; {@code hosted} says whether it also states the hosting. */
    private static ArticleGraph visit(String id, boolean hosted) {
        String text = hosted ? HOSTED + " " + INVITED : INVITED;
        int invitedAt = text.indexOf(INVITED);
        Article article = new Article(id, text, null, LocalDate.of(2026, 4, 1), null);
        List<Entity> entities = List.of(
                new Entity("kenya", EntityKind.STATE, "Kenya", Set.of("Kenya"), null, null, null, null),
                new Entity("norway", EntityKind.STATE, "Norway", Set.of("Norway"), null, null, null, null),
                new Entity("brazil", EntityKind.STATE, "Brazil", Set.of("Brazil"), null, null, null, null),
                new Entity("summit", EntityKind.EVENT, "climate summit", Set.of("climate summit"), null, null, null, null));
        List<Relation> relations = new ArrayList<>();
        if (hosted) relations.add(new Relation(RelationType.HOSTS, "kenya", "norway", null, null, 0, HOSTED.length(), HOSTED, 0.8, Modality.ASSERTED));
        relations.add(new Relation(RelationType.INVITES, "kenya", "brazil", "summit", null, invitedAt, text.length(), INVITED, 0.9, Modality.ASSERTED));
        return new ArticleGraphBuilder(new IriMinter()).build(new Extraction(article, entities, relations));
    }

    private static Node relationFact(ParleyStore store, Node kind) {
        return Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().asDatasetGraph().find(SUMMARY, Node.ANY, DIP.relationKind.asNode(), kind);
            assertTrue(it.hasNext(), "no summary of " + kind);
            return it.next().getSubject();
        });
    }

    private static boolean contains(ParleyStore store, Node fact) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(SUMMARY, fact, Node.ANY, Node.ANY));
    }

    private static long count(ParleyStore store, Node fact) {
        return Txn.calculateRead(store.dataset(), () -> {
            var it = store.dataset().asDatasetGraph().find(SUMMARY, fact, DIP.articleCount.asNode(), Node.ANY);
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0L;
        });
    }

    private static Set<Node> attestations(ParleyStore store, Node fact) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Node> out = new java.util.HashSet<>();
            store.dataset().asDatasetGraph().find(SUMMARY, fact, DIP.attestation.asNode(), Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject()));
            return out;
        });
    }

    private static Graph summaryOf(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(SUMMARY).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static Graph rebuiltFromArticleGraphs(DatasetGraph store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store, () -> store.listGraphNodes().forEachRemaining(g -> {
            if (g.getURI().startsWith(DIP.ID + "article/")) {
                store.getGraph(g).find().forEachRemaining(t -> copy.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            }
        }));
        Txn.executeWrite(copy, () -> SummaryGraph.rebuild(copy, n -> {}));
        return summaryOf(copy);
    }
}
