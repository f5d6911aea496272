package org.parley.store;

/**
 * When an ingest compacts the store it writes. TDB2's B+trees copy every block a transaction
 * changes to the end of their file and free nothing until compaction, so each commit leaves
 * behind copies of the leaves it touched: the recurring facts (an actor's type and label, a state
 * as a relation's target) sit in leaves that every batch touches again. The store therefore grows
 * with the number of commits, not only with the data: 10,000 articles made 570 MB in batches of
 * 2,500 and 2.1 GB in batches of 250, where a compacted store holds them in 400 MB; small batches
 * (a low {@code --batch}, or batches cut short by the 60 s window while extraction is slow) made a
 * 37 MB JSON Lines file into a 14 GB store. So after a commit that leaves the store more than
 * {@link #MAX_GROWTH} times the size its data would take compacted, the store is compacted in
 * place; readers go on meanwhile, and the next batch waits.
 *
 * <p>The compacted size is estimated, not measured, as measuring means compacting: each quad is an
 * entry of 32 bytes in each of the six quad indexes, whose leaves a compaction leaves a little over
 * half full (about 58 bytes an entry, so {@value #FIRST_BYTES_PER_QUAD} bytes a quad in all), and each
 * distinct term is stored once in the node table's data file, which only grows with new terms and
 * so is live as it stands. Each compaction measures what the store's quads take and the estimate
 * follows that from then on. The quads are counted once, at the first check (one pass over one
 * index, while extraction goes on), and followed commit by commit after that.
 */
final class CompactionSchedule {
    /** How much larger than compacted a store may grow before it is compacted. */
    static final double MAX_GROWTH = 2.0;
    /** Below this a store is left alone: compacting it would save little and cost a pause. */
    static final long SMALLEST = 64L << 20;
    static final double FIRST_BYTES_PER_QUAD = 6 * 58;

    private final long smallest;
    private double bytesPerQuad = FIRST_BYTES_PER_QUAD;
    /** The quads the store holds, or -1 until counted. */
    private long quads = -1;

    CompactionSchedule() {
        this(SMALLEST);
    }

    /** @param smallest the size below which a store is left alone (tests use small stores) */
    CompactionSchedule(long smallest) {
        this.smallest = smallest;
    }

    /** Whether a store this size may be due at all: below {@link #SMALLEST} none is. */
    boolean large(long diskUse) {
        return diskUse >= smallest;
    }

    /** What the store's data would take compacted, given its node table's data file. */
    long estimate(long nodeDataBytes) {
        return (long) (quads * bytesPerQuad) + nodeDataBytes;
    }

    /** Whether the quads have been counted yet; until then {@link #due} needs a count. */
    boolean counted() {
        return quads >= 0;
    }

    void count(long quads) {
        this.quads = quads;
    }

    /** A commit added (or, when negative, took away) this many quads. */
    void added(long delta) {
        if (quads >= 0) quads = Math.max(0, quads + delta);
    }

    /** Whether a store taking {@code diskUse} bytes is due for compaction. Needs {@link #counted()}. */
    boolean due(long diskUse, long nodeDataBytes) {
        return large(diskUse) && diskUse > MAX_GROWTH * estimate(nodeDataBytes);
    }

    /** After a compaction: what the quads take compacted, measured. */
    void compacted(long diskUse, long nodeDataBytes) {
        if (quads > 0 && diskUse > nodeDataBytes) bytesPerQuad = (double) (diskUse - nodeDataBytes) / quads;
    }
}
