package org.parley.store;

import org.apache.jena.tdb2.DatabaseMgr;

/**
 * TDB2 compaction: writes a fresh generation of the store holding only live data and deletes the
 * old one. A store that grew through many small commits shrinks to about what a bulk load makes.
 */
public final class StoreCompactor {
    private StoreCompactor() {}

    /** The store's size before and after, both measured the same way. */
    public record Result(DiskUsage.Size before, DiskUsage.Size after) {}

    public static Result compact(ParleyStore store) {
        DiskUsage.Size before = DiskUsage.of(store.dir());
        DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
        return new Result(before, DiskUsage.of(store.dir()));
    }
}
