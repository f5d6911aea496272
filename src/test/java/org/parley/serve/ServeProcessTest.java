package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.DIP;
import org.parley.store.ParleyStore;
import org.parley.store.StoreInUseException;

/** {@code parley serve} as a real process: what it prints, the store lock it holds, and how it stops. */
class ServeProcessTest {

    @Test
    void serveHoldsTheStoreAndStopsCleanlyOnSigterm(@TempDir Path dir) throws Exception {
        Process p = serve(dir, null);
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> printed = new ArrayList<>();
            String sparql = null;
            Pattern url = Pattern.compile("SPARQL query\\s+(http://127\\.0\\.0\\.1:\\d+/parley/sparql)");
            for (String line; sparql == null && (line = lines.readLine()) != null; ) {
                printed.add(line);
                Matcher m = url.matcher(line);
                if (m.find()) sparql = m.group(1);
            }
            assertNotNull(sparql, "prints the query endpoint URL: " + printed);
            assertTrue(printed.stream().anyMatch(l -> l.contains("read-only")), printed.toString());

            String q = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <" + DIP.Article.getURI() + "> }";
            try (QueryExecutionHTTP qe = QueryExecutionHTTP.service(sparql).query(q).build()) {
                assertEquals(2, qe.execSelect().next().getLiteral("n").getInt());
            }

            StoreInUseException inUse = assertThrows(StoreInUseException.class, () -> ParleyStore.open(dir).close());
            assertTrue(inUse.getMessage().contains(Long.toString(p.pid())), "names the holder: " + inUse.getMessage());
            assertTrue(inUse.getMessage().contains("--endpoint"), inUse.getMessage());

            p.destroy(); // SIGTERM, as Ctrl-C or a service manager would send
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "stops on SIGTERM");
        } finally {
            if (p.isAlive()) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (ParleyStore reopened = ParleyStore.open(dir)) {
            assertFalse(reopened.storedHash(TestArticles.talks().graphIri()).isEmpty(), "the store is released and whole");
            assertEquals(TestArticles.talks().contentHash(), reopened.storedHash(TestArticles.talks().graphIri()).orElseThrow());
        }
    }

    @Test
    void failedLoginsAreLoggedWithTheAddressAndUserButNotThePassword(@TempDir Path dir) throws Exception {
        Process p = serve(dir, "the-real-secret", "--update", "--user", "editor");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .lines().forEach(lines::add), "serve-output");
        reader.setDaemon(true);
        reader.start();
        try {
            Pattern url = Pattern.compile("SPARQL update\\s+(http://127\\.0\\.0\\.1:\\d+/parley/update)");
            String update = null;
            List<String> printed = new ArrayList<>();
            while (update == null) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertNotNull(line, "prints the update endpoint: " + printed);
                printed.add(line);
                Matcher m = url.matcher(line);
                if (m.find()) update = m.group(1);
            }
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(update))
                    .header("Authorization", ServerRequests.basic("editor:my-wrong-guess"))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode());

            String logged = null;
            while (logged == null) {
                String line = lines.poll(30, TimeUnit.SECONDS);
                assertNotNull(line, "logs the failed login: " + printed);
                printed.add(line);
                if (line.contains("failed login")) logged = line;
            }
            assertTrue(logged.contains("'editor'") && logged.contains("127.0.0.1"), logged);
            for (String line : printed) {
                assertFalse(line.contains("my-wrong-guess") || line.contains("the-real-secret"), "a password in the output: " + line);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /**
     * Starts {@code parley serve} on a free port over a store of the two test articles, with
     * {@code PARLEY_PASSWORD} set to {@code password} (or unset), stdout and stderr merged.
     */
    private static Process serve(Path dir, String password, String... options) throws IOException {
        try (ParleyStore s = ParleyStore.open(dir)) {
            s.write(TestArticles.both());
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "org.parley.cli.Main", "serve", "--store", dir.toString(), "--port", "0"));
        command.addAll(List.of(options));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (password == null) pb.environment().remove("PARLEY_PASSWORD");
        else pb.environment().put("PARLEY_PASSWORD", password);
        pb.redirectErrorStream(true);
        return pb.start();
    }
}
