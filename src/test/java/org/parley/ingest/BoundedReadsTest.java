package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BoundedReadsTest {
    @Test
    void aStreamWithNoEndIsRefusedOnceItPassesTheLimit() {
        InputProblem p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(InputProblem.class,
                () -> BoundedReads.readAtMost(new EndlessInput('a'), 1024 * 1024, "the test")));
        assertEquals("too large: over the 1 MB limit for the test", p.problem());
    }

    @Test
    void aStreamExactlyAtTheLimitIsRead() throws Exception {
        byte[] data = new byte[1000];
        assertArrayEquals(data, BoundedReads.readAtMost(new ByteArrayInputStream(data), 1000, "the test"));
    }
}
