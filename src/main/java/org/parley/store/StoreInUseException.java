package org.parley.store;

import java.nio.file.Path;

/** Another process holds the TDB2 store; TDB2 allows one process per store. */
public final class StoreInUseException extends StoreUnavailableException {
    public StoreInUseException(Path dir, String holder, Throwable cause) {
        super("store " + dir + " is in use by another process" + (holder == null ? "" : " (" + holder + ")")
                + "; stop it, or send to it over HTTP with --endpoint (see 'parley serve --update')", cause);
    }
}
