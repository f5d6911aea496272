package org.parley.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.DIP;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import org.parley.serve.WriterCredentials;
import org.parley.store.ParleyStore;

/**
 * {@code --endpoint}: the job sends each article to a SPARQL store as {@code parley ingest --endpoint}
 * does, so the store ends up as a local {@code ingest} of the same files would be, summary graph
 * included, and running the job again replaces the articles instead of adding them twice.
 */
class EndpointTest {
    private static final WriterCredentials EDITOR = new WriterCredentials("editor", "correct horse");

    @TempDir
    Path tmp;

    @Test
    void articlesSentToAnEndpointMatchALocalIngestAndResendingChangesNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (Path text : Corpus.devTexts().subList(0, 4)) Files.copy(text, in.resolve(text.getFileName()));
        Path password = Files.writeString(tmp.resolve("pw"), EDITOR.password() + "\n");

        Corpus.Run ingest = Corpus.parley("ingest", "--store", tmp.resolve("local").toString(), in.toRealPath().toString());
        assertEquals(0, ingest.status(), ingest.err());
        Map<String, Graph> expected;
        try (ParleyStore local = ParleyStore.open(tmp.resolve("local"))) {
            expected = graphs(local.dataset());
        }

        try (ParleyStore remote = ParleyStore.open(tmp.resolve("remote"));
             ParleyServer server = ParleyServer.start(remote.dataset(), ServerSettings.readOnly(0).withWriter(EDITOR), List.of())) {
            String[] job = {"--input=" + in.toRealPath() + "/", "--endpoint=" + server.datasetUrl(), "--user=editor",
                    "--passwordFile=" + password};
            Corpus.Run first = Corpus.beam(job);
            assertEquals(0, first.status(), first.err());
            assertEquals("4 articles extracted, 0 inputs failed; sent to " + server.datasetUrl(), first.out().strip());
            // identities are resolved across a store written through its endpoint by 'parley summarize' (README, "Scaling out")
            remote.summarize(n -> {});
            assertSameGraphs(expected, graphs(remote.dataset()));

            Corpus.Run again = Corpus.beam(job);
            assertEquals(0, again.status(), again.err());
            remote.summarize(n -> {});
            assertSameGraphs(expected, graphs(remote.dataset()));
        }
    }

    @Test
    void aWrongPasswordFailsTheJobWithTheEndpointsAnswer() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Corpus.devTexts().get(0), in.resolve("one.txt"));
        Path password = Files.writeString(tmp.resolve("pw"), "wrong\n");
        try (ParleyStore remote = ParleyStore.open(tmp.resolve("remote"));
             ParleyServer server = ParleyServer.start(remote.dataset(), ServerSettings.readOnly(0).withWriter(EDITOR), List.of())) {
            Corpus.Run run = Corpus.beam("--input=" + in.toRealPath() + "/", "--endpoint=" + server.datasetUrl(),
                    "--user=editor", "--passwordFile=" + password);
            assertEquals(1, run.status(), run.err());
            assertTrue(run.err().contains("endpoint refused the credentials (HTTP 401)"), run.err());
        }
    }

    /** Every named graph but the ontology's: the article graphs, the summary graph and the identity graph. */
    private static Map<String, Graph> graphs(Dataset dataset) {
        Map<String, Graph> graphs = new HashMap<>();
        Txn.executeRead(dataset, () -> dataset.asDatasetGraph().listGraphNodes().forEachRemaining((Node g) -> {
            if (g.getURI().equals(DIP.ONTOLOGY_GRAPH)) return;
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(g).find().forEachRemaining(copy::add);
            graphs.put(g.getURI(), copy);
        }));
        return graphs;
    }

    private static void assertSameGraphs(Map<String, Graph> expected, Map<String, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        assertTrue(expected.containsKey(DIP.SUMMARY_GRAPH), "the summary graph is compared too");
        for (String g : expected.keySet()) {
            assertTrue(expected.get(g).isIsomorphicWith(actual.get(g)), () -> g + ": expected " + expected.get(g).size()
                    + " triples, got " + actual.get(g).size());
        }
    }
}
