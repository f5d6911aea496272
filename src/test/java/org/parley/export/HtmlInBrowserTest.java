package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.testkit.ChromiumDomDump;

/**
 * Opens the HTML export of the seed graph in headless Chromium, with networking cut off, and reads
 * back what the page reports: how many nodes and edges Cytoscape.js holds, how many errors it saw
 * (script errors, console.error, blocked fetches) and how many resources it loaded.
 */
class HtmlInBrowserTest {
    private static final Pattern BODY = Pattern.compile("<body([^>]*)>");

    @TempDir
    Path dir;

    @Test
    void seedGraphOpensOfflineWithoutErrorsAndShowsEveryNodeAndEdge() throws Exception {
        Path page = writePage(ExportFixtures.seedVisual());
        Page result = open(page);
        assertEquals("true", result.attribute("data-ready"), result.describe());
        assertEquals(String.valueOf(ExportFixtures.SEED_NODES), result.attribute("data-nodes"), result.describe());
        assertEquals(String.valueOf(ExportFixtures.SEED_EDGES), result.attribute("data-edges"), result.describe());
        assertEquals("0", result.attribute("data-errors"), result.describe());
        assertEquals("0", result.attribute("data-resources"), "the page fetched something: " + result.describe());
        assertFalse(result.consoleErrors(), result.describe());
    }

    @Test
    void specialNamesDoNotBreakThePage() throws Exception {
        VisualGraph g = ExportFixtures.bothVisual();
        Page result = open(writePage(g));
        assertEquals(String.valueOf(g.nodes().size()), result.attribute("data-nodes"), result.describe());
        assertEquals(String.valueOf(g.edges().size()), result.attribute("data-edges"), result.describe());
        assertEquals("0", result.attribute("data-errors"), result.describe());
    }

    /**
     * Actor names made to break out of HTML, JSON or a script element: the page runs no script of
     * theirs, loads no image, and shows each name as the text it is, in the details panel of every
     * node and edge (a probe script taps them all).
     */
    @Test
    void untrustedNamesAreShownAsTextAndRunNoScriptOfTheirs() throws Exception {
        VisualGraph g = ExportFixtures.hostileVisual();
        Path page = writePage(g);
        String probe = """
                <script>
                var cy = window.parleyGraph.cy, details = document.getElementById('details'), shown = [];
                cy.elements().forEach(function (el) { el.emit('tap'); shown.push(details.innerText); });
                document.body.setAttribute('data-probe', JSON.stringify({
                  pwned: window.parleyPwned === undefined ? null : String(window.parleyPwned),
                  images: document.getElementsByTagName('img').length,
                  injected: document.getElementsByTagName('injected').length,
                  shown: shown.join('\\n')}));
                </script></body>""";
        Files.writeString(page, Files.readString(page).replace("</body>", probe));
        Page result = open(page);
        assertEquals(String.valueOf(g.nodes().size()), result.attribute("data-nodes"), result.describe());
        assertEquals(String.valueOf(g.edges().size()), result.attribute("data-edges"), result.describe());
        assertEquals("0", result.attribute("data-errors"), result.describe());
        com.fasterxml.jackson.databind.JsonNode probed = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(unescapeAttribute(result.attribute("data-probe")));
        assertTrue(probed.get("pwned").isNull(), "a name ran as script: " + probed.get("pwned"));
        assertEquals(0, probed.get("images").asInt(), "a name became an element");
        assertEquals(0, probed.get("injected").asInt(), "a name became an element");
        String shown = probed.get("shown").asText();
        for (String name : ExportFixtures.HOSTILE) assertTrue(shown.contains(name), "not shown as text: " + name + "\n" + shown);
    }

    /**
     * Taps a node and an edge and types in the search box through a probe script appended to the
     * exported page, then reads what the details panel and the search showed.
     */
    @Test
    void clickingANodeListsItsRelationsAndClickingAnEdgeShowsItsEvidence() throws Exception {
        Path page = writePage(ExportFixtures.bothVisual());
        String probe = """
                <script>
                var cy = window.parleyGraph.cy, details = document.getElementById('details');
                cy.nodes().filter(function (n) { return n.data('label') === 'Pakistan'; })[0].emit('tap');
                var node = details.innerText;
                cy.edges().filter(function (e) { return e.source().data('label') === 'Steve Witkoff'; })[0].emit('tap');
                var edge = details.innerText;
                var search = document.getElementById('search');
                search.value = 'ελλ';
                search.dispatchEvent(new Event('input'));
                document.body.setAttribute('data-probe', JSON.stringify({node: node, edge: edge, matches: cy.nodes('.match').length}));
                </script></body>""";
        Files.writeString(page, Files.readString(page).replace("</body>", probe));
        Page result = open(page);
        String json = unescapeAttribute(result.attribute("data-probe"));
        com.fasterxml.jackson.databind.JsonNode probed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        String node = probed.get("node").asText();
        assertTrue(node.contains("Ishaq Dar represents Pakistan") && node.contains("hedged only")
                && node.contains("Tahir Andrabi represents Pakistan"), node);
        String edge = probed.get("edge").asText();
        assertTrue(edge.contains("2 articles") && edge.contains("US special envoy Steve Witkoff")
                && edge.contains(ExportFixtures.SEED_ID) && edge.contains(ExportFixtures.SECOND_ID), edge);
        assertEquals(2, probed.get("matches").asInt(), "Ελλάδα and the special name both contain it");
        assertEquals("0", result.attribute("data-errors"), result.describe());
    }

    /** The character references Chromium's DOM serialiser writes in attribute values. */
    private static String unescapeAttribute(String s) {
        return s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", "\u00a0").replace("&amp;", "&");
    }

    private Path writePage(VisualGraph g) throws IOException {
        Path page = dir.resolve("graph.html");
        try (Writer w = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            new HtmlWriter().write(g, w);
        }
        return page;
    }

    record Page(String dom, String log) {
        String attribute(String name) {
            Matcher body = BODY.matcher(dom);
            if (!body.find()) return null;
            Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(body.group(1));
            return m.find() ? m.group(1) : null;
        }

        /**
         * Chromium logs the page's console messages as CONSOLE lines when logging goes to stderr:
         * uncaught exceptions, errors and blocked fetches (which the page's policy forbids) count.
         */
        boolean consoleErrors() {
            return log.lines().anyMatch(l -> l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error")
                    || l.contains("Content Security Policy") || l.contains("Failed to load")));
        }

        String describe() {
            Matcher body = BODY.matcher(dom);
            return (body.find() ? body.group() : "no <body> in the dumped DOM (" + dom.length() + " chars)") + "\nlog:\n" + log;
        }
    }

    private Page open(Path page) throws Exception {
        ChromiumDomDump.Output out = ChromiumDomDump.dumpDom(dir.resolve("profile"), page.toUri().toString(),
                // no network: every host name fails to resolve and every request would go to a dead proxy
                "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
                "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=10000");
        return new Page(out.dom(), out.log());
    }
}
