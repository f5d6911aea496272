package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelMapTest {

    @Test
    void resultsComeInInputOrderWhateverTheWorkersTake() {
        List<Integer> out = new ArrayList<>();
        try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(4, 8)) {
            map.run(IntStream.range(0, 200).boxed().iterator(), i -> {
                sleep(ThreadLocalRandom.current().nextInt(3));
                return i * 10;
            }, out::add, () -> false);
        }
        assertEquals(IntStream.range(0, 200).map(i -> i * 10).boxed().toList(), out);
    }

    @Test
    void readsNoFurtherAheadThanTheWindow() {
        AtomicInteger read = new AtomicInteger();
        AtomicInteger consumed = new AtomicInteger();
        AtomicInteger maxAhead = new AtomicInteger();
        Iterator<Integer> inputs = new Iterator<>() {
            @Override public boolean hasNext() { return read.get() < 1000; }
            @Override public Integer next() {
                maxAhead.accumulateAndGet(read.incrementAndGet() - consumed.get(), Math::max);
                return read.get();
            }
        };
        try (OrderedParallelMap<Integer, Integer> map = new OrderedParallelMap<>(2, 8)) {
            map.run(inputs, i -> i, i -> consumed.incrementAndGet(), () -> false);
        }
        assertEquals(1000, consumed.get());
        assertTrue(maxAhead.get() <= 8, "items read ahead of the consumer: " + maxAhead.get());
    }

    private static void sleep(int ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
