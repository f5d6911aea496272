package org.parley.pipeline;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.extract.RelationType;

/**
 * The live tally of an ingest, safe to read from a progress thread while the job runs. An article
 * counts as extracted as soon as its graph is made, and as stored only once its batch is committed,
 * which can be thousands of articles later.
 */
public final class IngestCounters {
    private final AtomicLong extracted = new AtomicLong();
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong unchanged = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Map<RelationType, Long> relations = new EnumMap<>(RelationType.class);
    private final Set<String> actors = new HashSet<>();

    public long extracted() { return extracted.get(); }
    public long stored() { return stored.get(); }
    public long unchanged() { return unchanged.get(); }
    public long failed() { return failed.get(); }

    /** Inputs the extraction is through with: extracted (stored or waiting for their batch), unchanged, or failed. */
    public long processed() { return extracted() + unchanged() + failed(); }

    /** Inputs fully dealt with: stored, skipped as unchanged, or failed. */
    public long done() { return stored() + unchanged() + failed(); }

    void extractedOne() { extracted.incrementAndGet(); }
    void unchangedOne() { unchanged.incrementAndGet(); }
    void failedOne() { failed.incrementAndGet(); }

    synchronized void committed(GraphCensus census) {
        census.relations().forEach((type, n) -> relations.merge(type, (long) n, Long::sum));
        actors.addAll(census.actors());
        stored.incrementAndGet();
    }

    synchronized Map<RelationType, Long> relations() {
        Map<RelationType, Long> out = new EnumMap<>(RelationType.class);
        for (RelationType t : RelationType.values()) out.put(t, relations.getOrDefault(t, 0L));
        return out;
    }

    synchronized long actors() { return actors.size(); }
}
