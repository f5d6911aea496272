package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * TDB2 compaction: writes a fresh generation of the store holding only live data and deletes the
 * old one. A store that grew through many small commits shrinks to about what a bulk load makes.
 */
public final class StoreCompactor {
    private StoreCompactor() {}

    /** Sizes in bytes before and after. */
    public record Result(long before, long after) {}

    public static Result compact(ParleyStore store) {
        long before = sizeOf(store.dir());
        DatabaseMgr.compact(store.dataset().asDatasetGraph(), true);
        return new Result(before, sizeOf(store.dir()));
    }

    static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // a file removed while we walk no longer counts
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }
}
