package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.Fixtures.onlyArticle;
import static org.parley.ingest.Fixtures.onlyFailure;
import static org.parley.ingest.Fixtures.read;
import static org.parley.ingest.Fixtures.write;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlArticlesTest {
    @TempDir
    Path dir;

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Türkiye to host US-Iran talks | Daily News</title>
              <meta property="og:title" content="Türkiye to host US-Iran talks">
              <meta property="article:published_time" content="2026-02-03T08:15:00+03:00">
              <style>body { font-family: "Secret Style Font"; }</style>
              <script>var tracking = "Secret script text";</script>
            </head><body>
              <header><a href="/">Daily News</a> <span>Subscribe now</span></header>
              <nav><ul><li>World</li><li>Politics</li></ul></nav>
              <article>
                <h1>Türkiye to host US-Iran talks</h1>
                <!-- editor: check the quote before publishing -->
                <p>Türkiye will host the talks between Iran and the United States in Istanbul,
                   the Foreign Ministry said on Tuesday.</p>
                <p>Ishaq Dar &amp; Syed Asim Munir are likely to represent Pakistan at the &ldquo;historic&rdquo; meeting&nbsp;&mdash; officials said.</p>
                <div>The delegations are expected on Friday.<br>More details will follow.</div>
                <form><input name="q"><button>Search the archive</button></form>
              </article>
              <aside>Most read: Celebrity gossip</aside>
              <footer>© Daily News. All rights reserved.</footer>
              <script>document.write("Injected by script");</script>
            </body></html>
            """;

    @Test
    void readsTheArticleTextOneParagraphALineWithTheHeadlineFirst() {
        Article a = onlyArticle(read(write(dir, "istanbul-talks.html", PAGE)));
        assertEquals("istanbul-talks", a.id());
        assertEquals("Türkiye to host US-Iran talks", a.title());
        assertEquals("""
                Türkiye to host US-Iran talks
                Türkiye will host the talks between Iran and the United States in Istanbul, the Foreign Ministry said on Tuesday.
                Ishaq Dar & Syed Asim Munir are likely to represent Pakistan at the “historic” meeting — officials said.
                The delegations are expected on Friday.
                More details will follow.""", a.text());
    }

    @Test
    void dropsScriptsStylesCommentsNavigationAndForms() {
        String text = onlyArticle(read(write(dir, "page.htm", PAGE))).text();
        for (String furniture : new String[] {"Secret", "Injected", "editor", "Subscribe", "Politics",
                "Search the archive", "Celebrity", "rights reserved", "tracking"}) {
            assertFalse(text.contains(furniture), "should have dropped '" + furniture + "' from:\n" + text);
        }
    }

    @Test
    void theDateComesFromTheArticleMetaTagAsPublishedLocally() {
        assertEquals(LocalDate.of(2026, 2, 3), onlyArticle(read(write(dir, "page.html", PAGE))).published());
    }

    @Test
    void theDateAndTitleAlsoComeFromOtherCommonTags() {
        String page = """
                <html><head><title>Oman hosts talks</title><meta name="date" content="2025-04-12"></head>
                <body><p>Oman hosted the indirect talks between Iranian and U.S. delegates in Muscat on Saturday.</p></body></html>""";
        Article a = onlyArticle(read(write(dir, "oman.html", page)));
        assertEquals("Oman hosts talks", a.title());
        assertEquals(LocalDate.of(2025, 4, 12), a.published());
        assertEquals("Oman hosts talks\nOman hosted the indirect talks between Iranian and U.S. delegates in Muscat on Saturday.", a.text());

        String ld = """
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-06-15T10:00:00Z"}</script></head>
                <body><h1>Switzerland hosts summit</h1><p>Switzerland hosted the summit at the Bürgenstock resort.</p></body></html>""";
        Article b = onlyArticle(read(write(dir, "swiss.html", ld)));
        assertEquals("Switzerland hosts summit", b.title());
        assertEquals(LocalDate.of(2024, 6, 15), b.published());
        assertEquals("Switzerland hosts summit\nSwitzerland hosted the summit at the Bürgenstock resort.", b.text());
    }

    @Test
    void aPageWithoutDateOrTitleStillGivesItsText() {
        Article a = onlyArticle(read(write(dir, "bare.html", "<p>The minister said the talks would be held in Oman.</p>")));
        assertNull(a.title());
        assertNull(a.published());
        assertEquals("The minister said the talks would be held in Oman.", a.text());
    }

    @Test
    void aPageWithNoReadableTextIsRefused() {
        String page = "<html><head><title>Home</title><script>alert(1)</script></head><body><nav>Menu</nav></body></html>";
        assertEquals("no readable text in the HTML page", onlyFailure(read(write(dir, "empty.html", page))).problem());
    }

    @Test
    void theDeclaredCharsetIsHonoured() {
        String page = "<html><head><meta charset=\"windows-1251\"><title>Talks</title></head>"
                + "<body><p>The minister met his counterpart from Moscow (Москва) on Monday to discuss the talks.</p></body></html>";
        Article a = onlyArticle(read(write(dir, "cyr.html", page, Charset.forName("windows-1251"))));
        assertTrue(a.text().contains("(Москва)"), a.text());
    }

    @Test
    void parsingFetchesNothingAndExpandsNoExternalEntities() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "FETCHED-CONTENT".getBytes();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path secret = write(dir, "secret.txt", "LOCAL-SECRET-CONTENT");
            String page = "<?xml version=\"1.0\"?>\n"
                    + "<!DOCTYPE html [<!ENTITY remote SYSTEM \"" + base + "/entity\"><!ENTITY local SYSTEM \"" + secret.toUri() + "\">]>\n"
                    + "<html><head><link rel=\"stylesheet\" href=\"" + base + "/style.css\">"
                    + "<script src=\"" + base + "/app.js\"></script>"
                    + "<meta http-equiv=\"refresh\" content=\"0; url=" + base + "/refresh\"></head>"
                    + "<body><img src=\"" + base + "/img.png\"><iframe src=\"" + base + "/frame\"></iframe>"
                    + "<p>The minister said that &remote; and &local; were discussed at the talks in Oman.</p></body></html>";
            Article a = onlyArticle(read(write(dir, "hostile.html", page)));
            assertEquals(0, requests.get(), "nothing is fetched");
            assertFalse(a.text().contains("FETCHED-CONTENT"));
            assertFalse(a.text().contains("LOCAL-SECRET-CONTENT"));
            assertTrue(a.text().contains("The minister said that"), a.text());
        } finally {
            server.stop(0);
        }
    }
}
