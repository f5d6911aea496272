package org.parley.store;

/**
 * The store cannot be used, or stopped working mid-run: in use by another process, read-only, out
 * of space. What was committed before stays committed. Commands exit with status 3 on it.
 */
public abstract class StoreUnavailableException extends RuntimeException {
    protected StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
