package org.parley.serve.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.extract.Entity;
import org.parley.extract.EntityKind;
import org.parley.extract.Extraction;
import org.parley.ingest.Article;
import org.parley.query.QueryRunner;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphBuilder;
import org.parley.resolve.IriMinter;
import org.parley.serve.ExampleQueries;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import org.parley.serve.TestArticles;
import org.parley.serve.WriterCredentials;
import org.parley.store.ParleyStore;

/**
 * The workbench's pages over HTTP, on a server that accepts updates (so that its read-only
 * promise is tested where writing is possible): what each page answers, how it refuses, and the
 * headers that keep a browser safe.
 */
class WorkbenchHttpTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int MANY = 60;

    @TempDir
    static Path dir;
    static ParleyStore store;
    static ParleyServer server;

    @BeforeAll
    static void start() {
        store = ParleyStore.open(dir.resolve("store"));
        List<ArticleGraph> articles = new ArrayList<>(TestArticles.both());
        articles.add(TestArticles.hostile());
        articles.add(manyStates());
        store.write(articles);
        ServerSettings settings = ServerSettings.readOnly(0).withWriter(new WriterCredentials("parley", "s3cret"));
        server = ParleyServer.start(store.dataset(), settings, ExampleQueries.fromDirectory(Path.of("queries")));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** An article that mentions 60 states, so that the list of actors runs to two pages. */
    private static ArticleGraph manyStates() {
        List<Entity> states = new ArrayList<>();
        StringBuilder text = new StringBuilder("A roll call:");
        for (int i = 1; i <= MANY; i++) {
            String name = String.format("Land %02d", i);
            states.add(new Entity("land" + i, EntityKind.STATE, name, Set.of(name), null, null, null, null));
            text.append(' ').append(name).append(',');
        }
        Article a = new Article("roll-call", text.append(" all present.").toString(), "Roll call", LocalDate.of(2026, 1, 5), null);
        return new ArticleGraphBuilder(new IriMinter()).build(new Extraction(a, states, List.of()));
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(String html) {
        Matcher m = Pattern.compile("<tr><td class=\"n\">").matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/questions", "/questions/actors", "/questions/actor?actor=Pakistan", "/actor?name=Egypt",
            "/article?id=seed-talks", "/editor/", "/actor/graph?iri=https%3A%2F%2Fw3id.org%2Fparley%2Fid%2Fstate%2Fegypt"})
    void everyPageCarriesAContentSecurityPolicyAndNoSniffing(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(200, r.statusCode(), r.body());
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.startsWith("default-src 'none'"), policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void theEditorQueriesTheDatasetButCannotWriteEvenOnAnUpdateServer() throws Exception {
        String ask = "/editor/parley/sparql?query=" + Html.url("ASK { ?s ?p ?o }");
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + ask))
                .header("Accept", "application/sparql-results+json").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"boolean\" : true"), answer.body());

        String credentials = "Basic " + Base64.getEncoder().encodeToString("parley:s3cret".getBytes());
        HttpResponse<String> update = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/editor/parley/update"))
                .header("Authorization", credentials).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, update.statusCode());
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/editor/parley/data?default"))
                .header("Authorization", credentials).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, put.statusCode());
        assertEquals(404, get("/editor/parley/get?default").statusCode(), "the editor reaches the query endpoints only");
        assertEquals(404, get("/editor/$/datasets").statusCode(), "no dataset management");
        assertEquals(404, get("/$/server").statusCode(), "Fuseki's server API is not mounted outside the editor");
        assertTrue(get("/editor/$/server").body().contains("\"/parley\""));
        assertTrue(store.dataset().calculateRead(() -> store.dataset().listNames().hasNext()), "the store still holds its articles");
    }

    @Test
    void aLongAnswerComesAPageAtATime() throws Exception {
        String first = get("/questions/actors").body();
        assertEquals(QuestionPages.PAGE_SIZE, rows(first));
        assertTrue(first.contains("rows 1–50") && first.contains("href=\"/questions/actors?page=2\"") && !first.contains("rel=\"prev\""), first);
        int total = actorRows();
        assertTrue(total > MANY && total < 2 * QuestionPages.PAGE_SIZE);
        String second = get("/questions/actors?page=2").body();
        assertEquals(total - QuestionPages.PAGE_SIZE, rows(second));
        assertTrue(second.contains("rows 51–" + total) && second.contains("rel=\"prev\"") && !second.contains("rel=\"next\""), second);
        assertTrue(second.contains("<td class=\"n\">51</td>"), "rows are numbered across pages");
    }

    /** How many rows the actors question has in all, asked of the store directly. */
    private static int actorRows() throws Exception {
        String text = java.nio.file.Files.readString(Path.of("queries/actors.rq"));
        Query q = QueryRunner.parse(text, "actors", Map.of());
        q.setLimit(Query.NOLIMIT);
        return QueryRunner.local(store.dataset()).select(q, Map.of()).size();
    }

    @Test
    void actorNamesInAnswersLinkToTheirPagesAndOtherCellsDoNot() throws Exception {
        String body = get("/questions/hosting").body();
        assertTrue(body.contains("<a href=\"/actor?name=Egypt\">Egypt</a>"), body);
        assertTrue(body.contains("<a href=\"/actor?name=T%C3%BCrkiye\">Türkiye</a>"), body);
        assertFalse(body.contains("/actor?name=Cairo") || body.contains("/actor?name=asserted"), "places and modalities are no actors");
    }

    @Test
    void theEvidenceQueryLinksEachSentenceToItsPlaceInTheArticle() throws Exception {
        String body = get("/questions/evidence?actor=Pakistan").body();
        assertTrue(body.contains("<a href=\"/article?id=visit-cairo\">visit-cairo</a>"), body);
        assertTrue(body.contains("href=\"/article?id=visit-cairo&amp;from=48&amp;to=" + TestArticles.VISIT_TEXT.length() + "#focus\""), body);
    }

    @Test
    void markupInTheStoreIsEscapedOnEveryPage() throws Exception {
        for (String path : List.of("/questions/actors?page=1", "/questions/warnings", "/actor?name=" + Html.url(TestArticles.HOSTILE_NAME),
                "/article?id=hostile-names", "/questions/actor?actor=" + Html.url(TestArticles.HOSTILE_NAME))) {
            String body = get(path).body();
            assertFalse(body.contains("<script>window.parleyOwned") || body.contains("<img src=x") || body.contains("<i>Markup"), path + ":\n" + body);
            assertTrue(body.contains("&lt;script&gt;window.parleyOwned=1&lt;/script&gt;") || body.contains("&lt;img src=x"), path + ":\n" + body);
        }
    }

    @Test
    void namesCompleteFromTheStoreAndAHostileValueIsOnlyText() throws Exception {
        assertEquals("[\"Pakistan\"]", get("/workbench/names?q=PAK").body());
        HttpResponse<String> hostile = get("/workbench/names?q=" + Html.url("x\" } ; DROP ALL ; #"));
        assertEquals(200, hostile.statusCode());
        assertEquals("[]", hostile.body());
        assertTrue(get("/questions/actor?actor=" + Html.url("x\" } ; DROP ALL ; #")).body().contains("No answer"));
    }

    @Test
    void refusalsAreOneSentenceWithTheRightStatusAndNoStackTrace() throws Exception {
        assertRefused("/questions/no-such-question", 404, "There is no named query no-such-question");
        assertRefused("/questions/actors?page=zero", 400, "page must be a number from 1");
        assertRefused("/actor?name=Atlantis", 404, "No actor is called \"Atlantis\"");
        assertRefused("/actor?iri=" + Html.url("urn:nothing"), 404, "The store holds no actor");
        assertRefused("/actor", 400, "Give an actor");
        assertRefused("/article?id=nope", 404, "no article with the id \"nope\"");
        assertRefused("/article?id=seed-talks&from=-3", 400, "from must be a character offset");
        assertRefused("/questions/actor?actor=" + Html.url("<not an iri>"), 400, "is not a valid IRI");
        assertRefused("/workbench/../ontology/dip.ttl", 404, null);
        assertRefused("/workbench/workbench.css.bak", 404, null);
        assertRefused("/editor/static/nothing.js", 404, null);
    }

    private static void assertRefused(String path, int status, String message) throws Exception {
        HttpResponse<String> r = get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.body());
        if (message != null) assertTrue(r.body().contains(Html.esc(message)), path + ": " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("\tat ") || r.body().contains(".java:"), path + ": " + r.body());
    }

    @Test
    void theEditorStartsWithParleysNavigationAndTheStoresPrefixes() throws Exception {
        String page = get("/editor/").body();
        assertTrue(page.contains("<script src=\"/workbench/editor-setup.js\"></script>") && page.contains("class=\"parley-nav\""), page);
        assertTrue(page.indexOf("editor-setup.js") < page.indexOf("type=\"module\""), "the prefixes are in place before the editor starts");
        String setup = get("/workbench/editor-setup.js").body();
        assertTrue(setup.contains("\"dip: <https://w3id.org/parley/dip#>\"") && setup.contains("\"skos: <http://www.w3.org/2004/02/skos/core#>\""), setup);
    }
}
