package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.DIP;
import org.parley.store.ParleyStore;

/**
 * Inputs that would make an XML-minded parser fetch or read other files: external entities
 * declared in a DOCTYPE, XInclude, stylesheets, scripts, frames, in an HTML page and inside the
 * text of JSON and JSON Lines records. Ingested end to end, nothing is requested from a server
 * the inputs point at, no local file they name is read, and the entity references stay text.
 */
class IngestFetchesNothingTest {
    static final String SENTENCE = "The minister said the talks would be held in Oman on Friday.";

    @TempDir
    Path tmp;
    HttpServer server;
    final List<String> requests = new ArrayList<>();
    String base;
    Path secret;

    @BeforeEach
    void aServerThatRecordsEveryRequest() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            synchronized (requests) {
                requests.add(exchange.getRequestURI().toString());
            }
            byte[] body = "FETCHED-CONTENT".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        secret = Files.writeString(tmp.resolve("secret.txt"), "LOCAL-SECRET-CONTENT");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String doctype() {
        return "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"" + base + "/style.xsl\"?>\n"
                + "<!DOCTYPE html [<!ENTITY remote SYSTEM \"" + base + "/entity\"><!ENTITY local SYSTEM \"" + secret.toUri()
                + "\"><!ENTITY % param SYSTEM \"" + base + "/param.dtd\"> %param;]>\n";
    }

    private String hostileBody() {
        return "<p xmlns:xi=\"http://www.w3.org/2001/XInclude\">&remote; &local; <xi:include href=\"" + base + "/xinclude\"/> "
                + SENTENCE + "</p>";
    }

    @Test
    void htmlJsonAndJsonLinesInputsFetchNothingAndExpandNoEntity() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("page.html"), doctype() + "<html><head><title>Talks in Oman</title>"
                + "<link rel=\"stylesheet\" href=\"" + base + "/style.css\"><script src=\"" + base + "/app.js\"></script></head>"
                + "<body><iframe src=\"" + base + "/frame\"></iframe><img src=\"" + base + "/img.png\">" + hostileBody()
                + "</body></html>");
        ObjectMapper json = new ObjectMapper();
        ObjectNode record = json.createObjectNode().put("id", "record").put("title", "Talks in Oman")
                .put("maintext", doctype() + hostileBody());
        Files.writeString(in.resolve("record.json"), json.writeValueAsString(record));
        record.put("id", "line");
        Files.writeString(in.resolve("feed.jsonl"), json.writeValueAsString(record) + "\n");
        Path xml = Files.writeString(tmp.resolve("named.xml"), doctype() + "<article>" + hostileBody() + "</article>");

        String store = tmp.resolve("store").toString();
        CliTest.Run run = CliTest.parley("ingest", "--store", store, "--threads", "1", in.toString(), xml.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("4 articles stored"), run.out());
        synchronized (requests) {
            assertEquals(List.of(), requests, "nothing is fetched");
        }

        try (ParleyStore s = ParleyStore.open(Path.of(store))) {
            Map<String, Model> graphs = IngestInterruptionTest.articleGraphs(s);
            assertEquals(4, graphs.size());
            graphs.forEach((iri, g) -> {
                String text = g.getResource(iri).getProperty(DIP.text).getString();
                assertTrue(text.contains(SENTENCE), iri + ": " + text);
                assertFalse(text.contains("FETCHED-CONTENT") || text.contains("LOCAL-SECRET-CONTENT"), iri + ": " + text);
            });
            // JSON and plain text are not markup: the entity references arrive as the characters they are.
            for (String id : List.of("record", "line", "named")) {
                String text = graphs.get("https://w3id.org/parley/id/article/" + id).getResource("https://w3id.org/parley/id/article/" + id)
                        .getProperty(DIP.text).getString();
                assertTrue(text.contains("&remote; &local;"), id + ": " + text);
            }
        }
    }
}
