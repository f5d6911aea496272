package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ServerRequests.asWriter;
import static org.parley.serve.ServerRequests.enc;
import static org.parley.serve.ServerRequests.hasGraph;
import static org.parley.serve.ServerRequests.send;
import static org.parley.serve.ServerRequests.to;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import org.parley.testkit.ChromiumDomDump;

/**
 * Cross-site request forgery against {@code parley serve --update}: a page on another site that
 * makes the user's browser submit a form to the write endpoints, with the Basic credentials the
 * browser holds for the server. Tried in headless Chromium, and with plain HTTP for each rule.
 */
class CrossSiteWriteTest {
    static final WriterCredentials EDITOR = new WriterCredentials("editor", "s3cret");

    @TempDir
    static Path storeDir;
    static ParleyStore store;
    static ParleyServer server;

    @BeforeAll
    static void startUpdateServer() {
        store = ParleyStore.open(storeDir);
        store.write(TestArticles.both());
        server = ParleyServer.start(store.dataset(), ServerSettings.readOnly(0).withWriter(EDITOR), List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    /** The form action, with the credentials in it: Chromium then sends them as a logged-in browser would. */
    private static String credentialed(String path) {
        return "http://" + EDITOR.user() + ":" + EDITOR.password() + "@127.0.0.1:" + server.port() + path;
    }

    /** Serves one attacking page from another origin (another port) and opens it in Chromium. */
    private static String openAttackPage(Path dir, String page) throws Exception {
        HttpServer attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] html = page.getBytes(StandardCharsets.UTF_8);
        attacker.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        attacker.start();
        try {
            String url = "http://127.0.0.1:" + attacker.getAddress().getPort() + "/";
            return ChromiumDomDump.dumpDom(dir.resolve("profile"), url, "--virtual-time-budget=10000").dom();
        } finally {
            attacker.stop(0);
        }
    }

    private static String autoSubmitting(String form) {
        return "<!DOCTYPE html><html><body>" + form + "<script>document.forms[0].submit();</script></body></html>";
    }

    @Test
    void aFormOnAnotherSiteCannotUpdateThroughTheBrowsersLogin(@TempDir Path dir) throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:csrf> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        String dom = openAttackPage(dir, autoSubmitting("<form method='post' action='" + credentialed("/parley/update") + "'>"
                + "<input type='hidden' name='update' value='" + insert + "'></form>"));
        assertFalse(hasGraph(store, "urn:x:csrf"), "nothing was written");
        // The refusal comes from the filter, which runs after authentication: the credentials were sent and accepted.
        assertTrue(dom.contains("this write comes from a page on another site"), "the browser got the server's refusal: " + dom);
    }

    @Test
    void aTextPlainFormOnAnotherSiteCannotWriteAGraph(@TempDir Path dir) throws Exception {
        // enctype text/plain sends "NAME=VALUE": with this name and value, one line of N-Triples.
        String dom = openAttackPage(dir, autoSubmitting("<form method='post' enctype='text/plain' action='"
                + credentialed("/parley/data?graph=urn:x:csrf-gsp") + "'>"
                + "<input type='hidden' name='&lt;urn:x:s&gt; &lt;urn:x:p&gt; \"' value='\" .'></form>"));
        assertFalse(hasGraph(store, "urn:x:csrf-gsp"), "nothing was written");
        assertTrue(dom.contains("this write comes from a page on another site"), dom);
    }

    private static HttpResponse<String> formUpdate(String update, String header, String value) throws Exception {
        HttpRequest.Builder b = asWriter(to(server, "/parley/update"), EDITOR)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update)));
        if (header != null) b.header(header, value);
        return send(b.build());
    }

    private static HttpResponse<String> sparqlUpdate(String update, String header, String value) throws Exception {
        HttpRequest.Builder b = asWriter(to(server, "/parley/update"), EDITOR)
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update));
        if (header != null) b.header(header, value);
        return send(b.build());
    }

    @Test
    void writesNamingAnotherOriginAreRefused() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:other> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        for (String[] claim : List.of(new String[] {"Origin", "https://evil.example"}, new String[] {"Origin", "null"},
                new String[] {"Origin", "http://127.0.0.1:" + (server.port() + 1)}, new String[] {"Referer", "https://evil.example/page.html"})) {
            assertEquals(403, sparqlUpdate(insert, claim[0], claim[1]).statusCode(), String.join(": ", claim));
            assertEquals(403, formUpdate(insert, claim[0], claim[1]).statusCode(), String.join(": ", claim));
        }
        HttpResponse<String> put = send(asWriter(to(server, "/parley/data?graph=urn:x:other"), EDITOR).header("Origin", "https://evil.example")
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build());
        assertEquals(403, put.statusCode());
        assertFalse(hasGraph(store, "urn:x:other"));
    }

    @Test
    void withoutAnOriginOnlyBodiesAFormCannotSendAreTaken() throws Exception {
        String insert = "INSERT DATA { GRAPH <urn:x:plain> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        HttpResponse<String> form = formUpdate(insert, null, null);
        assertEquals(415, form.statusCode(), form.body());
        assertTrue(form.body().contains("application/sparql-update"), form.body());
        HttpResponse<String> textPlain = send(asWriter(to(server, "/parley/data?graph=urn:x:plain"), EDITOR)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> .")).build());
        assertEquals(415, textPlain.statusCode(), textPlain.body());
        assertFalse(hasGraph(store, "urn:x:plain"));

        assertEquals(204, sparqlUpdate(insert, null, null).statusCode(), "curl, Jena and parley itself send no Origin");
        assertTrue(hasGraph(store, "urn:x:plain"));
        assertEquals(204, sparqlUpdate("DROP GRAPH <urn:x:plain>", null, null).statusCode());
    }

    @Test
    void theServersOwnPagesMayWrite() throws Exception {
        String self = "http://127.0.0.1:" + server.port();
        HttpResponse<String> form = formUpdate("INSERT DATA { GRAPH <urn:x:self> { <urn:x:s> <urn:x:p> <urn:x:o> } }", "Origin", self);
        assertTrue(form.statusCode() < 300, form.body());
        assertTrue(hasGraph(store, "urn:x:self"));
        assertEquals(204, sparqlUpdate("DROP GRAPH <urn:x:self>", "Referer", self + "/some/page").statusCode());
        assertFalse(hasGraph(store, "urn:x:self"));
    }

    @Test
    void originsCompareByHostAndPort() {
        assertTrue(SameOriginWriteFilter.sameOrigin("http://127.0.0.1:3030", "127.0.0.1:3030"));
        assertTrue(SameOriginWriteFilter.sameOrigin("https://kg.example.org", "kg.example.org"), "behind an HTTPS proxy that passes Host on");
        assertTrue(SameOriginWriteFilter.sameOrigin("http://KG.example.org/page?x=1", "kg.example.org:80"));
        assertFalse(SameOriginWriteFilter.sameOrigin("http://127.0.0.1:3031", "127.0.0.1:3030"));
        assertFalse(SameOriginWriteFilter.sameOrigin("http://localhost:3030", "127.0.0.1:3030"));
        assertFalse(SameOriginWriteFilter.sameOrigin("https://kg.example.org", "kg.example.org:80"));
        assertFalse(SameOriginWriteFilter.sameOrigin("null", "127.0.0.1:3030"));
        assertFalse(SameOriginWriteFilter.sameOrigin("not a url", "127.0.0.1:3030"));
        assertFalse(SameOriginWriteFilter.sameOrigin("http://127.0.0.1:3030", null));
    }
}
