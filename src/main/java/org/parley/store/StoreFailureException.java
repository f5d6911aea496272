package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The store failed mid-run (disk full, remote store down): the batch in hand is not stored,
 * every batch committed before it is. Re-running the same ingest stores the rest.
 */
public final class StoreFailureException extends StoreUnavailableException {
    /*
     * TDB2 writes its indexes through memory-mapped files, extended 8 MB at a time. When the file
     * system has no block for a page written there, the kernel signals SIGBUS and the JVM throws
     * InternalError ("a fault occurred in an unsafe memory access operation"), which names
     * neither the file nor the cause. With less free space than one such step, the cause is that.
     */
    private static final long MAPPED_GROWTH_STEP = 8L << 20;

    public StoreFailureException(String what, Throwable cause) {
        super(what + ": " + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
    }

    private StoreFailureException(String message, Throwable cause, boolean whole) {
        super(message, cause);
    }

    /**
     * What went wrong writing the files of the store in {@code dir}, in the user's terms when the
     * file system is full: "store DIR: no space left on its device".
     */
    static RuntimeException writing(Path dir, Throwable failure) {
        long free = usableSpace(dir);
        boolean mappedFault = failure instanceof InternalError;
        if (mentionsNoSpace(failure) || (mappedFault && free >= 0 && free < MAPPED_GROWTH_STEP)) {
            return new StoreFailureException("store " + dir + ": no space left on its device (" + size(free) + " free);"
                    + " what was stored before stays stored: free some space and run the same command again", failure, true);
        }
        if (failure instanceof RuntimeException r && !mappedFault) return r;
        return new StoreFailureException("store " + dir + ": could not write its files (" + failure + ")", failure, true);
    }

    private static boolean mentionsNoSpace(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) return true;
        }
        return false;
    }

    private static long usableSpace(Path dir) {
        try {
            return Files.getFileStore(dir).getUsableSpace();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static String size(long bytes) {
        if (bytes < 0) return "unknown";
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
