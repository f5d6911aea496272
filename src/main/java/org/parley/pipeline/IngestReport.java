package org.parley.pipeline;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.extract.RelationType;

/**
 * How an ingest ended.
 *
 * @param stored      articles whose graphs were committed
 * @param unchanged   articles skipped because the store already holds the same content
 * @param failed      inputs that could not be read, extracted or validated
 * @param relations   relations stored, by type
 * @param actors      distinct actors mentioned by the stored articles
 * @param elapsed     wall-clock time of the run
 * @param interrupted whether the run was stopped before the end of its input
 */
public record IngestReport(long stored, long unchanged, long failed, Map<RelationType, Long> relations,
                           long actors, Duration elapsed, boolean interrupted) {

    /** The one summary line every ingest prints. */
    public String summary() {
        String rel = relations.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", "));
        String line = String.format(Locale.ROOT,
                "%s stored, %d unchanged (skipped), %d failed; relations: %s; actors: %d; %.1f s",
                stored == 1 ? "1 article" : stored + " articles", unchanged, failed, rel, actors, elapsed.toMillis() / 1000.0);
        return interrupted
                ? "interrupted: " + line + " (everything listed is committed; run the same command again to continue)"
                : line;
    }
}
