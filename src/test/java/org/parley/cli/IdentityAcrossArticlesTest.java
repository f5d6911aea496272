package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.DIP;
import org.parley.resolve.Identities;
import org.parley.store.ParleyStore;

/**
 * One person named three ways in three articles ("Hendrik Vollmark", "Foreign Minister Vollmark",
 * "Hendrik Vollmarck") is one actor in the store, under one canonical IRI, whatever order the
 * articles are ingested in, and after ingesting them again.
 */
class IdentityAcrossArticlesTest {
    private static final String PERSON = DIP.ID + "person/";
    private static final List<String> ARTICLES = List.of("a1-invites.txt", "a2-warns.txt", "a3-hosts.txt");

    @TempDir
    Path tmp;

    @BeforeEach
    void articles() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a1-invites.txt"), "Norway invites Chile to fisheries talks\n"
                + "Norwegian Foreign Minister Hendrik Vollmark invited Chile to attend fisheries talks in Oslo on Monday, the"
                + " ministry said.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a2-warns.txt"), "Norway warns Chile over quotas\n"
                + "Foreign Minister Vollmark warned Chile on Tuesday of sanctions if the quota deal collapsed, Norwegian"
                + " officials said.\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a3-hosts.txt"), "Chile hosts Norway\n"
                + "Chile will host Norwegian Foreign Minister Hendrik Vollmarck in Santiago next week, officials said."
                + " Vollmarck will represent Norway at the meeting.\n", StandardCharsets.UTF_8);
    }

    @Test
    void threeSpellingsAreOneActorWhateverTheIngestOrder() {
        Path forward = ingestOneByOne("forward", ARTICLES);
        List<String> reversed = new java.util.ArrayList<>(ARTICLES);
        java.util.Collections.reverse(reversed);
        Path backward = ingestOneByOne("backward", reversed);

        Identities ids;
        try (ParleyStore store = ParleyStore.open(forward)) {
            ids = store.identities();
        }
        String canonical = ids.canonicalOf(PERSON + "vollmark");
        assertEquals(canonical, ids.canonicalOf(PERSON + "hendrik-vollmark"));
        assertEquals(canonical, ids.canonicalOf(PERSON + "hendrik-vollmarck"));
        assertNotEquals(PERSON + "vollmark", canonical, "the surname alone is not the canonical IRI");

        assertTrue(graph(forward, DIP.IDENTITY_GRAPH).isIsomorphicWith(graph(backward, DIP.IDENTITY_GRAPH)),
                "the identity graph depends on the ingest order");
        assertTrue(graph(forward, DIP.SUMMARY_GRAPH).isIsomorphicWith(graph(backward, DIP.SUMMARY_GRAPH)),
                "the summary depends on the ingest order");
    }

    @Test
    void theActorQueryAnswersForEverySpellingAndNeitherReingestingNorSummarizingChangesIt() {
        Path store = ingestOneByOne("store", ARTICLES);
        String vollmark = query(store, "Vollmark");
        assertTrue(vollmark.contains("warns") && vollmark.contains("invites") && vollmark.contains("represents"),
                "the facts of all three articles: " + vollmark);
        assertEquals(vollmark, query(store, "Hendrik Vollmarck"));
        assertEquals(vollmark, query(store, "hendrik vollmark"));

        Graph identities = graph(store, DIP.IDENTITY_GRAPH);
        Graph summary = graph(store, DIP.SUMMARY_GRAPH);

        CliTest.Run again = CliTest.parley("ingest", "--force", "--store", store.toString(), tmp.resolve("in").toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(identities.isIsomorphicWith(graph(store, DIP.IDENTITY_GRAPH)), "re-ingesting changed the identities");
        assertTrue(summary.isIsomorphicWith(graph(store, DIP.SUMMARY_GRAPH)), "re-ingesting changed the summary");

        CliTest.Run rebuild = CliTest.parley("summarize", "--store", store.toString());
        assertEquals(0, rebuild.status(), rebuild.err());
        assertTrue(identities.isIsomorphicWith(graph(store, DIP.IDENTITY_GRAPH)), "summarize resolved differently");
        assertTrue(summary.isIsomorphicWith(graph(store, DIP.SUMMARY_GRAPH)),
                "the summary kept up article by article differs from one built afresh");
        assertEquals(vollmark, query(store, "Vollmark"));
    }

    /** One ingest command per article, so that each commits before the next arrives. */
    private Path ingestOneByOne(String name, List<String> articles) {
        Path store = tmp.resolve(name);
        for (String a : articles) {
            CliTest.Run run = CliTest.parley("ingest", "--store", store.toString(), tmp.resolve("in").resolve(a).toString());
            assertEquals(0, run.status(), run.err());
        }
        return store;
    }

    private static String query(Path store, String actor) {
        CliTest.Run run = CliTest.parley("query", "actor", "--store", store.toString(), "--format", "tsv", "--param", "actor=" + actor);
        assertEquals(0, run.status(), run.err());
        return run.out();
    }

    private static Graph graph(Path dir, String graphIri) {
        try (ParleyStore store = ParleyStore.open(dir)) {
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            return Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }
}
