package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.dboe.base.block.FileMode;
import org.apache.jena.dboe.sys.SystemIndex;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.dboe.base.file.Location;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.rdf.OntologyResources;
import org.parley.resolve.Identities;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The embedded TDB2 store: one named graph per article, the ontology and gazetteer in a graph of
 * their own, and the union of all graphs as the default graph that queries see.
 */
public final class ParleyStore implements GraphSink {
    public static final Path DEFAULT_DIR = Path.of("parley-data");

    /** The store's folder as the user named it. */
    private final Path dir;
    /** The folder whose files are open: {@link #dir}, or a private copy of it when it is read-only here. */
    private final Path files;
    /** Set for a store opened to read: it never begins a write transaction. */
    private final boolean readOnly;
    private final StoreSnapshot snapshot;
    /** Replaced when the store reconnects to release its mapped pages; see {@link #releaseMappedPagesIfDue()}. */
    private volatile Dataset dataset;
    /** Held to read while writes go on, and taken whole to reconnect, so no reader sees a closed store. */
    private final ReadWriteLock connection = new ReentrantReadWriteLock();
    private long releaseAfterGrowth = RELEASE_AFTER_GROWTH;
    private long bytesAtLastRelease;
    private volatile RuntimeException reconnectFailure;
    private Function<Path, Dataset> connector = ParleyStore::connect;
    /** Told, in a line each, about long work the store does (summarizing, compacting). */
    private final Consumer<String> notices;
    private GrowthCompaction compaction;
    /** The article graphs summarized when the store was opened (it had no current summary), or -1. */
    private long summarizedOnOpen = -1;

    private ParleyStore(Path dir, Path files, boolean readOnly, StoreSnapshot snapshot, Consumer<String> notices) {
        this.dir = dir;
        this.files = files;
        this.readOnly = readOnly;
        this.snapshot = snapshot;
        this.notices = notices;
        this.compaction = new GrowthCompaction(dir, files, new CompactionSchedule(), notices);
        this.dataset = connect(files);
        this.bytesAtLastRelease = readOnly ? 0 : DiskUsage.fileSizes(files);
    }

    /** Opens (creating if needed) the store in {@code dir}; see {@link #open(Path, Consumer)}. */
    public static ParleyStore open(Path dir) {
        return open(dir, notice -> {});
    }

    /**
     * Opens (creating if needed) the store in {@code dir} to write it, installs the ontology graph if
     * it changed, and builds the summary graph if the store has none of this version (a store
     * bulk-loaded from {@code parley extract}, or written by an older parley).
     *
     * @param notices told, in a line each, about long work done on opening
     */
    public static ParleyStore open(Path dir, Consumer<String> notices) {
        applyFileMode();
        if (StoreFiles.isStore(dir) && !StoreFiles.writable(dir)) throw new StoreReadOnlyException(dir);
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create store directory " + dir, e);
        }
        ParleyStore store = new ParleyStore(dir, dir, false, null, notices);
        try {
            store.installOntology();
            store.summarizeIfNeeded(notices);
        } catch (RuntimeException | InternalError e) {
            RuntimeException failure = StoreFailureException.writing(dir, e);
            try {
                store.close();
            } catch (RuntimeException second) {
                failure.addSuppressed(second);
            }
            throw failure;
        }
        return store;
    }

    /**
     * Opens the store in {@code dir} to write it, as {@link #open(Path, Consumer)} does, but only if
     * there is one: for commands that maintain a store and have no business creating an empty one.
     *
     * @throws NoStoreException when {@code dir} holds no store
     */
    public static ParleyStore openExisting(Path dir, Consumer<String> notices) {
        applyFileMode(); // a bad -Dparley.store.fileMode is told first, whatever the path holds
        if (!StoreFiles.isStore(dir)) throw new NoStoreException(dir);
        return open(dir, notices);
    }

    /**
     * Opens the store in {@code dir} to read it. Nothing is written: no write transaction begins, so
     * the store's files stay as they were (but for TDB2's lock file, which records the process that
     * opened it). A store this process may not write is read from a private copy (see
     * {@link StoreSnapshot}). A store whose ontology or summary graph is not this version's is read
     * as it is, with a notice of how to bring it up to date.
     *
     * @throws NoStoreException when {@code dir} holds no store
     */
    public static ParleyStore openToRead(Path dir, Consumer<String> notices) {
        applyFileMode();
        if (!StoreFiles.isStore(dir)) throw new NoStoreException(dir);
        if (StoreFiles.writable(dir)) return openedToRead(dir, dir, null, notices);
        StoreSnapshot snapshot = StoreSnapshot.of(dir);
        notices.accept("store " + dir + " is read-only here and TDB2 opens a store's files for writing, so this reads"
                + " a private copy of it (deleted when done)");
        return openedToRead(dir, snapshot.dir(), snapshot, notices);
    }

    private static ParleyStore openedToRead(Path dir, Path files, StoreSnapshot snapshot, Consumer<String> notices) {
        ParleyStore store;
        try {
            store = new ParleyStore(dir, files, true, snapshot, notices);
        } catch (RuntimeException e) {
            if (snapshot != null) snapshot.close();
            throw e;
        }
        try {
            store.noticeWhatIsOutOfDate(notices);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    private static Dataset connect(Path dir) {
        Dataset ds;
        try {
            ds = DatasetFactory.wrap(DatabaseMgr.connectDatasetGraph(Location.create(dir.toString()), storeParams()));
        } catch (RuntimeException | InternalError e) {
            if (isLockFailure(e)) throw new StoreInUseException(dir, lockHolder(dir), e);
            throw StoreFailureException.writing(dir, e);
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    /*
     * In mapped mode (TDB2's default on 64-bit JVMs) every page of the store files that a commit
     * touches stays resident in this process for as long as the file is mapped, and Java unmaps a
     * file only when the garbage collector frees its MappedByteBuffer (there is no unmap call,
     * JDK-4724038). Without intervention an ingest's RSS grew by what it wrote: 550 MB more for
     * 10,000 articles, 1,174 MB more for 20,000. So after a commit that leaves the files grown by
     * this much since the last time, the store closes its connection, which lets the collector
     * free the old mappings, and connects again: resident store pages stay about one batch's worth.
     * A reconnect costs about 0.2-0.3 s (a full collection and reopening the files), once every
     * few thousand articles. If it fails, the batch just committed stays committed and the next
     * use of the store reports why.
     */
    static final long RELEASE_AFTER_GROWTH = 64L << 20;

    /** For tests: release mapped pages after less growth than {@link #RELEASE_AFTER_GROWTH}. */
    void releaseAfterGrowth(long bytes) { this.releaseAfterGrowth = bytes; }

    /** For tests: how the store connects again after releasing its mapped pages. */
    void reconnectWith(Function<Path, Dataset> connector) { this.connector = connector; }

    private void releaseMappedPagesIfDue() {
        releaseMappedPages(false);
    }

    /** @param now release even without growth: after a compaction, the old files' pages */
    private void releaseMappedPages(boolean now) {
        if (SystemIndex.fileMode() != FileMode.mapped) return;
        long bytes = DiskUsage.fileSizes(files);
        if (!now && bytes - bytesAtLastRelease < releaseAfterGrowth) return;
        connection.writeLock().lock();
        try {
            // Closing drops TDB2's MappedByteBuffers, and expel runs the collection that frees them.
            disconnect(dataset);
            dataset = connector.apply(files);
            bytesAtLastRelease = bytes;
        } catch (RuntimeException e) {
            reconnectFailure = e;
        } finally {
            connection.writeLock().unlock();
        }
    }

    /** For tests: compact stores smaller than {@link CompactionSchedule#SMALLEST}. */
    void compactAbove(long bytes) { this.compaction = new GrowthCompaction(dir, files, new CompactionSchedule(bytes), notices); }

    private void requireWritable() {
        if (readOnly) throw new IllegalStateException("the store " + dir + " was opened to read, not to write");
    }

    private void requireConnected() {
        if (reconnectFailure != null)
            throw new IllegalStateException("the store " + dir + " could not be reopened after its last commit", reconnectFailure);
    }

    /** System property choosing how TDB2 reaches its index files: {@code mapped} (default) or {@code direct}. */
    public static final String FILE_MODE_PROPERTY = "parley.store.fileMode";

    /*
     * TDB2 on a 64-bit JVM maps its index files into memory, so the pages of the store a run
     * touches count as resident until they are unmapped (see RELEASE_AFTER_GROWTH). In direct mode
     * TDB2 reads and writes 8 KB blocks with file I/O into caches on the heap, bounding memory by
     * the heap limit. It is not the default because it costs time: the store stage on 10,000 articles
     * took 58.6 CPU s direct against 32.5 CPU s mapped (read/write system calls and TDB2's block
     * caches), which would take it below half of tdb2.tdbloader's throughput (issue 6).
     *
     * TDB2 5.6 takes the mode for its B+tree files from the process-wide SystemIndex setting only
     * (StoreParams' file mode is recorded in tdb.cfg but not applied to them), fixed by the first
     * store opened in the JVM, and its direct-mode caches are fixed at up to 12,000 blocks (96 MB)
     * per file. Both modes read and write the same files, so a store opens in either.
     */
    private static boolean fileModeApplied;

    /** Applies {@link #FILE_MODE_PROPERTY} before the first store of this JVM opens. */
    private static synchronized void applyFileMode() {
        if (fileModeApplied) return;
        FileMode mode = fileModeNamed(System.getProperty(FILE_MODE_PROPERTY, "mapped"));
        // Mapped is TDB2's own choice on 64-bit JVMs: leave it alone, so the default changes nothing.
        if (mode == FileMode.direct) SystemIndex.setFileMode(mode); // logs a warning if TDB2 had chosen already
        fileModeApplied = true;
    }

    static FileMode fileModeNamed(String name) {
        return switch (name.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "mapped" -> FileMode.mapped;
            case "direct" -> FileMode.direct;
            default -> throw new IllegalArgumentException(
                    "-D" + FILE_MODE_PROPERTY + " must be 'mapped' or 'direct', was '" + name + "'");
        };
    }

    /*
     * TDB2's node caches: by default 200,000 node-to-id and 1,000,000 id-to-node entries, enough to
     * hold every node of a 10,000-article store, article texts included, so the heap grew with the
     * store and a fixed heap limit (see the launcher) would run out on a large corpus. 100,000
     * each still holds the actors, predicates and classes that recur across articles.
     * These are "dynamic" parameters: they apply whenever a store is opened and new stores record
     * them in tdb.cfg (where other tools override them with their own).
     */
    static final int NODE_TO_ID_CACHE = 100_000;
    static final int ID_TO_NODE_CACHE = 100_000;

    static StoreParams storeParams() {
        return StoreParams.builder("parley")
                .node2NodeIdCacheSize(NODE_TO_ID_CACHE)
                .nodeId2NodeCacheSize(ID_TO_NODE_CACHE)
                .build();
    }

    public Path dir() { return dir; }

    /** The TDB2 dataset, for query engines and servers that run their own transactions. */
    public Dataset dataset() { return dataset; }

    private boolean ontologyIsCurrent() {
        String hash = OntologyResources.ontologyGraphHash();
        return Txn.calculateRead(dataset, () -> hashOf(DIP.ONTOLOGY_GRAPH)).filter(hash::equals).isPresent();
    }

    private void installOntology() {
        if (ontologyIsCurrent()) return;
        Model ontology = OntologyResources.ontologyGraph();
        String hash = OntologyResources.ontologyGraphHash();
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(DIP.ONTOLOGY_GRAPH);
            Model g = dataset.getNamedModel(DIP.ONTOLOGY_GRAPH);
            g.add(ontology);
            g.add(g.createResource(DIP.ONTOLOGY_GRAPH), DIP.contentHash, hash);
        });
    }

    private boolean summaryIsCurrent() {
        return Txn.calculateRead(dataset, () -> SummaryGraph.isCurrent(dataset.asDatasetGraph()));
    }

    private void summarizeIfNeeded(Consumer<String> notices) {
        if (summaryIsCurrent()) return;
        long graphs = summarize(notices);
        summarizedOnOpen = graphs;
        if (graphs > 0) notices.accept("summarized " + graphs + " article graphs in " + dir);
    }

    /**
     * Builds the summary graph afresh unless opening the store just did (a bulk-loaded store, or
     * one of an older parley): see {@link #summarize(Consumer)}.
     */
    public long summarizeUnlessJustDone(Consumer<String> progress) {
        return summarizedOnOpen >= 0 ? summarizedOnOpen : summarize(progress);
    }

    /** Says what a writing command would bring up to date, for a store opened to read. */
    private void noticeWhatIsOutOfDate(Consumer<String> notices) {
        String fix = "; 'parley summarize --store " + dir + "' brings it up to date (this command only reads the store)";
        if (!summaryIsCurrent()) {
            notices.accept("store " + dir + " has no summary graph of this version of parley, which the named queries"
                    + " read, so they may answer incompletely" + fix);
        } else if (!ontologyIsCurrent()) {
            notices.accept("store " + dir + " holds the ontology and gazetteer of another version of parley" + fix);
        }
    }

    /**
     * Builds the summary graph afresh from the article graphs, in one transaction: for a store whose
     * article graphs were changed by other tools (a Graph Store PUT, a SPARQL update).
     *
     * @param progress told the count so far, every 1,000 article graphs
     * @return the number of article graphs summarized
     */
    public long summarize(Consumer<String> progress) {
        requireWritable();
        return Txn.calculateWrite(dataset, () -> SummaryGraph.rebuild(dataset.asDatasetGraph(),
                n -> progress.accept("summarizing the store's article graphs: " + n + " so far")));
    }

    /** A copy of one stored article's graph, if the store has it. */
    public Optional<ArticleGraph> articleGraph(String graphIri) {
        return Txn.calculateRead(dataset, () -> {
            if (!dataset.containsNamedModel(graphIri)) return Optional.<ArticleGraph>empty();
            Model copy = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(dataset.getNamedModel(graphIri));
            return Optional.of(new ArticleGraph(graphIri, hashOf(graphIri).orElse(null), copy));
        });
    }

    /** The identities the store has resolved across its articles (its identity graph). */
    public Identities identities() {
        return Txn.calculateRead(dataset, () -> IdentityGraph.read(dataset.asDatasetGraph()));
    }

    /** The content hash stored with an article graph, if the store has that graph. */
    @Override
    public Optional<String> storedHash(String graphIri) {
        connection.readLock().lock();
        try {
            requireConnected();
            return Txn.calculateRead(dataset, () -> hashOf(graphIri));
        } finally {
            connection.readLock().unlock();
        }
    }

    private Optional<String> hashOf(String graphIri) {
        if (!dataset.containsNamedModel(graphIri)) return Optional.empty();
        Model g = dataset.getNamedModel(graphIri);
        Resource subject = g.getResource(graphIri);
        Statement s = subject.getProperty(DIP.contentHash);
        return s == null ? Optional.empty() : Optional.of(s.getString());
    }

    /**
     * Stores a batch of article graphs in one transaction, each replacing any earlier graph of the
     * same article, and updates the summary graph to match: all of the batch lands or none of it.
     */
    @Override
    public void write(Collection<ArticleGraph> graphs) {
        if (graphs.isEmpty()) return;
        Batch batch = startBatch();
        try {
            graphs.forEach(batch::add);
        } catch (RuntimeException e) {
            batch.abort();
            throw e;
        }
        batch.commit();
    }

    /**
     * Opens a write transaction on the calling thread: each graph added goes into it at once, and
     * the summary graph is updated at the commit. Readers on other threads see the store as it was
     * before the batch until then.
     */
    @Override
    public Batch startBatch() {
        requireWritable();
        requireConnected();
        return new TransactionBatch(dataset);
    }

    /** A batch written into an open TDB2 write transaction as its graphs come. */
    private final class TransactionBatch implements Batch {
        private final Dataset ds;
        private final SummaryDelta delta = new SummaryDelta();
        /** The identities the stored summary was built under. */
        private Identities before;
        /** Quads the batch adds to the article graphs, less those of the graphs it replaces. */
        private long quads;
        private boolean open;

        TransactionBatch(Dataset ds) {
            this.ds = ds;
            ds.begin(ReadWrite.WRITE);
            open = true;
            try {
                before = IdentityGraph.read(ds.asDatasetGraph());
            } catch (RuntimeException e) {
                abort();
                throw e;
            }
        }

        @Override
        public void add(ArticleGraph g) {
            requireOpen();
            try {
                remove(g.graphIri());
                FormerArticleGraph.of(g, this::stored).ifPresent(former -> remove(former.iri()));
                ds.addNamedModel(g.graphIri(), g.model());
            } catch (RuntimeException | InternalError e) {
                throw StoreFailureException.writing(dir, e);
            }
            quads += g.model().size();
            delta.add(g.model().getGraph(), before);
        }

        /**
         * Resolves identities again over the whole store as the batch leaves it, and summarizes again
         * every article, stored before or in this batch, that mentions an actor now shown differently.
         */
        private void resolveIdentities() {
            DatasetGraph dsg = ds.asDatasetGraph();
            Identities after = IdentityGraph.resolve(dsg);
            if (after.equals(before)) return;
            for (Node g : IdentityGraph.articlesMentioning(dsg, after.changedFrom(before))) {
                delta.remove(dsg.getGraph(g), before);
                delta.add(dsg.getGraph(g), after);
            }
            IdentityGraph.write(dsg, after);
        }

        private Optional<org.apache.jena.graph.Graph> stored(String iri) {
            return ds.containsNamedModel(iri) ? Optional.of(ds.getNamedModel(iri).getGraph()) : Optional.empty();
        }

        private void remove(String iri) {
            if (!ds.containsNamedModel(iri)) return;
            org.apache.jena.graph.Graph old = ds.getNamedModel(iri).getGraph();
            delta.remove(old, before);
            quads -= old.size();
            ds.removeNamedModel(iri);
        }

        @Override
        public void commit() {
            requireOpen();
            try {
                resolveIdentities();
                SummaryGraph.apply(ds.asDatasetGraph(), delta);
                ds.commit();
            } catch (RuntimeException | InternalError e) {
                RuntimeException failure = StoreFailureException.writing(dir, e);
                try {
                    ds.abort();
                } catch (RuntimeException | InternalError second) {
                    failure.addSuppressed(second);
                }
                throw failure;
            } finally {
                ds.end();
                open = false;
            }
            if (compaction.afterCommit(quads, () -> dataset, () -> releaseMappedPages(true))) return;
            releaseMappedPagesIfDue();
        }

        @Override
        public void abort() {
            if (!open) return;
            try {
                ds.abort();
            } finally {
                ds.end();
                open = false;
            }
        }

        private void requireOpen() {
            if (!open) throw new IllegalStateException("this batch was already committed or aborted");
        }
    }

    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = dataset.asDatasetGraph().getDefaultGraph().size();
            var it = dataset.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) n += dataset.asDatasetGraph().getGraph(it.next()).size();
            return n;
        });
    }

    @Override
    public void close() {
        try {
            if (reconnectFailure == null) disconnect(dataset); // else it was closed when the failure happened
        } finally {
            if (snapshot != null) snapshot.close();
        }
    }

    /** Closes the dataset and has TDB2 drop its connection, releasing the files and the lock. */
    private static void disconnect(Dataset ds) {
        ds.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
    }

    /**
     * TDB2 (DBOE's ProcessFileLock) reports a lock held by another process as "Failed to get a lock:
     * ... held by process PID" (or "failed to get the holder's process id"), and one held in this
     * JVM as {@code AlreadyLocked}. Anything else, such as a damaged file or a lock file that
     * cannot be written on a full disk ("Failed to get a lock" with an I/O error beneath), is not
     * "in use" and must not be reported as such.
     */
    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked) return true;
            String m = String.valueOf(t.getMessage());
            if (m.contains("Failed to get a lock") && (m.contains("held by process") || m.contains("holder's process id"))) return true;
        }
        return false;
    }

    private static String lockHolder(Path dir) {
        try {
            Path lock = dir.resolve("tdb.lock");
            if (Files.exists(lock)) return "process " + Files.readString(lock).trim();
        } catch (java.io.IOException ignored) {
            // the message stays useful without the pid
        }
        return null;
    }
}
