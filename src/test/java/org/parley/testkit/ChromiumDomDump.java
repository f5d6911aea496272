package org.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Opens a page in headless Chromium with a fresh profile and returns the DOM once the page has
 * settled ({@code --dump-dom}): for pages that need no clicking or typing (the workbench tests
 * drive Chromium over DevTools for that). Chromium is found with {@link ExternalTool}: skipped
 * without it on a developer's machine, a failure in CI.
 */
public final class ChromiumDomDump {
    private ChromiumDomDump() {}

    /** What Chromium printed: the serialised DOM on stdout, its log on stderr. */
    public record Output(String dom, String log) {}

    /**
     * @param profile a directory for a profile of its own (created if missing)
     * @param url     the page to open
     * @param flags   further command-line flags, e.g. to cut off the network
     */
    public static Output dumpDom(Path profile, String url, String... flags) throws IOException, InterruptedException {
        Path chromium = ExternalTool.require("Chromium", "chromium", "chromium-browser", "google-chrome");
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--user-data-dir=" + Files.createDirectories(profile)));
        cmd.addAll(List.of(flags));
        cmd.addAll(List.of("--dump-dom", url));
        Process p = new ProcessBuilder(cmd).start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not finish within 2 minutes; log:\n" + err.getNow(""));
        }
        Output result = new Output(out.join(), err.join());
        assertEquals(0, p.exitValue(), () -> "Chromium exited with " + p.exitValue() + "\n" + result.log());
        return result;
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
