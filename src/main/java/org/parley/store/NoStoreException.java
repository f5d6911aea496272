package org.parley.store;

import java.nio.file.Path;

/** A command that reads or maintains a store was pointed at a path that holds none; it creates none. */
public final class NoStoreException extends RuntimeException {
    public NoStoreException(Path dir) {
        super("no store at " + dir + " (run 'parley ingest' first, or pass --store DIR)");
    }
}
