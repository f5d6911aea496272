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

    /**
     * Refuses a target that must not be written: an existing one unless {@code overwrite}, and
     * whatever exists there and is not a regular file, {@code --force} or not. A device such as
     * {@code /dev/null}, a pipe or a socket would otherwise be replaced by a regular file (the
     * temporary file is moved onto its name), or an export meant for a file would vanish into it.
     *
     * @throws OutputExistsException      the target exists and {@code overwrite} is false
     * @throws NotARegularFileException   the target exists and is a device, pipe, socket or directory
     */
    public static void checkTarget(Path target, boolean overwrite) throws IOException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) throw new NotARegularFileException(target);
        if (!overwrite && Files.exists(absolute, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new OutputExistsException(target);
    }

    public static void produce(Path target, boolean overwrite, Producer producer) throws IOException {
        Path absolute = target.toAbsolutePath();
        checkTarget(target, overwrite);
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

    /** The target exists and is no regular file: never replaced, whatever the caller says. */
    public static final class NotARegularFileException extends IOException {
        public NotARegularFileException(Path target) {
            super(target + " is not a regular file (" + kind(target) + "); export writes only regular files"
                    + " (leave out -o to write to standard output)");
        }

        private static String kind(Path target) {
            if (Files.isDirectory(target)) return "a directory";
            try {
                Object type = Files.getAttribute(target, "unix:mode");
                int format = ((Integer) type) & 0170000;
                return switch (format) {
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0010000 -> "a named pipe";
                    case 0140000 -> "a socket";
                    default -> "a special file";
                };
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
                return "a special file";
            }
        }
    }

    /** The target exists and overwriting was not asked for. */
    public static final class OutputExistsException extends IOException {
        public OutputExistsException(Path target) {
            super(target + " already exists; pass --force to overwrite it");
        }
    }
}
