package org.parley.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the files of a TDB2 store on disk tell before it is opened. */
final class StoreFiles {
    /** TDB2 keeps each generation of a store (a new one after every compaction) in a folder of this name. */
    private static final Pattern GENERATION = Pattern.compile("Data-\\d+");
    static final String LOCK_FILE = "tdb.lock";

    private StoreFiles() {}

    /** Whether {@code dir} holds a TDB2 store: a folder with at least one generation folder in it. */
    static boolean isStore(Path dir) {
        if (!Files.isDirectory(dir)) return false;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(p -> Files.isDirectory(p) && GENERATION.matcher(p.getFileName().toString()).matches());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether this process may write every folder and file of the store, as TDB2 needs even to read
     * it: it opens every file for writing and writes its process id into the lock file. Asks the
     * operating system ({@code access(2)}), so a read-only mount counts as unwritable even to root.
     */
    static boolean writable(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.allMatch(Files::isWritable);
        } catch (IOException | UncheckedIOException e) {
            return false; // a folder we cannot even list is no store we could write
        }
    }
}
