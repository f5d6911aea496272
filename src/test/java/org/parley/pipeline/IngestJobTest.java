package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterators;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.ingest.ReadResult;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.rdf.ShapeViolationException;
import org.parley.store.GraphSink;
import org.parley.store.ParleyStore;
import org.parley.store.StoreFailureException;
import org.parley.testkit.DiplomacyFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestJobTest {
    @TempDir
    Path tmp;

    private ParleyStore store;
    private final AtomicInteger extracted = new AtomicInteger();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Function<Article, ArticleGraph> fixturePipeline = a -> {
        extracted.incrementAndGet();
        return DiplomacyFixture.graph(a);
    };

    @BeforeEach
    void open() {
        store = ParleyStore.open(tmp.resolve("store"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static Stream<ReadResult> articles(int n) {
        return IntStream.range(0, n).mapToObj(i -> DiplomacyFixture.article("a" + i))
                .map(a -> new ReadResult.Read(a.source(), a));
    }

    private IngestReport ingest(Stream<ReadResult> inputs, boolean force) {
        return new IngestJob(store, fixturePipeline, new IngestOptions(3, 4, Duration.ofSeconds(5), force), errors::add).run(inputs);
    }

    @Test
    void storesEveryArticleAndCountsItsRelationsAndActors() {
        IngestReport report = ingest(articles(10), false);

        assertEquals(10, report.stored());
        assertEquals(0, report.failed());
        assertEquals(10L, report.relations().get(RelationType.WARNS));
        assertEquals(5, report.actors(), "Pakistan, United States, Türkiye, Ishaq Dar, Ali Khamenei");
        assertEquals(10, countOf(DIP.Article));
        assertTrue(report.summary().startsWith("10 articles stored, 0 unchanged (skipped), 0 failed; relations: invites 10,"),
                report.summary());
    }

    @Test
    void ingestingTheSameArticlesTwiceLeavesTheStoreUnchangedAndExtractsNothing() {
        ingest(articles(6), false);
        long triples = store.tripleCount();
        extracted.set(0);

        IngestReport second = ingest(articles(6), false);

        assertEquals(0, extracted.get(), "unchanged articles must not be extracted again");
        assertEquals(6, second.unchanged());
        assertEquals(0, second.stored());
        assertEquals(triples, store.tripleCount());
    }

    @Test
    void forceExtractsAgainAndStillLeavesTheTripleCountUnchanged() {
        ingest(articles(3), false);
        long triples = store.tripleCount();
        extracted.set(0);

        IngestReport again = ingest(articles(3), true);

        assertEquals(3, extracted.get());
        assertEquals(3, again.stored());
        assertEquals(triples, store.tripleCount());
    }

    @Test
    void aChangedArticleReplacesItsGraph() {
        Article original = DiplomacyFixture.article("changing");
        ingest(Stream.of(new ReadResult.Read("changing.txt", original)), false);
        assertEquals(1, countOf(DIP.Warning));

        Article edited = new Article("changing", DiplomacyFixture.TEXT.replace(DiplomacyFixture.WARN, "No warning was given."),
                null, null, "changing.txt");
        IngestReport report = ingest(Stream.of(new ReadResult.Read("changing.txt", edited)), false);

        assertEquals(1, report.stored());
        assertEquals(0, countOf(DIP.Warning), "the old warning must be gone with the old graph");
        assertEquals(1, countOf(DIP.Invitation));
        assertEquals(1, countOf(DIP.Article));
    }

    @Test
    void unreadableInputsAndShapeViolationsGetOneErrorLineEachAndTheRunGoesOn() {
        Function<Article, ArticleGraph> pipeline = a -> {
            if (a.id().equals("bad")) throw new ShapeViolationException("bad", List.of("dip:confidence must be at most 1"));
            return DiplomacyFixture.graph(a);
        };
        Stream<ReadResult> inputs = Stream.of(
                new ReadResult.Read("good-1.txt", DiplomacyFixture.article("good-1")),
                new ReadResult.Failed("missing.txt", "no such file or directory"),
                new ReadResult.Read("bad.txt", DiplomacyFixture.article("bad")),
                new ReadResult.Read("good-2.txt", DiplomacyFixture.article("good-2")));

        IngestReport report = new IngestJob(store, pipeline, new IngestOptions(2, 10, Duration.ofSeconds(5), false), errors::add)
                .run(inputs);

        assertEquals(2, report.stored());
        assertEquals(2, report.failed());
        assertEquals(List.of("missing.txt: no such file or directory",
                "bad.txt: graph of article bad violates the shapes: dip:confidence must be at most 1"), errors);
        assertEquals(2, countOf(DIP.Article));
    }

    @Test
    void commitsInBatchesOfTheGivenSize() {
        List<Integer> batches = new CopyOnWriteArrayList<>();
        GraphSink counting = new GraphSink() {
            @Override public void write(Collection<ArticleGraph> batch) { batches.add(batch.size()); store.write(batch); }
            @Override public Optional<String> storedHash(String iri) { return store.storedHash(iri); }
            @Override public void close() {}
        };

        new IngestJob(counting, fixturePipeline, new IngestOptions(2, 4, Duration.ofMinutes(1), false), errors::add)
                .run(articles(10));

        assertEquals(List.of(4, 4, 2), batches);
    }

    @Test
    void aSinkThatStoresEachArticleOnItsOwnIsHandedEachArticleAsSoonAsItIsExtracted() {
        RecordingSink perArticle = new RecordingSink() {
            @Override public boolean storesBatchesWhole() { return false; }
        };

        IngestReport report = new IngestJob(perArticle, fixturePipeline, new IngestOptions(2, 4, Duration.ofMinutes(1), false), errors::add)
                .run(articles(10));

        assertEquals(10, report.stored());
        assertEquals(Collections.nCopies(10, 1), perArticle.batches);
    }

    /** A sink that stores in the test's store and records each batch's size and the thread that wrote it. */
    private class RecordingSink implements GraphSink {
        final List<Integer> batches = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();
        final CountDownLatch firstCommit = new CountDownLatch(1);

        @Override public void write(Collection<ArticleGraph> batch) {
            batches.add(batch.size());
            threads.add(Thread.currentThread().getName());
            store.write(batch);
            firstCommit.countDown();
        }
        @Override public Optional<String> storedHash(String iri) { return store.storedHash(iri); }
        @Override public void close() {}
    }

    /**
     * One thread is one core of work: one article at a time is extracted (on a thread the time
     * budget watches, which it can abandon, while the calling thread waits) and the calling thread
     * commits each batch in turn.
     */
    @Test
    void oneThreadExtractsOneArticleAtATimeAndCommitsOnTheCallingThread() {
        RecordingSink sink = new RecordingSink();
        AtomicInteger extracting = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        IngestReport report = new IngestJob(sink, a -> {
            mostAtOnce.accumulateAndGet(extracting.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5); // long enough for a second extraction to overlap, were one running
                return DiplomacyFixture.graph(a);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                extracting.decrementAndGet();
            }
        }, new IngestOptions(1, 4, Duration.ofMinutes(1), false), errors::add).run(articles(10));

        String caller = Thread.currentThread().getName();
        assertEquals(10, report.stored());
        assertEquals(List.of(4, 4, 2), sink.batches);
        assertEquals(1, mostAtOnce.get(), "one article extracted at a time");
        assertEquals(List.of(caller), sink.threads.stream().distinct().toList(), "commits on the calling thread");
        assertEquals(10, countOf(DIP.Article));
    }

    @Test
    void aPartBatchIsCommittedWhenItsWindowEndsWhileTheInputWaitsOnOneThread() throws Exception {
        assertPartBatchCommittedWhileTheInputWaits(1);
    }

    @Test
    void aPartBatchIsCommittedWhenItsWindowEndsWhileTheInputWaitsOnTwoThreads() throws Exception {
        assertPartBatchCommittedWhileTheInputWaits(2);
    }

    /** Two articles come, then the input waits (as a slow stdin does) until something is committed. */
    private void assertPartBatchCommittedWhileTheInputWaits(int threads) throws Exception {
        RecordingSink sink = new RecordingSink();
        AtomicInteger released = new AtomicInteger(-1);
        Iterator<ReadResult> first = articles(2).iterator();
        Iterator<ReadResult> slow = new Iterator<>() {
            private boolean thirdGiven;
            @Override public boolean hasNext() {
                if (first.hasNext()) return true;
                if (thirdGiven) return false;
                if (released.get() < 0) {
                    try {
                        released.set(sink.firstCommit.await(20, TimeUnit.SECONDS) ? 1 : 0);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return true;
            }
            @Override public ReadResult next() {
                if (first.hasNext()) return first.next();
                thirdGiven = true;
                Article a = DiplomacyFixture.article("late");
                return new ReadResult.Read(a.source(), a);
            }
        };
        Stream<ReadResult> inputs = StreamSupport.stream(Spliterators.spliteratorUnknownSize(slow, 0), false);

        IngestReport report = new IngestJob(sink, fixturePipeline,
                new IngestOptions(threads, 100, Duration.ofMillis(300), false), errors::add).run(inputs);

        assertEquals(1, released.get(), "the window committed the first two while the input waited");
        assertEquals(List.of(2, 1), sink.batches);
        assertEquals(3, report.stored());
    }

    /** A store that fails every batch at its commit, as a full disk would. */
    private static final GraphSink DISK_FULL = new GraphSink() {
        @Override public void write(Collection<ArticleGraph> batch) { throw new IllegalStateException("disk full"); }
        @Override public Optional<String> storedHash(String iri) { return Optional.empty(); }
        @Override public void close() {}
    };

    @Test
    void aStoreThatFailsStopsASingleThreadedRunWithAStoreFailure() {
        IngestJob job = new IngestJob(DISK_FULL, fixturePipeline, new IngestOptions(1, 2, Duration.ofMinutes(1), false), errors::add);

        StoreFailureException e = assertThrows(StoreFailureException.class, () -> job.run(articles(20)));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals(2, extracted.get(), "the run stops at the first failed batch");
    }

    @Test
    void aBatchThatFailsPartWayStoresNoneOfItsArticles() {
        AtomicInteger adds = new AtomicInteger();
        GraphSink failsAtTheSixthGraph = new GraphSink() {
            @Override public Batch startBatch() {
                Batch batch = store.startBatch();
                return new Batch() {
                    @Override public void add(ArticleGraph g) {
                        if (adds.incrementAndGet() == 6) throw new IllegalStateException("disk full");
                        batch.add(g);
                    }
                    @Override public void commit() { batch.commit(); }
                    @Override public void abort() { batch.abort(); }
                };
            }
            @Override public void write(Collection<ArticleGraph> batch) { throw new AssertionError("graphs are added one by one"); }
            @Override public Optional<String> storedHash(String iri) { return store.storedHash(iri); }
            @Override public void close() {}
        };
        IngestJob job = new IngestJob(failsAtTheSixthGraph, fixturePipeline, new IngestOptions(1, 2, Duration.ofMinutes(1), false), errors::add);

        StoreFailureException e = assertThrows(StoreFailureException.class, () -> job.run(articles(10)));

        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        assertEquals(4, countOf(DIP.Article), "two whole batches; the fifth article went with the failed third");
    }

    @Test
    void aGraphIsNotHeldInMemoryWhileItsBatchIsOpen() throws InterruptedException {
        BatchWriter writer = new BatchWriter(store, 100, Duration.ofMinutes(1), censuses -> {});
        ArticleGraph graph = DiplomacyFixture.graph(DiplomacyFixture.article("written-at-once"));
        String iri = graph.graphIri();
        java.lang.ref.WeakReference<ArticleGraph> added = new java.lang.ref.WeakReference<>(graph);
        writer.add(graph);
        graph = null;

        for (int i = 0; i < 20 && added.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }

        assertTrue(added.get() == null, "the open batch let go of the graph it was given");
        writer.close();
        assertTrue(store.storedHash(iri).isPresent());
    }

    @Test
    void stopEndsReadingButCommitsTheArticlesInFlight() {
        IngestJob[] job = new IngestJob[1];
        AtomicInteger seen = new AtomicInteger();
        job[0] = new IngestJob(store, a -> {
            if (seen.incrementAndGet() == 3) job[0].stop();
            return DiplomacyFixture.graph(a);
        }, new IngestOptions(1, 100, Duration.ofMinutes(1), false), errors::add);

        IngestReport report = job[0].run(articles(50));

        assertTrue(report.interrupted());
        assertTrue(report.stored() >= 3 && report.stored() < 50, "stored " + report.stored());
        assertEquals(report.stored(), countOf(DIP.Article), "everything reported is committed");
        assertEquals(report.stored(), countOf(DIP.Warning), "each stored article is whole");
        assertTrue(report.summary().startsWith("interrupted: "));
    }

    @Test
    void aStoreThatFailsStopsTheRunWithAStoreFailure() {
        IngestJob job = new IngestJob(DISK_FULL, fixturePipeline, new IngestOptions(2, 2, Duration.ofMinutes(1), false), errors::add);

        StoreFailureException e = assertThrows(StoreFailureException.class, () -> job.run(articles(20)));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
    }

    /**
     * A write through a memory-mapped file on a full disk faults, and the JVM throws InternalError,
     * an Error that slipped past the writer thread: it died unseen, and the extraction threads went
     * on (or blocked on its full queue) until killed. Now the run stops with a store failure.
     */
    @Test
    void aWriterStoppedByAnErrorStopsTheRunInsteadOfLeavingItRunning() {
        GraphSink faults = new GraphSink() {
            @Override public Batch startBatch() {
                return new Batch() {
                    @Override public void add(ArticleGraph g) {
                        throw new InternalError("a fault occurred in an unsafe memory access operation");
                    }
                    @Override public void commit() {}
                    @Override public void abort() {}
                };
            }
            @Override public void write(Collection<ArticleGraph> batch) { throw new AssertionError("graphs are added one by one"); }
            @Override public Optional<String> storedHash(String iri) { return Optional.empty(); }
            @Override public void close() {}
        };
        IngestJob job = new IngestJob(faults, fixturePipeline, new IngestOptions(2, 50, Duration.ofMinutes(1), false), errors::add);

        StoreFailureException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(StoreFailureException.class, () -> job.run(articles(2000))));
        assertTrue(e.getMessage().contains("unsafe memory access"), e.getMessage());
        assertTrue(extracted.get() < 1000, "the run stopped soon after the failure, not after " + extracted.get() + " articles");
    }

    @Test
    void progressCountsArticlesAsTheyAreExtractedLongBeforeTheirBatchCommits() {
        IngestCounters counters = new IngestCounters();
        StringWriter sink = new StringWriter();
        List<String> lines = new CopyOnWriteArrayList<>();
        try (ProgressPrinter progress = new ProgressPrinter(counters, new PrintWriter(sink), false, OptionalLong.of(20))) {
            IngestJob job = new IngestJob(store, a -> {
                if (extracted.incrementAndGet() == 11) lines.add(progress.line());
                return DiplomacyFixture.graph(a);
            }, new IngestOptions(1, 100, Duration.ofMinutes(1), false), counters, errors::add);
            job.run(articles(20));
            lines.add(progress.line());
        }
        assertTrue(lines.get(0).startsWith("10/20 done (") && lines.get(0).endsWith("): 10 extracted, 0 stored, 0 unchanged, 0 errors"),
                lines.get(0));
        assertTrue(lines.get(1).endsWith("): 20 extracted, 20 stored, 0 unchanged, 0 errors"), lines.get(1));
    }
    private long countOf(Resource cls) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> (long) ds.getUnionModel().listSubjectsWithProperty(RDF.type, cls).toList().size());
    }
}
