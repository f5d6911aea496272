package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskUsageTest {
    private static final long EIGHT_MB = 8L * 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void aSparseFileCountsItsBlocksNotItsLengthWhereDuExists() throws Exception {
        // As TDB2 does: an 8 MB file with one block written.
        try (RandomAccessFile f = new RandomAccessFile(tmp.resolve("GSPO.dat").toFile(), "rw")) {
            f.setLength(EIGHT_MB);
            f.write(new byte[8192]);
        }
        assumeTrue(DiskUsage.du(tmp) != null, "no du on this system");
        DiskUsage.Size size = DiskUsage.of(tmp);
        assertEquals(DiskUsage.Kind.DISK_USE, size.kind());
        assertTrue(size.bytes() >= 8192 && size.bytes() < EIGHT_MB / 2, "disk use " + size.bytes());
        assertEquals(EIGHT_MB, DiskUsage.fileSizes(tmp));
    }

    @Test
    void writtenDataCountsInFull() throws Exception {
        Files.write(tmp.resolve("nodes.dat"), new byte[1024 * 1024]);
        Files.createDirectories(tmp.resolve("Data-0001"));
        Files.write(tmp.resolve("Data-0001").resolve("GPU.dat"), new byte[512 * 1024]);
        assertTrue(DiskUsage.of(tmp).bytes() >= 1536 * 1024, "disk use " + DiskUsage.of(tmp).bytes());
        assertEquals(1536 * 1024, DiskUsage.fileSizes(tmp));
    }
}
