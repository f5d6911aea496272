package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Compacts a store that an ingest's commits have grown past twice what its data takes, when the
 * {@link CompactionSchedule} says so. Runs on the writer's thread between batches: TDB2 lets
 * readers go on during a compaction and holds writers until it is done.
 */
final class GrowthCompaction {
    private final Path dir;
    private final Path files;
    private final CompactionSchedule schedule;
    private final Consumer<String> notices;
    /** Off after a compaction failed: the data is committed, and the run should not retry it at every commit. */
    private boolean on = true;

    /**
     * @param dir   the store as the user named it, for messages
     * @param files the folder of its files
     */
    GrowthCompaction(Path dir, Path files, CompactionSchedule schedule, Consumer<String> notices) {
        this.dir = dir;
        this.files = files;
        this.schedule = schedule;
        this.notices = notices;
    }

    /**
     * After a commit that added {@code quads} (fewer when negative): compacts the store if it is due.
     * Needs {@code du} to tell the disk use of TDB2's sparse files; without it (Windows) the store is
     * left as it is.
     *
     * @param store        the store's dataset, which releasing pages replaces
     * @param releasePages lets go of the old files' mapped pages, after a compaction
     * @return whether the store was compacted
     */
    boolean afterCommit(long quads, Supplier<Dataset> store, Runnable releasePages) {
        Dataset dataset = store.get();
        schedule.added(quads);
        if (!on) return false;
        Long before = DiskUsage.du(files);
        if (before == null || !schedule.large(before)) return false;
        try {
            if (!schedule.counted()) schedule.count(quadCount(dataset));
            if (!schedule.due(before, nodeDataBytes(dataset))) return false;
            notices.accept("compacting store " + dir + ": " + DiskUsage.megabytes(before) + " on disk for about "
                    + DiskUsage.megabytes(schedule.estimate(nodeDataBytes(dataset))) + " of data, as small batches leave"
                    + " copies behind (readers go on; storing waits)");
            DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        } catch (RuntimeException e) {
            // What was committed stays committed; a store too large beats a failed ingest.
            on = false;
            notices.accept("could not compact store " + dir + " (" + e.getMessage() + "); storing goes on without"
                    + " compacting, and 'parley compact' can do it later");
            return false;
        }
        releasePages.run();
        Long after = DiskUsage.du(files);
        if (after != null) {
            schedule.compacted(after, nodeDataBytes(store.get()));
            notices.accept("compacted store " + dir + ": " + DiskUsage.megabytes(before) + " before, "
                    + DiskUsage.megabytes(after) + " after");
        }
        return true;
    }

    /** The quads of every graph, counted in one index without reading a term. */
    private static long quadCount(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph());
            return tdb.getQuadTable().getNodeTupleTable().getTupleTable().size()
                    + tdb.getTripleTable().getNodeTupleTable().getTupleTable().size();
        });
    }

    /** The size of the node table's data file, where each distinct term is written once. */
    private static long nodeDataBytes(Dataset dataset) {
        Location current = Txn.calculateRead(dataset, () -> TDBInternal.getDatasetGraphTDB(dataset.asDatasetGraph()).getLocation());
        try {
            return Files.size(Path.of(current.getDirectoryPath(), "nodes-data.obj"));
        } catch (IOException e) {
            return 0;
        }
    }
}
