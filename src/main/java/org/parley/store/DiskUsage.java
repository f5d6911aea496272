package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How much disk a folder takes. TDB2 extends its index files in sparse 8 MB steps, so the file
 * sizes overstate the store, by over half for a small one. Java (17) has no portable way to read
 * the blocks a file has allocated (the "unix" attribute view has no st_blocks), so this asks
 * {@code du -sk}, which POSIX defines; where there is no {@code du} (Windows) it falls back to the
 * sum of the file sizes and says so.
 */
public final class DiskUsage {
    private static final long DU_TIMEOUT_SECONDS = 60;

    private DiskUsage() {}

    /** What a figure measures. */
    public enum Kind {
        /** blocks allocated on disk, as {@code du} counts them */
        DISK_USE("disk use"),
        /** the sum of the files' nominal sizes, sparse parts included */
        FILE_SIZES("file sizes, sparse parts included");

        private final String label;

        Kind(String label) { this.label = label; }

        public String label() { return label; }
    }

    /** A size in bytes and what it measures. */
    public record Size(long bytes, Kind kind) {}

    /** The disk use of {@code dir}, or the sum of its file sizes where {@code du} cannot tell. */
    public static Size of(Path dir) {
        Long used = du(dir);
        return used != null ? new Size(used, Kind.DISK_USE) : new Size(fileSizes(dir), Kind.FILE_SIZES);
    }

    /** Kilobytes in use by {@code du -sk}, in bytes; null when {@code du} is missing or fails. */
    static Long du(Path dir) {
        Process p;
        try {
            p = new ProcessBuilder("du", "-sk", dir.toAbsolutePath().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null; // no du on this system
        }
        try {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(DU_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) return null;
            String[] fields = out.trim().split("\\s+", 2);
            return Long.parseLong(fields[0]) * 1024;
        } catch (IOException | NumberFormatException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            p.destroy();
        }
    }

    /** A size for a message: "412.5 MB". */
    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    static long fileSizes(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file removed while we walk no longer counts
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + dir, e);
        }
    }
}
