package org.parley.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private copy of a store this process may not write (a read-only mount, another user's files),
 * for commands that only read. TDB2 cannot open a store without write access: it opens every file
 * for writing and records its process id in the lock file, even for a read transaction. So such a
 * store is read from a copy in the temporary folder, deleted again when the store is closed.
 *
 * <p>The copy is taken under a shared lock on the store's lock file, which a process that has the
 * store open holds exclusively: so the copy is never taken while another process writes, and no
 * TDB2 process can open the store until the copy is done. TDB2 grows its files in sparse steps of
 * 8 MB, so the copy leaves blocks of zeros unwritten and stays as small on disk as the original.
 */
final class StoreSnapshot implements AutoCloseable {
    private static final int BLOCK = 64 * 1024;
    private final Path dir;

    private StoreSnapshot(Path dir) {
        this.dir = dir;
    }

    /** The folder holding the copy. */
    Path dir() { return dir; }

    /**
     * Copies the store in {@code store} to a new temporary folder.
     *
     * @throws StoreInUseException when another process has the store open
     * @throws UncheckedIOException when the copy cannot be made (no space in the temporary folder)
     */
    static StoreSnapshot of(Path store) {
        Path copy;
        try {
            copy = Files.createTempDirectory("parley-read-only-store-");
        } catch (IOException e) {
            throw new UncheckedIOException(failure(store, e), e);
        }
        try (FileChannel lock = openLock(store); FileLock shared = lock == null ? null : tryShared(lock, store)) {
            copyTree(store, copy);
            return new StoreSnapshot(copy);
        } catch (IOException e) {
            delete(copy);
            throw new UncheckedIOException(failure(store, e), e);
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private static String failure(Path store, IOException e) {
        return "store " + store + " is read-only here and TDB2 needs write access to open a store, so parley reads"
                + " a copy of it in " + System.getProperty("java.io.tmpdir") + ", but copying it failed: " + e.getMessage()
                + " (copy the store somewhere writable, or set another temporary folder with"
                + " PARLEY_JAVA_OPTS=-Djava.io.tmpdir=DIR)";
    }

    private static FileChannel openLock(Path store) throws IOException {
        try {
            return FileChannel.open(store.resolve(StoreFiles.LOCK_FILE), StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return null; // no process has opened the store since it was copied here
        }
    }

    private static FileLock tryShared(FileChannel lock, Path store) throws IOException {
        FileLock shared;
        try {
            shared = lock.tryLock(0, Long.MAX_VALUE, true);
        } catch (OverlappingFileLockException e) {
            shared = null; // this JVM has the store open itself
        }
        if (shared == null) throw new StoreInUseException(store, holder(lock), null);
        return shared;
    }

    private static String holder(FileChannel lock) throws IOException {
        ByteBuffer pid = ByteBuffer.allocate(32);
        lock.read(pid, 0);
        String text = new String(pid.array(), 0, pid.position(), java.nio.charset.StandardCharsets.US_ASCII).trim();
        return text.matches("\\d+") ? "process " + text : null;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> entries;
        try (Stream<Path> all = Files.walk(from)) {
            entries = all.toList();
        }
        for (Path source : entries) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else if (Files.isRegularFile(source) && !source.getFileName().toString().equals(StoreFiles.LOCK_FILE)) {
                copySparse(source, target);
            }
        }
    }

    /** Copies a file, leaving blocks of zeros as holes. */
    static void copySparse(Path source, Path target) throws IOException {
        ByteBuffer block = ByteBuffer.allocateDirect(BLOCK);
        try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
             RandomAccessFile out = new RandomAccessFile(target.toFile(), "rw")) {
            FileChannel channel = out.getChannel();
            long size = in.size();
            long position = 0;
            while (position < size) {
                block.clear();
                int read = in.read(block, position);
                if (read <= 0) break;
                block.flip();
                if (!allZero(block)) {
                    long at = position;
                    while (block.hasRemaining()) at += channel.write(block, at);
                }
                position += read;
            }
            out.setLength(size);
        }
    }

    private static boolean allZero(ByteBuffer block) {
        int i = block.position();
        for (; i + Long.BYTES <= block.limit(); i += Long.BYTES) {
            if (block.getLong(i) != 0) return false;
        }
        for (; i < block.limit(); i++) {
            if (block.get(i) != 0) return false;
        }
        return true;
    }

    /** Deletes the copy. */
    @Override
    public void close() {
        delete(dir);
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is no reason to fail a command that has done its work
        }
    }
}
