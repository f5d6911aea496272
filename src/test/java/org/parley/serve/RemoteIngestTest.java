package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Article;
import org.parley.ingest.ReadResult;
import org.parley.pipeline.IngestJob;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.IngestReport;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.store.ParleyStore;
import org.parley.store.RemoteGraphStore;
import org.parley.store.RemoteStoreException;
import org.parley.store.StoreFailureException;
import org.parley.testkit.DiplomacyFixture;

/** Ingest over HTTP: {@link RemoteGraphStore} into a running {@code parley serve --update}. */
class RemoteIngestTest {
    private static final WriterCredentials EDITOR = new WriterCredentials("editor", "correct horse");

    @TempDir Path serverDir;
    @TempDir Path localDir;
    ParleyStore serverStore;
    ParleyServer server;

    @BeforeEach
    void startUpdateServer() {
        serverStore = ParleyStore.open(serverDir);
        server = ParleyServer.start(serverStore.dataset(), ServerSettings.readOnly(0).withWriter(EDITOR), List.of());
    }

    @AfterEach
    void stop() {
        server.close();
        serverStore.close();
    }

    private RemoteGraphStore remote() {
        return new RemoteGraphStore(server.datasetUrl(), EDITOR.user(), EDITOR.password().toCharArray());
    }

    @Test
    void graphsSentOverHttpAnswerQueriesAsTheyDoInALocalStore() {
        try (RemoteGraphStore remote = remote()) {
            remote.write(TestArticles.both());
        }
        try (ParleyStore local = ParleyStore.open(localDir); RDFConnection conn = ParleyServerTest.connect(server.datasetUrl())) {
            local.write(TestArticles.both());
            for (ExampleQuery q : QueryFiles.all()) {
                QueryResults expected = QueryResults.local(local.dataset(), q.text());
                QueryResults actual = QueryResults.remote(conn, q.text());
                assertTrue(expected.sameAs(actual), () -> q.name() + ": local\n" + expected + "\nover HTTP\n" + actual);
            }
        }
    }

    @Test
    void aReplacedArticleChangesTheRemoteSummaryAsItDoesALocalOne() {
        ArticleGraph withoutWarning = withoutWarnings(TestArticles.talks());
        try (RemoteGraphStore remote = remote(); ParleyStore local = ParleyStore.open(localDir)) {
            for (List<ArticleGraph> batch : List.of(TestArticles.both(), List.of(withoutWarning))) {
                remote.write(batch);
                local.write(batch);
            }
            Graph remoteSummary = summary(serverStore);
            Graph localSummary = summary(local);
            assertTrue(remoteSummary.isIsomorphicWith(localSummary), () -> "over HTTP:\n" + remoteSummary + "\nlocal:\n" + localSummary);
            assertFalse(remoteSummary.contains(Node.ANY, DIP.relationKind.asNode(),
                    DIP.Warning.asNode()), "the only warning was taken away with its article");
        }
    }

    @Test
    void anArticleStoredUnderTheIriOfEarlierVersionsIsReplacedOverHttpAsItIsLocally() {
        Article article = DiplomacyFixture.article("https://news.example/2026/03/Talks");
        List<ArticleGraph> history = List.of(DiplomacyFixture.graphAsFormerlyStored(article), DiplomacyFixture.graph(article));
        try (RemoteGraphStore remote = remote(); ParleyStore local = ParleyStore.open(localDir)) {
            for (ArticleGraph g : history) {
                remote.write(List.of(g));
                local.write(List.of(g));
            }
            assertEquals(1, ParleyServerTest.countArticles(server), "the article once, not under both IRIs");
            Graph remoteSummary = summary(serverStore);
            Graph localSummary = summary(local);
            assertTrue(remoteSummary.isIsomorphicWith(localSummary), () -> "over HTTP:\n" + remoteSummary + "\nlocal:\n" + localSummary);
        }
    }

    private static ArticleGraph withoutWarnings(ArticleGraph g) {
        Model m = ModelFactory.createDefaultModel().add(g.model());
        m.listSubjectsWithProperty(RDF.type, DIP.Warning).toList()
                .forEach(a -> m.removeAll(a, null, null));
        m.removeAll(null, DIP.warns, null);
        return new ArticleGraph(g.graphIri(), g.contentHash() + "-edited", m);
    }

    private static Graph summary(ParleyStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.dataset().asDatasetGraph().getGraph(NodeFactory.createURI(DIP.SUMMARY_GRAPH))
                    .find().forEachRemaining(copy::add);
            return copy;
        });
    }

    @Test
    void anIngestSendsEachArticleAsSoonAsItIsExtractedNotWhenItsBatchIsFull() {
        List<Integer> storedBeforeEachExtraction = new ArrayList<>();
        try (RemoteGraphStore remote = remote()) {
            IngestReport report = new IngestJob(remote, article -> {
                storedBeforeEachExtraction.add(ParleyServerTest.countArticles(server));
                return DiplomacyFixture.graph(article);
            }, new IngestOptions(1, 100, Duration.ofMinutes(1), false), error -> {}).run(Stream.of("a", "b", "c")
                    .map(DiplomacyFixture::article).map(a -> new ReadResult.Read(a.source(), a)));

            assertEquals(3, report.stored());
        }
        assertEquals(List.of(0, 1, 2), storedBeforeEachExtraction, "a batch of 100 held nothing back");
    }

    @Test
    void sendingTheSameArticleTwiceLeavesTheTripleCountUnchanged() {
        try (RemoteGraphStore remote = remote()) {
            remote.write(TestArticles.both());
            long once = serverStore.tripleCount();
            remote.write(TestArticles.both());
            remote.write(List.of(TestArticles.talks()));
            assertEquals(once, serverStore.tripleCount());
            assertEquals(2, ParleyServerTest.countArticles(server));
        }
    }

    @Test
    void theStoredHashIsReadBackAndAnUnknownGraphHasNone() {
        ArticleGraph talks = TestArticles.talks();
        try (RemoteGraphStore remote = remote()) {
            assertEquals(Optional.empty(), remote.storedHash(talks.graphIri()));
            remote.write(List.of(talks));
            assertEquals(Optional.of(talks.contentHash()), remote.storedHash(talks.graphIri()));
            assertEquals(Optional.empty(), remote.storedHash(TestArticles.visit().graphIri()));
            assertThrows(IllegalArgumentException.class, () -> remote.storedHash("https://example.org/x> } ; DROP ALL ; #"),
                    "an IRI that could break out of the query is refused before anything is sent");
        }
    }

    @Test
    void aWrongPasswordIsReportedWithTheEndpointAndTheStatus() {
        try (RemoteGraphStore wrong = new RemoteGraphStore(server.datasetUrl(), EDITOR.user(), "nope".toCharArray())) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> wrong.write(List.of(TestArticles.talks())));
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains(server.datasetUrl() + "/data"), e.getMessage());
            assertTrue(e.getMessage().contains("endpoint refused the credentials"), e.getMessage());
        }
        assertEquals(0, ParleyServerTest.countArticles(server));
    }

    @Test
    void aWrongPasswordStopsAnIngestWithTheStatusAndNoTalkOfBatches() {
        try (RemoteGraphStore wrong = new RemoteGraphStore(server.datasetUrl(), EDITOR.user(), "nope".toCharArray())) {
            StoreFailureException e = assertThrows(StoreFailureException.class, () -> new IngestJob(wrong, DiplomacyFixture::graph,
                    new IngestOptions(1, 100, Duration.ofMinutes(1), false), error -> {}).run(Stream.of("a", "b")
                    .map(DiplomacyFixture::article).map(a -> new ReadResult.Read(a.source(), a))));
            assertTrue(e.getMessage().contains("endpoint refused the credentials (HTTP 401)"), e.getMessage());
            assertTrue(e.getMessage().contains(server.datasetUrl()), "names the endpoint: " + e.getMessage());
            assertFalse(e.getMessage().contains("batch"), "there are no batches with --endpoint: " + e.getMessage());
        }
        assertEquals(0, ParleyServerTest.countArticles(server));
    }

    @Test
    void aRetryRightAfterWrongPasswordsIsToldToWait() throws Exception {
        // Four wrong passwords, each tried once the server takes logins again: the next wait is 4 s.
        for (int guess = 1; guess <= 4; guess++) {
            assertEquals(401, ParleyServerTest.postUpdatePatiently(server, "CLEAR SILENT GRAPH <urn:x:g>", EDITOR.user() + ":guess" + guess).statusCode());
        }
        try (RemoteGraphStore right = remote()) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> right.write(List.of(TestArticles.talks())));
            assertEquals(429, e.status());
            assertTrue(e.getMessage().contains("check the password and retry shortly"), e.getMessage());
        }
    }

    @Test
    void missingCredentialsAreReportedAsSuch() {
        try (RemoteGraphStore anonymous = new RemoteGraphStore(server.datasetUrl())) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> anonymous.write(List.of(TestArticles.talks())));
            assertEquals(401, e.status());
            assertTrue(e.getMessage().contains("requires credentials"), e.getMessage());
            assertTrue(e.getMessage().contains("PARLEY_PASSWORD"), e.getMessage());
        }
    }

    @Test
    void aReadOnlyServerIsReportedAsNotAcceptingWrites(@TempDir Path dir) {
        try (ParleyStore s = ParleyStore.open(dir);
             ParleyServer readOnly = ParleyServer.start(s.dataset(), ServerSettings.readOnly(0), List.of());
             RemoteGraphStore remote = new RemoteGraphStore(readOnly.datasetUrl())) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> remote.write(List.of(TestArticles.talks())));
            assertEquals(404, e.status(), "a read-only server has no update endpoint");
            assertTrue(e.getMessage().contains("--update"), e.getMessage());
            assertEquals(Optional.empty(), remote.storedHash(TestArticles.talks().graphIri()), "reads still work");
        }
    }

    @Test
    void anUnreachableEndpointIsReportedByUrl() {
        String url = server.datasetUrl();
        server.close();
        try (RemoteGraphStore remote = remote()) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> remote.write(List.of(TestArticles.talks())));
            assertEquals(-1, e.status());
            assertTrue(e.getMessage().contains(url) && e.getMessage().contains("cannot reach"), e.getMessage());
        }
    }

    @Test
    void aWrongDatasetPathIsReportedAsNotFound() {
        try (RemoteGraphStore remote = new RemoteGraphStore(server.baseUrl() + "/nosuch", "editor", "x".toCharArray())) {
            RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> remote.write(List.of(TestArticles.talks())));
            assertEquals(404, e.status(), e.getMessage());
        }
    }

    @Test
    void onlyHttpDatasetUrlsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new RemoteGraphStore("ftp://127.0.0.1/parley"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteGraphStore("parley-data"));
        assertThrows(IllegalArgumentException.class, () -> new RemoteGraphStore("http://127.0.0.1:3030/parley/sparql?query=x"));
        assertEquals("http://127.0.0.1:3030/parley", new RemoteGraphStore("http://127.0.0.1:3030/parley/").datasetUrl());
    }

    @Test
    void aStreamedGraphOverTheBodyLimitIsRefusedWith413AndNothingIsStored(@TempDir Path dir) throws Exception {
        try (ParleyStore s = ParleyStore.open(dir);
             ParleyServer small = ParleyServer.start(s.dataset(), ServerSettings.readOnly(0).withWriter(EDITOR).withMaxBodyBytes(2048), List.of())) {
            StringBuilder ttl = new StringBuilder();
            for (int i = 0; i < 200; i++) ttl.append("<urn:x:s").append(i).append("> <urn:x:p> \"").append("x".repeat(20)).append("\" .\n");
            byte[] bytes = ttl.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(small.datasetUrl() + "/data?graph=urn:x:big"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:correct horse".getBytes()))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, r.statusCode(), r.body());
            assertEquals(Optional.empty(), new RemoteGraphStore(small.datasetUrl()).storedHash("urn:x:big"));
            assertTrue(Txn.calculateRead(s.dataset(), () -> !s.dataset().containsNamedModel("urn:x:big")),
                    "no part of the refused graph is stored");
        }
    }

    @Test
    void writesToTheDefaultGraphAreRefusedBecauseNoQueryWouldSeeThem() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?default"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("editor:correct horse".getBytes()))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("?graph="), r.body());
        assertTrue(Txn.calculateRead(serverStore.dataset(),
                () -> serverStore.dataset().asDatasetGraph().getDefaultGraph().isEmpty()), "the stored default graph stays empty");
    }
}
