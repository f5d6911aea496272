package org.parley.ingest;

import java.io.Closeable;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The results of a file read a record at a time (JSON Lines, CSV): each step reads one record and
 * makes it an article or a failure, or nothing (a blank line). The stream is closed at its end, or
 * by {@link #close()} when the reader is abandoned early.
 */
abstract class RecordResults implements Iterator<ReadResult>, Closeable {
    private ReadResult next;
    private boolean done;

    /** Reads on: the next result, or null when this step gave none (a blank line, the end). */
    protected abstract ReadResult advance();

    /** Closes the stream being read. */
    protected abstract void closeStream();

    @Override
    public final boolean hasNext() {
        while (next == null && !done) next = advance();
        return next != null;
    }

    @Override
    public final ReadResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        ReadResult r = next;
        next = null;
        return r;
    }

    /** Ends the reading: no more results, and the stream is closed. */
    @Override
    public final void close() {
        done = true;
        closeStream();
    }
}
