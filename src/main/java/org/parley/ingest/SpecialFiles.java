package org.parley.ingest;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;

/**
 * Says why a path that is neither a regular file nor a directory is not read: a named pipe would
 * block the run until some other process wrote to it (forever, if none does), a device may never
 * end, and a symbolic link may lead nowhere or round in a circle.
 */
final class SpecialFiles {
    /** Linux follows at most 40 links in resolving one path (MAXSYMLINKS). */
    private static final int MAX_LINKS = 40;
    private static final int TYPE_BITS = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {}

    /** Why an existing path that is not a regular file or a directory is skipped. */
    static String notRegular(Path path) {
        return "not a regular file (" + kind(path) + "); skipped, as reading it could block or never end"
                + " (to read a stream, pipe it to standard input and name the input -)";
    }

    /** Why a symbolic link whose target cannot be reached is skipped: it loops, or its target is gone. */
    static String unreachableLink(Path link) {
        Set<Path> seen = new HashSet<>();
        Path p = link.toAbsolutePath().normalize();
        for (int hops = 0; hops <= MAX_LINKS; hops++) {
            if (!seen.add(p)) return "symbolic link loop (its links lead round in a circle)";
            try {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attrs.isSymbolicLink()) return "broken symbolic link (its target cannot be reached)";
                Path target = Files.readSymbolicLink(p);
                Path parent = p.getParent();
                p = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            } catch (NoSuchFileException e) {
                return "broken symbolic link (its target does not exist)";
            } catch (FileSystemException e) {
                // A directory on the way is itself a link in a loop (ELOOP): nothing else fails here with a path.
                return looping(e) ? "symbolic link loop (its links lead round in a circle)" : "broken symbolic link: " + IoProblems.describe(e);
            } catch (IOException e) {
                return "broken symbolic link: " + IoProblems.describe(e);
            }
        }
        return "symbolic link loop (more than " + MAX_LINKS + " links in a row)";
    }

    private static boolean looping(FileSystemException e) {
        return e.getReason() != null && e.getReason().contains("symbolic links");
    }

    private static String kind(Path path) {
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer m) {
                switch (m & TYPE_BITS) {
                    case FIFO: return "a named pipe";
                    case CHARACTER_DEVICE: return "a character device";
                    case BLOCK_DEVICE: return "a block device";
                    case SOCKET: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // not a Unix file system: say no more than the portable attributes tell
        }
        return "a special file";
    }
}
