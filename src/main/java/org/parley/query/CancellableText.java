package org.parley.query;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string that a regular expression reads through, and that stops the match once the query is
 * cancelled. Java's backtracking matcher can spend hours on one string (a pattern such as
 * {@code (.*a){8}b}) without returning to the query engine, which checks for cancellation only
 * between rows; the matcher does call {@link #charAt} at every step, so the check goes there.
 */
final class CancellableText implements CharSequence {
    /** Reading the flag is cheap, but not free: look every few thousand characters. */
    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final AtomicBoolean cancelled;
    private int untilCheck = CHECK_EVERY;

    CancellableText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if (--untilCheck <= 0) {
            untilCheck = CHECK_EVERY;
            if (cancelled.get()) throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override public int length() { return text.length(); }
    @Override public CharSequence subSequence(int start, int end) { return new CancellableText(text.substring(start, end), cancelled); }
    @Override public String toString() { return text; }
}
