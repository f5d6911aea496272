package org.parley.serve.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.testkit.ExternalTool;

/**
 * Headless Chromium driven over the DevTools protocol (its websocket, from java.net.http), so a
 * test can load a page, type, click and read the page back as a person would see it. The browser
 * can reach only this machine: every host name fails to resolve and any proxied request goes to a
 * closed port, so a page that tried to fetch from the web would fail, and the test would see it.
 *
 * <p>Everything the page reports as an error is kept: uncaught exceptions, console errors and
 * browser log errors, which include Content-Security-Policy violations and failed loads.
 */
final class HeadlessChromium implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

    private final Process process;
    private final WebSocket socket;
    /** The page's DevTools session; null while talking to the browser itself. */
    private volatile String session;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a fresh profile in {@code dir}; fails in CI when Chromium is missing, skips elsewhere. */
    static HeadlessChromium start(Path dir) throws Exception {
        Path chromium = ExternalTool.require("Chromium", "chromium", "chromium-browser", "google-chrome");
        Process p = new ProcessBuilder(chromium.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")),
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--proxy-server=127.0.0.1:9",
                "--window-size=1280,900", "--remote-debugging-port=0", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String url = devToolsUrl(p);
        Holder holder = new Holder();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(url), holder).get(20, TimeUnit.SECONDS);
        HeadlessChromium page = new HeadlessChromium(p, ws);
        holder.page = page;
        String target = page.call("Target.createTarget", Map.of("url", "about:blank")).get("targetId").asText();
        page.session = page.call("Target.attachToTarget", Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
        for (String domain : List.of("Page.enable", "Runtime.enable", "Log.enable")) page.call(domain, Map.of());
        return page;
    }

    private static String devToolsUrl(Process p) throws Exception {
        CompletableFuture<String> found = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) found.complete(m.group(1));
                    else if (!found.isDone()) seen.append(line).append('\n');
                }
            } catch (IOException e) {
                // the process ended
            }
            found.completeExceptionally(new AssertionError("Chromium did not open its DevTools port:\n" + seen));
        }, "chromium-stderr");
        reader.setDaemon(true);
        reader.start();
        return found.get(60, TimeUnit.SECONDS);
    }

    /** Opens a URL and waits for its load event. */
    void open(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
        waitFor("document.readyState === 'complete' && location.href !== 'about:blank'", Duration.ofSeconds(30));
    }

    /** Evaluates JavaScript in the page (awaiting a promise) and returns its value as JSON. */
    JsonNode eval(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("script failed: " + result.get("exceptionDetails").toString() + "\nscript: " + expression);
        }
        JsonNode value = result.path("result").path("value");
        return value.isMissingNode() ? JSON.nullNode() : value;
    }

    /** Waits until {@code condition} is true in the page. */
    void waitFor(String condition, Duration timeout) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            try {
                if (eval("!!(" + condition + ")").asBoolean()) return;
            } catch (AssertionError notYet) {
                // the page is still loading
            }
            Thread.sleep(100);
        }
        throw new AssertionError("waited " + timeout.toSeconds() + " s for: " + condition + "\npage errors: " + errors
                + "\npage text: " + eval("document.body ? document.body.innerText.slice(0, 2000) : ''"));
    }

    /** What the pages reported as errors so far: exceptions, console errors, policy violations, failed loads. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    void clearErrors() {
        errors.clear();
    }

    private JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode();
        message.put("id", id);
        message.put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) message.put("sessionId", session);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        JsonNode answer = reply.get(60, TimeUnit.SECONDS);
        if (answer.has("error")) throw new AssertionError(method + " failed: " + answer.get("error"));
        return answer.path("result");
    }

    private void received(String text) {
        try {
            JsonNode m = JSON.readTree(text);
            if (m.has("id")) {
                CompletableFuture<JsonNode> reply = pending.remove(m.get("id").asInt());
                if (reply != null) reply.complete(m);
                return;
            }
            JsonNode p = m.path("params");
            switch (m.path("method").asText()) {
                case "Runtime.exceptionThrown" -> errors.add("exception: " + p.path("exceptionDetails").path("exception").path("description").asText(
                        p.path("exceptionDetails").path("text").asText()));
                case "Runtime.consoleAPICalled" -> {
                    if (p.path("type").asText().equals("error")) errors.add("console.error: " + p.path("args").toString());
                }
                case "Log.entryAdded" -> {
                    JsonNode e = p.path("entry");
                    if (e.path("level").asText().equals("error")) errors.add("log: " + e.path("text").asText() + " " + e.path("url").asText());
                }
                default -> { }
            }
        } catch (IOException e) {
            errors.add("unreadable DevTools message: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Hands the websocket's messages, whole, to the page object. */
    private static final class Holder implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        volatile HeadlessChromium page;

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                if (page != null) page.received(whole);
            }
            ws.request(1);
            return null;
        }
    }
}
