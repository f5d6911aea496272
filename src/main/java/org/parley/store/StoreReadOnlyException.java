package org.parley.store;

import java.nio.file.Path;

/** A command that writes was pointed at a store this process may not write (a read-only mount, another user's files). */
public final class StoreReadOnlyException extends StoreUnavailableException {
    public StoreReadOnlyException(Path dir) {
        super("store " + dir + " is read-only here, so it can be read (query, stats, export, serve) but not written", null);
    }
}
