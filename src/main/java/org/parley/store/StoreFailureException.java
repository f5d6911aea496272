package org.parley.store;

/**
 * The store failed mid-run (disk full, remote store down): the batch in hand is not stored,
 * every batch committed before it is. Re-running the same ingest stores the rest.
 */
public final class StoreFailureException extends StoreUnavailableException {
    public StoreFailureException(String what, Throwable cause) {
        super(what + ": " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
    }
}
