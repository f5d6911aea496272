package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store that cannot write its files says which store and why, in the user's words (the real disk is in DiskFullTest). */
class StoreFailureMessageTest {
    @TempDir
    Path dir;

    @Test
    void anIoErrorOfAFullDiskNamesTheStoreAndNoSpaceLeft() {
        RuntimeException e = StoreFailureException.writing(dir, new RuntimeException("write failed",
                new UncheckedIOException(new IOException("No space left on device"))));
        assertTrue(e instanceof StoreFailureException, e.toString());
        assertTrue(e.getMessage().startsWith("store " + dir + ": no space left on its device ("), e.getMessage());
        assertTrue(e.getMessage().endsWith("free some space and run the same command again"), e.getMessage());
    }

    @Test
    void aFaultOfAMappedFileWithSpaceLeftIsNotCalledAFullDisk() {
        // the temporary folder has more than one 8 MB growth step free, so the fault has another cause
        RuntimeException e = StoreFailureException.writing(dir, new InternalError("a fault occurred in an unsafe memory access operation"));
        assertEquals("store " + dir + ": could not write its files (java.lang.InternalError: a fault occurred in an unsafe"
                + " memory access operation)", e.getMessage());
    }

    @Test
    void otherFailuresPassUnchanged() {
        IllegalStateException bug = new IllegalStateException("not a disk problem");
        assertSame(bug, StoreFailureException.writing(dir, bug));
    }
}
