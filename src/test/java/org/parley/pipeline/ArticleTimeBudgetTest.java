package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.ingest.Article;
import org.parley.ingest.ReadResult;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.GraphOutputFormat;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;

/**
 * Every article has a time budget: one that overruns it is one error line, and the run goes on with
 * the others, whatever the slow stage does with the interrupt it gets: whether it computes (and is
 * stopped by the processor time it uses) or waits (and is stopped by the clock).
 */
class ArticleTimeBudgetTest {
    /** Ample for the fixture's article, which takes milliseconds of processor time once its classes are loaded. */
    private static final Duration BUDGET = Duration.ofSeconds(1);
    /** Generous: the run must end soon after the budgets, not after the stuck articles. */
    private static final Duration RUN_LIMIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void loadTheFixture() {
        DiplomacyFixture.graph(DiplomacyFixture.article("warm-up")); // loading the shapes is not an article's time
    }

    @AfterEach
    void releaseStuckStages() {
        release.countDown();
    }

    /**
     * Articles whose id starts with "spin" compute for ever, and those starting with "wait" wait for
     * ever, both deaf to interrupts, as a runaway regex or a parser gone quadratic would be.
     */
    private final Function<Article, ArticleGraph> stuckOnSome = a -> {
        if (a.id().startsWith("spin")) spinUntilReleased();
        if (a.id().startsWith("wait")) waitUntilReleased();
        return DiplomacyFixture.graph(a);
    };

    private void spinUntilReleased() {
        long x = 0;
        while (release.getCount() > 0) x += System.nanoTime() % 7;
        throw new IllegalStateException("released at the end of the test " + x);
    }

    private void waitUntilReleased() {
        while (release.getCount() > 0) {
            try {
                release.await();
            } catch (InterruptedException ignored) {
                // deliberately deaf to the interrupt
            }
        }
        throw new IllegalStateException("released at the end of the test");
    }

    private static Stream<ReadResult> inputs(String... ids) {
        return Stream.of(ids).map(DiplomacyFixture::article).map(a -> new ReadResult.Read(a.id() + ".txt", a));
    }

    @ParameterizedTest(name = "--threads {0}")
    @ValueSource(ints = {1, 2})
    void anIngestReportsAnArticleOverItsBudgetAndStoresTheRest(int threads) {
        try (ParleyStore store = ParleyStore.open(tmp.resolve("store"))) {
            IngestReport report = assertTimeoutPreemptively(RUN_LIMIT, () -> new IngestJob(store, stuckOnSome,
                    new IngestOptions(threads, 100, Duration.ofMinutes(1), false, BUDGET), errors::add)
                    .run(inputs("a1", "spin1", "a2", "wait1", "spin2", "a3")));
            assertEquals(3, report.stored());
            assertEquals(3, report.failed());
            assertEquals(List.of("spin1.txt: extraction exceeded its time budget of 1 s",
                    "wait1.txt: extraction exceeded its time budget of 1 s",
                    "spin2.txt: extraction exceeded its time budget of 1 s"), errors);
        }
    }

    @Test
    void anExtractReportsAnArticleOverItsBudgetAndWritesTheRestInOrder() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExtractJob.Result result = assertTimeoutPreemptively(RUN_LIMIT, () -> new ExtractJob(stuckOnSome, 2, BUDGET, errors::add)
                .run(inputs("a1", "spin1", "a2"), GraphOutputFormat.parse("nq").writer(out)));
        assertEquals(new ExtractJob.Result(2, 1), result);
        assertEquals(List.of("spin1.txt: extraction exceeded its time budget of 1 s"), errors);
        String nquads = out.toString(StandardCharsets.UTF_8);
        assertTrue(nquads.indexOf("/article/a1>") < nquads.indexOf("/article/a2>"), "input order kept");
    }

    @Test
    void theOverrunningStageIsInterruptedSoThatOneThatListensStops() throws InterruptedException {
        CountDownLatch interrupted = new CountDownLatch(1);
        Function<Article, ArticleGraph> sleepy = a -> {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            throw new IllegalStateException("woken");
        };
        try (ArticleTimeBudget budget = new ArticleTimeBudget(sleepy, BUDGET)) {
            ArticleTimeBudget.Exceeded e = org.junit.jupiter.api.Assertions.assertThrows(ArticleTimeBudget.Exceeded.class,
                    () -> budget.apply(DiplomacyFixture.article("sleepy")));
            assertEquals("extraction exceeded its time budget of 1 s", e.getMessage());
        }
        assertTrue(interrupted.await(10, TimeUnit.SECONDS), "the stage's thread was interrupted");
    }

    /**
     * Off the processor for twice the budget, as an article is on a machine busy with other work,
     * yet using little processor time: within budget.
     */
    @Test
    void timeOffTheProcessorDoesNotCountAgainstTheBudget() {
        Function<Article, ArticleGraph> offTheProcessor = a -> {
            try {
                Thread.sleep(2 * BUDGET.toMillis());
            } catch (InterruptedException e) {
                throw new IllegalStateException("interrupted", e);
            }
            return DiplomacyFixture.graph(a);
        };
        try (ArticleTimeBudget budget = new ArticleTimeBudget(offTheProcessor, BUDGET)) {
            assertTrue(budget.apply(DiplomacyFixture.article("busy-machine")).model().size() > 0);
        }
    }

    @Test
    void budgetsReadInWholeSecondsWhenTheyAreWhole() {
        assertEquals("300", ArticleTimeBudget.seconds(ArticleTimeBudget.DEFAULT));
        assertEquals("1.5", ArticleTimeBudget.seconds(Duration.ofMillis(1500)));
        assertEquals("0.001", ArticleTimeBudget.seconds(Duration.ofMillis(1)));
    }
}
