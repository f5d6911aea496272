package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.store.ParleyStore;
import org.parley.testkit.OtherHost;

class ParleyServerTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path storeDir;
    static ParleyStore store;
    static ParleyServer server;

    @BeforeAll
    static void startReadOnlyServer() {
        store = ParleyStore.open(storeDir);
        store.write(TestArticles.both());
        server = ParleyServer.start(store.dataset(), ServerSettings.readOnly(0), ExampleQueries.fromDirectory(QueryFiles.testQueries()));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Stream<ExampleQuery> queries() {
        return QueryFiles.all().stream();
    }

    static RDFConnection connect(String datasetUrl) {
        return RDFConnectionRemote.service(datasetUrl).queryEndpoint("sparql").gspEndpoint("get").build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void aSparqlClientGetsTheSameAnswersAsTheLocalStore(ExampleQuery q) {
        QueryResults local = QueryResults.local(store.dataset(), q.text());
        try (RDFConnection conn = connect(server.datasetUrl())) {
            QueryResults remote = QueryResults.remote(conn, q.text());
            assertTrue(local.sameAs(remote), () -> q.name() + ": local\n" + local + "\nremote\n" + remote);
        }
        if (q.text().contains("parley/dip#") && isTestQuery(q)) assertTrue(local.nonEmpty(), q.name() + " answers nothing over the test articles");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void plainHttpGetsTheSameAnswersAsTheLocalStore(ExampleQuery q) throws Exception {
        Query query = QueryFactory.create(q.text());
        QueryResults local = QueryResults.local(store.dataset(), q.text());
        for (String endpoint : List.of("/sparql", "/query")) {
            HttpResponse<byte[]> get = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + endpoint + "?query=" + enc(q.text())))
                    .header("Accept", QueryResults.acceptFor(query)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, get.statusCode(), endpoint + " GET");
            assertTrue(local.sameAs(QueryResults.parse(query, get.body())), q.name() + " over GET " + endpoint);

            HttpResponse<byte[]> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + endpoint))
                    .header("Accept", QueryResults.acceptFor(query)).header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(q.text())).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, post.statusCode(), endpoint + " POST");
            assertTrue(local.sameAs(QueryResults.parse(query, post.body())), q.name() + " over POST " + endpoint);
        }
    }

    @Test
    void resultFormatsFollowTheAcceptHeader() throws Exception {
        String q = enc("SELECT ?s WHERE { ?s a <" + DIP.Article.getURI() + "> } ORDER BY ?s");
        assertEquals("text/csv", contentType(get("/parley/sparql?query=" + q, "text/csv")));
        assertEquals("text/tab-separated-values", contentType(get("/parley/sparql?query=" + q, "text/tab-separated-values")));
        assertEquals("application/sparql-results+xml", contentType(get("/parley/sparql?query=" + q, "application/sparql-results+xml")));
        assertEquals("application/sparql-results+json", contentType(get("/parley/sparql?query=" + q, "application/sparql-results+json")));
        String csv = get("/parley/sparql?query=" + q, "text/csv").body();
        assertEquals("s\r\n" + TestArticles.talks().graphIri() + "\r\n" + TestArticles.visit().graphIri() + "\r\n", csv);
    }

    @Test
    void theDefaultGraphIsTheUnionOfTheArticleGraphs() {
        String q = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <" + DIP.Article.getURI() + "> }";
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(server.datasetUrl() + "/sparql").query(q).build()) {
            assertEquals(2, qe.execSelect().next().getLiteral("n").getInt());
        }
        try (RDFConnection conn = connect(server.datasetUrl())) {
            Model union = conn.fetch();
            for (ArticleGraph g : TestArticles.both()) {
                Model stored = storedGraph(g.graphIri());
                assertFalse(stored.isEmpty());
                assertTrue(union.containsAll(stored), "GSP ?default holds every statement of " + g.graphIri());
            }
        }
    }

    @Test
    void graphStoreReadGivesOneArticleGraph() throws Exception {
        ArticleGraph talks = TestArticles.talks();
        for (String endpoint : List.of("/get", "/data")) {
            HttpResponse<String> r = get("/parley" + endpoint + "?graph=" + enc(talks.graphIri()), "text/turtle");
            assertEquals(200, r.statusCode(), endpoint);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.fromString(r.body(), Lang.TURTLE).parse(m);
            assertTrue(m.isIsomorphicWith(storedGraph(talks.graphIri())), endpoint + " returns the article graph as stored");
        }
    }

    /*
     * Each refused write on a connection of its own: Jetty may close a connection after refusing a
     * request whose body it did not read, and a client that reuses it can race that close. CI saw
     * it once ("HTTP/1.1 header parser received no bytes" on the request after the refused PUT).
     */
    private static HttpResponse<String> sendOnNewConnection(HttpRequest request) throws Exception {
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aReadOnlyServerHasNoUpdateEndpointAndRefusesGraphWrites() throws Exception {
        HttpResponse<String> update = sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertEquals(404, update.statusCode());
        HttpResponse<String> put = sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/data?graph=" + enc("urn:x:g")))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build());
        assertEquals(405, put.statusCode());
        HttpResponse<String> queryAsUpdate = sendOnNewConnection(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
        assertTrue(queryAsUpdate.statusCode() >= 400, "the query endpoint does not run updates: " + queryAsUpdate.statusCode());
        assertEquals(2, countArticles(server), "nothing was dropped");
    }

    @Test
    void theHomePageListsTheExampleQueriesWithLinksThatRunThem() throws Exception {
        HttpResponse<String> home = get("/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String page = home.body();
        assertTrue(page.contains("/parley/sparql") && page.contains("/parley/get"), "lists the endpoints");
        for (ExampleQuery q : ExampleQueries.fromDirectory(QueryFiles.testQueries())) {
            assertTrue(page.contains(HomePage.esc(q.title())), "lists " + q.title());
        }
        Matcher link = Pattern.compile("href=\"(/parley/sparql\\?query=[^\"]+format=json)\"").matcher(page);
        assertTrue(link.find(), "has a link that runs a query");
        String href = link.group(1).replace("&amp;", "&");
        HttpResponse<String> run = get(href, "*/*");
        assertEquals(200, run.statusCode());
        assertTrue(run.body().contains("\"results\"") || run.body().contains("\"boolean\""), run.body());
    }

    @Test
    void aQueryFromAnotherOriginGetsCorsHeaders() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql?query=" + enc("ASK {}")))
                .header("Origin", "https://yasgui.example").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        String allowed = r.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
        assertNotNull(allowed, "Access-Control-Allow-Origin present");
        assertTrue(allowed.equals("*") || allowed.equals("https://yasgui.example"), allowed);
        assertFalse(r.headers().firstValue("Access-Control-Allow-Credentials").map("true"::equals).orElse(false),
                "no credentials cross-origin");

        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Origin", "https://yasgui.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(preflight.statusCode() < 300, "preflight answered: " + preflight.statusCode());
        assertTrue(preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Test
    void itBindsToTheLoopbackInterfaceByDefault() throws IOException {
        assertEquals("127.0.0.1", ServerSettings.readOnly(0).host());
        boolean sawConnector = false;
        for (var c : server.jettyConnectors()) {
            if (c instanceof ServerConnector sc) {
                InetSocketAddress bound = (InetSocketAddress) ((java.nio.channels.ServerSocketChannel) sc.getTransport()).getLocalAddress();
                assertTrue(bound.getAddress().isLoopbackAddress(), "bound to " + bound);
                sawConnector = true;
            }
        }
        assertTrue(sawConnector);
        assertTrue(server.baseUrl().startsWith("http://127.0.0.1:"));
    }

    @Test
    void errorResponsesCarryNoStackTrace() throws Exception {
        for (String path : List.of("/parley/sparql?query=SELEC", "/parley/get?graph=" + enc("<bad"), "/parley/nothing", "/x%00y")) {
            HttpResponse<String> r = get(path, "*/*");
            assertTrue(r.statusCode() >= 400, path + " is an error");
            assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), path + " leaks internals: " + r.body());
        }
    }

    @Test
    void undecodableParametersAreABadRequestNotAServerError() throws Exception {
        for (String path : List.of("/parley/sparql?query=%zz", "/parley/sparql?query=%ff", "/parley/sparql?query=ASK%7B%7D&x=%",
                "/parley/query?query=%zz", "/parley/get?graph=%zz", "/?q=%zz")) {
            // Sent raw: Java's URI class refuses to build these URLs at all.
            String answer = rawGet(path);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), path + ": " + answer);
            assertFalse(answer.contains("\tat ") || answer.contains("Exception"), answer);
        }
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(server.datasetUrl() + "/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("query=%zz")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, form.statusCode(), form.body());
    }

    /** The whole answer to a GET of a path sent exactly as given. */
    private static String rawGet(String pathAndQuery) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aQueryCannotMakeTheServerFetchAnything() throws Exception {
        try (OtherHost elsewhere = new OtherHost()) {
            // Anyone who can reach the port may query; SERVICE would let them make the server call other hosts.
            String target = elsewhere.url("/internal");
            HttpResponse<String> r = get("/parley/sparql?query=" + enc("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }"), "*/*");
            assertTrue(r.statusCode() >= 400, "refused: " + r.statusCode() + " " + r.body());
            assertFalse(r.body().contains("\tat "), r.body());
            assertEquals(0, elsewhere.requests(), "the server sent no request");
            assertEquals(2, countArticles(server), "and still answers queries over its own store");
        }
    }

    @Test
    void requestBodiesOverTheLimitAreRefusedWith413(@TempDir Path dir) throws Exception {
        try (ParleyStore s = ParleyStore.open(dir);
             ParleyServer small = ParleyServer.start(s.dataset(), ServerSettings.readOnly(0).withMaxBodyBytes(4096), List.of())) {
            String padding = "#".repeat(5000) + "\nASK {}";
            HttpResponse<String> big = HTTP.send(HttpRequest.newBuilder(URI.create(small.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(padding)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, big.statusCode());
            // Without a Content-Length (chunked), the limit applies as the body streams in.
            byte[] bytes = padding.getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(URI.create(small.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            byte[] smallBytes = "ASK {}".getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> smallChunked = HTTP.send(HttpRequest.newBuilder(URI.create(small.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(smallBytes))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, smallChunked.statusCode(), "a small chunked body is passed on whole: " + smallChunked.body());
            HttpResponse<String> ok = HTTP.send(HttpRequest.newBuilder(URI.create(small.datasetUrl() + "/sparql"))
                    .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, ok.statusCode(), "a small body is still served");
        }
    }

    @Test
    void aQueryOverTheTimeoutIsCancelled(@TempDir Path dir) throws Exception {
        try (ParleyStore s = ParleyStore.open(dir)) {
            s.write(TestArticles.both());
            try (ParleyServer quick = ParleyServer.start(s.dataset(), ServerSettings.readOnly(0).withTimeout(Duration.ofMillis(500)), List.of())) {
                // Four-way cross product of a few thousand triples: would run for days.
                String runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
                long t0 = System.nanoTime();
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(quick.datasetUrl() + "/sparql?query=" + enc(runaway)))
                        .timeout(Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertEquals(503, r.statusCode(), r.body());
                assertTrue(ms < 30_000, "cancelled promptly, took " + ms + " ms");
                try (RDFConnection conn = connect(quick.datasetUrl())) {
                    assertThrows(RuntimeException.class, () -> conn.queryResultSet(runaway, rs -> rs.forEachRemaining(row -> {})));
                }
                assertEquals(2, countArticles(quick), "the server still answers after a cancelled query");
            }
        }
    }

    @Test
    void updateNeedsCredentialsWhileQueriesStayOpen(@TempDir Path dir) throws Exception {
        try (ParleyStore s = ParleyStore.open(dir)) {
            s.write(TestArticles.both());
            ServerSettings rw = ServerSettings.readOnly(0).withWriter(new WriterCredentials("editor", "s3cret"));
            try (ParleyServer writable = ParleyServer.start(s.dataset(), rw, List.of())) {
                String drop = "DROP GRAPH <" + TestArticles.visit().graphIri() + ">";
                HttpResponse<String> anonymous = postUpdate(writable, drop, null);
                assertEquals(401, anonymous.statusCode());
                assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
                assertEquals(401, postUpdatePatiently(writable, drop, "editor:wrong").statusCode());
                assertEquals(401, postUpdatePatiently(writable, drop, "someone:s3cret").statusCode());
                HttpResponse<String> anonymousPut = HTTP.send(HttpRequest.newBuilder(URI.create(writable.datasetUrl() + "/data?graph=" + enc("urn:x:g")))
                        .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(401, anonymousPut.statusCode());
                assertEquals(2, countArticles(writable), "queries need no credentials, and nothing was dropped");

                HttpResponse<String> authorised = postUpdatePatiently(writable, drop, "editor:s3cret");
                assertTrue(authorised.statusCode() == 200 || authorised.statusCode() == 204, "status " + authorised.statusCode());
                assertEquals(1, countArticles(writable));
            }
        }
    }

    static HttpResponse<String> postUpdate(ParleyServer s, String update, String userColonPassword) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.datasetUrl() + "/update"))
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (userColonPassword != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(userColonPassword.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Like {@link #postUpdate}, waiting as long as the server asks after failed logins (429 and Retry-After). */
    static HttpResponse<String> postUpdatePatiently(ParleyServer s, String update, String userColonPassword) throws Exception {
        for (int tries = 0; ; tries++) {
            HttpResponse<String> r = postUpdate(s, update, userColonPassword);
            if (r.statusCode() != 429 || tries == 10) return r;
            Thread.sleep(1000 * Long.parseLong(r.headers().firstValue("Retry-After").orElse("1")));
        }
    }

    static int countArticles(ParleyServer s) {
        String q = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <" + DIP.Article.getURI() + "> }";
        try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(s.datasetUrl() + "/sparql").query(q).build()) {
            return qe.execSelect().next().getLiteral("n").getInt();
        }
    }

    /** A copy of a named graph as the store holds it (TDB2 keeps values, e.g. 0.90 comes back as 0.9). */
    static Model storedGraph(String graphIri) {
        return org.apache.jena.system.Txn.calculateRead(store.dataset(),
                () -> ModelFactory.createDefaultModel().add(store.dataset().getNamedModel(graphIri)));
    }

    private static boolean isTestQuery(ExampleQuery q) {
        return ExampleQueries.fromDirectory(QueryFiles.testQueries()).contains(q);
    }

    private static HttpResponse<String> get(String pathAndQuery, String accept) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery)).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String contentType(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replaceFirst(";.*", "").strip();
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
