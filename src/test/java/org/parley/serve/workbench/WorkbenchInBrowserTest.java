package org.parley.serve.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.QueryRunner;
import org.parley.rdf.DIP;
import org.parley.serve.ExampleQueries;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import org.parley.serve.TestArticles;
import org.parley.store.ParleyStore;

/**
 * The workbench as a person uses it, in headless Chromium with no way out to the web: a query typed
 * into the SPARQL editor and run with its button, a named question asked through its form (with the
 * actor box completing the name), an actor page and the article behind one of its sentences.
 * Every page must load without a script error, a blocked resource or a policy violation.
 */
class WorkbenchInBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dir;
    static ParleyStore store;
    static ParleyServer server;
    static HeadlessChromium browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        store = ParleyStore.open(dir.resolve("store"));
        List<org.parley.rdf.ArticleGraph> articles = new ArrayList<>(TestArticles.both());
        articles.add(TestArticles.hostile());
        store.write(articles);
        server = ParleyServer.start(store.dataset(), ServerSettings.readOnly(0), ExampleQueries.fromDirectory(Path.of("queries")));
        base = server.baseUrl();
        browser = HeadlessChromium.start(dir);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
        if (store != null) store.close();
    }

    /** Each test checks the errors of its own pages. */
    @BeforeEach
    void forgetEarlierErrors() {
        browser.clearErrors();
    }

    /** Opens the editor's query view and waits until YASGUI's editor (a CodeMirror) and its run button are there. */
    private static void openEditor() throws Exception {
        browser.open(base + "/editor/#/dataset/parley/query");
        browser.waitFor("document.querySelector('.CodeMirror') && document.querySelector('.CodeMirror').CodeMirror"
                + " && document.querySelector('.yasqe_queryButton')", PATIENCE);
    }

    @Test
    void aQueryTypedIntoTheEditorShowsItsRowsInTheResultTable() throws Exception {
        String query = "PREFIX dip: <" + DIP.NS + ">\nSELECT DISTINCT ?name WHERE { GRAPH <" + DIP.SUMMARY_GRAPH
                + "> { ?s a dip:ActorSummary ; dip:name ?name } } ORDER BY ?name";
        openEditor();
        browser.eval("(function () { var editor = document.querySelector('.CodeMirror').CodeMirror; editor.setValue("
                + JSON.writeValueAsString(query) + "); document.querySelector('.yasqe_queryButton').click(); return true; })()");
        TreeSet<String> expected = new TreeSet<>();
        for (QuerySolution row : QueryRunner.local(store.dataset()).select(QueryRunner.parse(query, "test", Map.of()), Map.of())) {
            expected.add(row.getLiteral("name").getLexicalForm());
        }
        browser.waitFor("document.querySelectorAll('.yasr table tbody tr').length === " + expected.size(), PATIENCE);
        JsonNode cells = browser.eval("Array.from(document.querySelectorAll('.yasr table tbody tr td:last-child')).map(function (td) { return td.innerText.trim(); })");
        TreeSet<String> shown = new TreeSet<>();
        cells.forEach(c -> shown.add(c.asText().replaceAll("^\"|\"$", "")));
        assertEquals(expected, shown, "the editor's table shows the store's answer, every name as plain text");
        assertTrue(shown.contains(TestArticles.HOSTILE_NAME));
        assertEquals("undefined", browser.eval("typeof window.parleyOwned").asText(), "a name in the results ran as script");
        assertTrue(browser.eval("performance.getEntriesByType('resource').every(function (e) { return e.name.indexOf(location.origin) === 0; })").asBoolean(),
                "the editor loaded something from elsewhere: " + browser.eval("performance.getEntriesByType('resource').map(function (e) { return e.name; })"));
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void theEditorCompletesTheStoresPrefixesWithoutFetchingThem() throws Exception {
        openEditor();
        browser.eval("(function () { var editor = document.querySelector('.CodeMirror').CodeMirror; editor.setValue('PREFIX di');"
                + " editor.focus(); editor.setCursor({line: 0, ch: 9}); editor.autocomplete(); return true; })()");
        browser.waitFor("Array.from(document.querySelectorAll('.CodeMirror-hints li')).some(function (li) {"
                + " return li.innerText.indexOf('dip: <" + DIP.NS + ">') >= 0; })", PATIENCE);
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void aQuestionAskedThroughItsFormShowsTheAnswerWithActorLinks() throws Exception {
        browser.open(base + "/questions/actor");
        browser.waitFor("document.querySelector('input[name=actor][list]')", PATIENCE);
        browser.eval("(function () { var box = document.querySelector('input[name=actor]'); box.value = 'pak';"
                + " box.dispatchEvent(new Event('input', {bubbles: true})); return true; })()");
        browser.waitFor("Array.from(document.querySelectorAll('datalist option')).some(function (o) { return o.value === 'Pakistan'; })", PATIENCE);
        browser.eval("(function () { document.querySelector('input[name=actor]').value = 'Pakistan'; document.querySelector('form.question').submit(); return true; })()");
        browser.waitFor("location.search.indexOf('actor=Pakistan') >= 0 && document.querySelectorAll('table.results tbody tr').length > 0", PATIENCE);
        JsonNode rows = browser.eval("Array.from(document.querySelectorAll('table.results tbody tr')).map(function (tr) { return tr.innerText; })");
        List<String> texts = new ArrayList<>();
        rows.forEach(r -> texts.add(r.asText()));
        assertTrue(texts.stream().anyMatch(r -> r.contains("is invited by") && r.contains("Egypt") && r.contains("Gaza summit")), texts.toString());
        assertTrue(texts.stream().anyMatch(r -> r.contains("is represented by") && r.contains("Ishaq Dar")), texts.toString());
        assertEquals("/actor?name=Egypt", browser.eval("document.querySelector('table.results a[href=\"/actor?name=Egypt\"]').getAttribute('href')").asText());
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void anActorPageShowsRelationsBothWaysATimelineAndTheArticleBehindASentence() throws Exception {
        browser.open(base + "/actor?name=pakistan");
        browser.waitFor("document.querySelector('h1.actor')", PATIENCE);
        assertEquals("Pakistan", browser.eval("document.querySelector('h1.actor').innerText").asText());
        String incoming = browser.eval("document.querySelector('ul.relations.incoming').innerText").asText();
        assertTrue(incoming.contains("Egypt invites Pakistan to Gaza summit"), incoming);
        assertTrue(incoming.contains("Ishaq Dar (Deputy Prime Minister) represents Pakistan") && incoming.contains("hedged"), incoming);
        assertTrue(incoming.contains("Egypt invited Pakistan to the Gaza summit."), "the evidence sentence: " + incoming);
        assertEquals("[\"2026-02-03: 1 invites statement\",\"2026-02-03: 1 represents statement\",\"2026-03-01: 1 invites statement\"]",
                browser.eval("Array.from(document.querySelectorAll('svg.timeline rect.bar title')).map(function (t) { return t.textContent; })").toString(),
                "a bar for each publication day, a segment for each kind of relation");

        browser.eval("(function () { Array.from(document.querySelectorAll('ul.evidence a')).filter(function (a) {"
                + " return a.innerText.indexOf('Egypt invited Pakistan') >= 0; })[0].click(); return true; })()");
        browser.waitFor("location.pathname === '/article' && document.querySelector('mark#focus')", PATIENCE);
        assertEquals("Egypt invited Pakistan to the Gaza summit.", browser.eval("document.querySelector('mark#focus').innerText").asText());
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void theActorPagesGraphIsTheExportsInteractiveView() throws Exception {
        browser.open(base + "/actor/graph?iri=" + Html.url(DIP.ID + "state/pakistan"));
        browser.waitFor("document.body && document.body.getAttribute('data-ready') === 'true'", PATIENCE);
        assertTrue(browser.eval("Number(document.body.getAttribute('data-nodes'))").asInt() >= 3);
        assertEquals("0", browser.eval("document.body.getAttribute('data-errors')").asText());
        assertEquals(List.of(), browser.errors());
    }

    @Test
    void namesThatAreMarkupShowAsTextAndNeverRun() throws Exception {
        browser.open(base + "/actor?name=" + Html.url(TestArticles.HOSTILE_NAME));
        browser.waitFor("document.querySelector('h1.actor')", PATIENCE);
        assertEquals(TestArticles.HOSTILE_NAME, browser.eval("document.querySelector('h1.actor').innerText").asText());
        browser.open(base + "/questions/warnings");
        browser.waitFor("document.querySelectorAll('table.results tbody tr').length > 0", PATIENCE);
        assertTrue(browser.eval("document.querySelector('table.results').innerText").asText().contains(TestArticles.HOSTILE_TOPIC));
        browser.open(base + "/article?id=hostile-names");
        browser.waitFor("document.querySelector('article.source mark')", PATIENCE);
        assertEquals(TestArticles.HOSTILE_TEXT, browser.eval("document.querySelector('article.source .text').innerText").asText());
        assertEquals("undefined", browser.eval("typeof window.parleyOwned").asText(), "a name ran as script");
        assertEquals(List.of(), browser.errors());
    }
}
