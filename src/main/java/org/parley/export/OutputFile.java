package org.parley.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target, which
 * is then moved into place, so a failure leaves neither a half-written file nor a damaged old one.
 * An existing file is replaced only when the caller says so.
 */
public final class OutputFile {
    /** Fills the temporary file it is given. */
    @FunctionalInterface
    public interface Producer {
        void fill(Path temporary) throws IOException;
    }

    /** Produces the bytes of the file. */
    @FunctionalInterface
    public interface StreamProducer {
        void write(OutputStream out) throws IOException;
    }

    private OutputFile() {}

    public static void write(Path target, boolean overwrite, StreamProducer content) throws IOException {
        produce(target, overwrite, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                content.write(out);
            }
        });
    }

    public static void produce(Path target, boolean overwrite, Producer producer) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (!overwrite && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new OutputExistsException(target);
        if (Files.isDirectory(absolute)) throw new IOException(target + " is a directory");
        Path dir = absolute.getParent();
        if (!Files.isDirectory(dir)) throw new IOException("cannot write " + target + ": directory " + dir + " does not exist");
        Path tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
        try {
            producer.fill(tmp);
            readableByOthers(tmp);
            if (overwrite) {
                try {
                    Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } else {
                // without REPLACE_EXISTING the move fails if the file appeared meanwhile, so nothing is lost
                try {
                    Files.move(tmp, absolute);
                } catch (FileAlreadyExistsException e) {
                    throw new OutputExistsException(target);
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A temp file is created private (rw-------); the finished export is a document for other
     * tools and people, so it gets the usual rw-r--r--.
     */
    private static void readableByOthers(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // other file systems keep their own defaults
        }
    }

    /** The target exists and overwriting was not asked for. */
    public static final class OutputExistsException extends IOException {
        public OutputExistsException(Path target) {
            super(target + " already exists; pass --force to overwrite it");
        }
    }
}
