package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ServerRequests.asWriter;
import static org.parley.serve.ServerRequests.defaultGraphIsEmpty;
import static org.parley.serve.ServerRequests.hasGraph;
import static org.parley.serve.ServerRequests.query;
import static org.parley.serve.ServerRequests.send;
import static org.parley.serve.ServerRequests.to;
import static org.parley.serve.ServerRequests.update;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import org.parley.testkit.OtherHost;
import org.parley.testkit.Tripwire;

/**
 * What a client of {@code parley serve --update}, even one with the password, can make the server
 * do: change graphs in the store, and nothing more. It reads no file and fetches no URL for anyone
 * (LOAD, JSON-LD contexts, SERVICE), loads no class a query names, writes nothing where no query
 * would see it, and stops a regular expression at the query timeout.
 */
class ServerLockdownTest {
    static final WriterCredentials EDITOR = new WriterCredentials("editor", "s3cret");

    @TempDir
    static Path storeDir;
    static ParleyStore store;
    static ParleyServer server;

    OtherHost elsewhere;

    @BeforeAll
    static void startUpdateServer() {
        store = ParleyStore.open(storeDir);
        store.write(TestArticles.both());
        server = ParleyServer.start(store.dataset(),
                ServerSettings.readOnly(0).withWriter(EDITOR).withTimeout(Duration.ofSeconds(1)), List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @BeforeEach
    void anotherHost() {
        elsewhere = new OtherHost();
    }

    @AfterEach
    void stopOtherHost() {
        elsewhere.close();
    }

    @Test
    void loadReadsNoFileAndTheAnswerQuotesNothingFromIt(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-LINE not turtle at all\n");
        for (String load : List.of("LOAD <" + secret.toUri() + "> INTO GRAPH <urn:x:leak>", "LOAD <" + secret.toUri() + ">",
                "LOAD SILENT <" + secret.toUri() + "> INTO GRAPH <urn:x:leak>")) {
            HttpResponse<String> r = update(server, EDITOR, load);
            assertEquals(400, r.statusCode(), load + ": " + r.body());
            assertTrue(r.body().contains("LOAD is switched off"), r.body());
            assertFalse(r.body().contains("TOP-SECRET"), "the answer quotes the file: " + r.body());
        }
        assertFalse(hasGraph(store, "urn:x:leak"));
        assertTrue(defaultGraphIsEmpty(store));
        assertFalse(query(server, "ASK { ?s ?p ?o FILTER(CONTAINS(STR(?s), 'SECRET')) }", "text/csv").body().contains("true"));
    }

    @Test
    void loadFetchesNoUrl() throws Exception {
        HttpResponse<String> r = update(server, EDITOR, "LOAD <" + elsewhere.url("/data.ttl") + "> INTO GRAPH <urn:x:fetched>");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals(0, elsewhere.requests(), "the server sent no request");
        assertFalse(hasGraph(store, "urn:x:fetched"));
    }

    @Test
    void aJsonLdContextNamedByUrlIsNotFetched() throws Exception {
        String remote = "{\"@context\": \"" + elsewhere.url("/context.jsonld") + "\", \"@id\": \"urn:x:s\", \"name\": \"x\"}";
        HttpResponse<String> r = send(asWriter(to(server, "/parley/data?graph=urn:x:jsonld"), EDITOR)
                .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofString(remote)).build());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("@context"), r.body());
        assertEquals(0, elsewhere.requests(), "the server sent no request");
        assertFalse(hasGraph(store, "urn:x:jsonld"));

        String inline = "{\"@context\": {\"name\": \"http://schema.org/name\"}, \"@id\": \"urn:x:s\", \"name\": \"x\"}";
        HttpResponse<String> ok = send(asWriter(to(server, "/parley/data?graph=urn:x:jsonld-inline"), EDITOR)
                .header("Content-Type", "application/ld+json").PUT(HttpRequest.BodyPublishers.ofString(inline)).build());
        assertTrue(ok.statusCode() == 200 || ok.statusCode() == 201, "JSON-LD with its context inline is stored: " + ok.body());
        assertTrue(hasGraph(store, "urn:x:jsonld-inline"));
        update(server, EDITOR, "DROP GRAPH <urn:x:jsonld-inline>");
    }

    @Test
    void insertsIntoTheDefaultGraphAreRefusedBecauseNoQueryWouldSeeThem() throws Exception {
        for (String insert : List.of("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }",
                "INSERT { <urn:x:a> <urn:x:b> ?o } WHERE { BIND(1 AS ?o) }",
                "INSERT DATA { GRAPH <urn:x:fine> { <urn:x:a> <urn:x:b> <urn:x:c> } <urn:x:a> <urn:x:b> <urn:x:d> }",
                "ADD <" + TestArticles.talks().graphIri() + "> TO DEFAULT")) {
            HttpResponse<String> r = update(server, EDITOR, insert);
            assertEquals(400, r.statusCode(), insert + ": " + r.body());
            assertTrue(r.body().contains("GRAPH <IRI>"), r.body());
        }
        assertTrue(defaultGraphIsEmpty(store), "the stored default graph stays empty");
        assertFalse(hasGraph(store, "urn:x:fine"), "a refused update changes nothing, not even its named-graph part");

        HttpResponse<String> named = update(server, EDITOR, "INSERT DATA { GRAPH <urn:x:named> { <urn:x:a> <urn:x:b> <urn:x:c> } }");
        assertEquals(204, named.statusCode(), named.body());
        assertTrue(query(server, "ASK { <urn:x:a> <urn:x:b> <urn:x:c> }", "text/csv").body().contains("true"), "visible to queries");
        update(server, EDITOR, "DROP GRAPH <urn:x:named>");
    }

    @Test
    void aJavaFunctionIriLoadsNoClass() throws Exception {
        HttpResponse<String> r = query(server, "SELECT (<" + Tripwire.iri(Tripwire.ForServer.class) + ">(1) AS ?v) WHERE {}", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("v", ""), r.body().lines().toList(), "unbound: there is no such function");
        HttpResponse<String> asUpdate = update(server, EDITOR,
                "INSERT { GRAPH <urn:x:j> { <urn:x:s> <urn:x:p> ?v } } WHERE { BIND(<" + Tripwire.iri(Tripwire.ForServer.class) + ">(1) AS ?v) }");
        assertTrue(asUpdate.statusCode() < 300, asUpdate.body());
        assertFalse(Tripwire.loaded(Tripwire.ForServer.class), "the class was never loaded");
    }

    @Test
    void theQueryTimeoutStopsARegularExpression() throws Exception {
        String a48 = "a".repeat(48);
        for (String expr : List.of("regex(\"" + a48 + "\", \"(.*a){8}b\")", "replace(\"" + a48 + "\", \"(.*a){8}b\", \"\")")) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = query(server, "SELECT (" + expr + " AS ?m) WHERE {}", "text/csv");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(ms < 20_000, "cancelled soon after the 1 s timeout, took " + ms + " ms");
        }
        assertEquals(2, ParleyServerTest.countArticles(server), "and the server answers the next query");
    }
}
