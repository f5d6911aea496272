package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Article;
import org.parley.ingest.ArticleSources;
import org.parley.ingest.InputCount;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphBuilder;
import org.parley.resolve.IriMinter;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;

/**
 * A folder of 20,000 tiny articles goes through the real read stage and the real store, holding a
 * few files open at a time (one article is read at a time, and each file is closed once read),
 * with progress counted against the number of files as it goes.
 */
class ManySmallFilesTest {
    private static final int FILES = 20_000;
    /** Over the descriptors open before the run: the store's files, the reader's current file, slack. */
    private static final int MAX_EXTRA_DESCRIPTORS = 64;
    private static final Path OPEN_FILES = Path.of("/proc/self/fd");

    @TempDir
    Path tmp;

    /** The fixture's extraction, without the NLP: the read and store stages are what this test is about. */
    private final Function<Article, ArticleGraph> extraction = a -> new ArticleGraphBuilder(new IriMinter())
            .build(DiplomacyFixture.extraction(a));

    @Test
    void twentyThousandTinyFilesAreStoredWithAFewFilesOpenAndProgressShown() throws Exception {
        assumeTrue(Files.isDirectory(OPEN_FILES), "no /proc/self/fd to count open files with");
        Path folder = Files.createDirectories(tmp.resolve("articles"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(folder.resolve(String.format("report-%05d.txt", i)), DiplomacyFixture.TEXT, StandardCharsets.UTF_8);
        }
        OptionalLong total = InputCount.articles(List.of(folder.toString()));
        assertEquals(OptionalLong.of(FILES), total);

        int before = openFiles();
        AtomicInteger mostOpen = new AtomicInteger(before);
        List<String> progressLines = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        IngestCounters counters = new IngestCounters();
        try (ParleyStore store = ParleyStore.open(tmp.resolve("store"));
             ProgressPrinter progress = new ProgressPrinter(counters, new PrintWriter(new StringWriter()), false, total)) {
            Thread watcher = new Thread(() -> {
                while (running.get()) {
                    mostOpen.accumulateAndGet(openFiles(), Math::max);
                    progressLines.add(progress.line());
                    sleep(50);
                }
            });
            watcher.start();
            IngestReport report;
            try {
                report = new IngestJob(store, extraction, new IngestOptions(2, 5000, Duration.ofMinutes(1), false),
                        counters, progress::error).run(new ArticleSources().read(List.of(folder.toString())));
            } finally {
                running.set(false);
                watcher.join();
            }
            assertEquals(FILES, report.stored(), report.summary());
            assertEquals(0, report.failed(), report.summary());
        }
        assertTrue(mostOpen.get() - before <= MAX_EXTRA_DESCRIPTORS,
                "open file descriptors rose from " + before + " to " + mostOpen.get());
        Set<Long> midway = new TreeSet<>();
        for (String line : progressLines) {
            assertTrue(line.matches("\\d+/" + FILES + " done .*"), line);
            long done = Long.parseLong(line.substring(0, line.indexOf('/')));
            if (done > 0 && done < FILES) midway.add(done);
        }
        assertTrue(midway.size() >= 3, "counts seen midway: " + midway);
    }

    private static int openFiles() {
        try (Stream<Path> fds = Files.list(OPEN_FILES)) {
            return (int) fds.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
