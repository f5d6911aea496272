package org.parley.pipeline;

import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads an iterator a few items ahead on a thread that does nothing else, so that its consumer can
 * wait for the next item with a time limit: a single-threaded ingest still commits a part batch
 * when its window ends while the input (stdin, say) is slow to deliver.
 */
final class Prefetch<T> implements AutoCloseable {
    private static final Object END = new Object();
    private static final long CLOSE_WAIT_MILLIS = 1000;

    private record Failure(RuntimeException e) {}

    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean closed;
    private Object head;

    Prefetch(Iterator<T> source, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(() -> fill(source), "parley-reader");
        thread.setDaemon(true); // it may be blocked reading stdin when the run ends
        thread.start();
    }

    /** Waits up to {@code nanos} for the next item or the end of the input; false if neither came. */
    boolean await(long nanos) {
        try {
            if (head == null) head = nanos == Long.MAX_VALUE ? queue.take() : queue.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for input", e);
        }
        return head != null;
    }

    /** After {@link #await} returned true: whether an item came (false: the input has ended). Rethrows a reading failure. */
    boolean hasItem() {
        if (head instanceof Failure f) throw f.e();
        return head != END;
    }

    /** The item {@link #hasItem} announced. */
    @SuppressWarnings("unchecked")
    T take() {
        T item = (T) head;
        head = null;
        return item;
    }

    /** Stops reading ahead; an item being read is dropped. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt(); // wakes it from a full queue
        try {
            // Let a file being read finish before the caller closes the input; a read blocked on
            // stdin is not waited for (the thread is a daemon).
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void fill(Iterator<T> source) {
        Object last = END;
        try {
            while (!closed && source.hasNext()) queue.put(source.next());
        } catch (InterruptedException e) {
            return; // closed
        } catch (RuntimeException e) {
            last = new Failure(e);
        }
        try {
            if (!closed) queue.put(last);
        } catch (InterruptedException e) {
            // closed: nobody waits for the end
        }
    }
}
