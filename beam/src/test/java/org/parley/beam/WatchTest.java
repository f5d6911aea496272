package org.parley.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.apache.jena.graph.Triple;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --watch} the job keeps looking for new files: articles dropped into the folder while
 * it runs come out in the N-Quads of the window they arrived in, and cancelling the job (what Ctrl-C
 * does in {@code parley beam}) stops it, leaving only whole, readable shards behind.
 */
class WatchTest {
    private static final long PATIENCE_MILLIS = 180_000;

    @TempDir
    Path tmp;

    @Test
    void filesAddedWhileWatchingAreExtractedAndCancellingStopsTheJob() throws Exception {
        List<Path> texts = Corpus.devTexts();
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        Path out = Files.createDirectories(tmp.resolve("out"));
        arrive(texts.get(0), feed);

        ParleyBeamOptions options = PipelineOptionsFactory.fromArgs("--input=" + feed.toRealPath() + "/",
                "--output=" + out.resolve("live"), "--watch", "--pollSeconds=1", "--windowSeconds=1",
                "--blockOnRun=false").as(ParleyBeamOptions.class);
        options.as(StreamingOptions.class).setStreaming(true);
        Pipeline pipeline = Pipeline.create(options);
        ParleyBeamJob.addTo(pipeline, options, null);
        PipelineResult job = pipeline.run();
        try {
            awaitGraphs(out, Set.of(stem(texts.get(0))));

            arrive(texts.get(1), feed);
            arrive(texts.get(2), feed);
            awaitGraphs(out, Set.of(stem(texts.get(0)), stem(texts.get(1)), stem(texts.get(2))));

            // A later file with an id already taken is listed, not allowed to replace the article.
            Path page = tmp.resolve(stem(texts.get(0)) + ".html");
            Files.writeString(page, "<html><body><p>" + Files.readString(texts.get(0)) + "</p></body></html>");
            arrive(page, feed);
            awaitError(out, feed.toRealPath().resolve(page.getFileName()) + ": has the same article id '" + stem(texts.get(0)) + "' as "
                    + feed.toRealPath().resolve(texts.get(0).getFileName()));
        } finally {
            job.cancel();
        }
        assertEquals(PipelineResult.State.CANCELLED, job.waitUntilFinish(Duration.standardSeconds(60)));

        Map<String, Set<Triple>> graphs = Quads.shards(out, "live");
        assertEquals(3, graphs.size(), graphs.keySet().toString());
        assertTrue(Quads.files(out, "live").stream().allMatch(f -> f.getFileName().toString().endsWith(".nq.gz")));
    }

    /** A file lands whole: written beside the folder under a hidden name, then moved in. */
    private static void arrive(Path text, Path feed) throws IOException {
        Path partial = feed.resolve("." + text.getFileName() + ".part");
        Files.copy(text, partial);
        Files.move(partial, feed.resolve(text.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private static String stem(Path text) {
        return text.getFileName().toString().replaceFirst("\\.txt$", "");
    }

    /** Waits until the error files written so far hold a line that starts with {@code start}. */
    private static void awaitError(Path out, String start) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        List<String> seen = List.of();
        while (System.currentTimeMillis() < deadline) {
            seen = Quads.lines(out, "live-errors");
            if (seen.stream().anyMatch(line -> line.startsWith(start))) return;
            Thread.sleep(500);
        }
        fail("after " + PATIENCE_MILLIS / 1000 + " s the errors hold " + seen + ", no line starting " + start);
    }

    /** Waits until the N-Quads written so far hold a graph for each of these article ids. */
    private static void awaitGraphs(Path out, Set<String> ids) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        Set<String> seen = Set.of();
        while (System.currentTimeMillis() < deadline) {
            seen = Quads.shards(out, "live").keySet().stream()
                    .map(iri -> iri.substring(iri.lastIndexOf('/') + 1)).collect(Collectors.toSet());
            if (seen.containsAll(ids)) return;
            Thread.sleep(500);
        }
        fail("after " + PATIENCE_MILLIS / 1000 + " s the output holds " + seen + ", not all of " + ids);
    }
}
