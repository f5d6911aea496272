package org.parley.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Finds the article files under a path the user named, lazily: one directory is listed at a time
 * (its entries sorted by name, for a reproducible order), so the first article of a huge tree
 * comes out at once.
 *
 * <p>Symbolic links are followed, safely: a link back to a directory being walked is reported
 * once as a loop and not entered, and a directory reached a second time through another link is
 * not read twice. Hidden files and directories, files of other types, and gold annotation files
 * are passed over silently inside directories; a file named directly is always read. Named pipes,
 * devices and sockets are reported and never opened: opening a pipe blocks until someone writes.
 */
final class InputWalker implements Iterator<InputWalker.Found> {

    /** What the walk found: a file to read, or a problem with the input. */
    sealed interface Found {
        record File(Path path, InputFormat format) implements Found {}

        record Problem(ReadResult.Failed failed) implements Found {}
    }

    private record Frame(Iterator<Path> entries, Path realPath) {}

    private final Deque<Frame> stack = new ArrayDeque<>();
    /** Real paths of the directories being walked, to the name they were reached by. */
    private final Map<Path, Path> ancestors = new HashMap<>();
    private final Set<Path> visited = new HashSet<>();
    private Found next;
    private Path root;

    private InputWalker(Path root) {
        this.root = root;
    }

    static Iterator<Found> walk(String name) {
        return new InputWalker(Path.of(name));
    }

    @Override
    public boolean hasNext() {
        if (next == null) next = advance();
        return next != null;
    }

    @Override
    public Found next() {
        if (!hasNext()) throw new NoSuchElementException();
        Found f = next;
        next = null;
        return f;
    }

    private Found advance() {
        if (root != null) {
            Path named = root;
            root = null;
            Found found = start(named);
            if (found != null) return found;
        }
        while (!stack.isEmpty()) {
            Frame top = stack.peek();
            if (!top.entries().hasNext()) {
                ancestors.remove(stack.pop().realPath());
                continue;
            }
            Found found = visit(top.entries().next());
            if (found != null) return found;
        }
        return null;
    }

    private Found start(Path named) {
        if (Files.isDirectory(named)) return enter(named);
        if (Files.isRegularFile(named)) return new Found.File(named, InputFormat.ofNamedFile(fileName(named)));
        if (Files.exists(named)) return problem(named, SpecialFiles.notRegular(named));
        if (Files.isSymbolicLink(named)) return problem(named, SpecialFiles.unreachableLink(named));
        return problem(named, "no such file or directory");
    }

    private Found visit(Path entry) {
        String name = fileName(entry);
        if (name.startsWith(".")) return null;
        if (Files.isDirectory(entry)) return enter(entry);
        var format = InputFormat.ofFileName(name);
        if (format.isEmpty()) return null;
        if (Files.isRegularFile(entry)) return new Found.File(entry, format.get());
        if (Files.exists(entry)) return problem(entry, SpecialFiles.notRegular(entry));
        if (Files.isSymbolicLink(entry)) return problem(entry, SpecialFiles.unreachableLink(entry));
        return null; // gone since the directory was listed
    }

    /** Pushes a directory's sorted entries; a problem if it cannot be listed or loops back. */
    private Found enter(Path dir) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return problem(dir, IoProblems.describe(e));
        }
        Path ancestor = ancestors.get(real);
        if (ancestor != null) {
            return problem(dir, "symbolic link loop: leads back to " + PrintableName.of(ancestor.toString()) + ", which is not read again");
        }
        if (!visited.add(real)) return null;
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            for (Path p : listing) entries.add(p);
        } catch (IOException e) {
            return problem(dir, "cannot list directory: " + IoProblems.describe(e).replaceFirst("^cannot read: ", ""));
        }
        entries.sort(Comparator.comparing(InputWalker::fileName));
        stack.push(new Frame(entries.iterator(), real));
        ancestors.put(real, dir);
        return null;
    }

    private static Found problem(Path path, String problem) {
        return new Found.Problem(new ReadResult.Failed(path.toString(), problem));
    }

    private static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? p.toString() : name.toString();
    }
}
