package org.parley.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every command that reads or writes the embedded store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "parley-data",
            description = "The embedded TDB2 store (ingest and demo create it if missing). Default: ${DEFAULT-VALUE}")
    Path dir;

    /** Opens the store to write, creating it if missing (ingest, demo). */
    ParleyStore open() {
        return open(dir);
    }

    /** Opens the store to read: nothing is written; a path with no store is an error, never a new store. */
    ParleyStore openToRead() {
        return openToRead(dir);
    }

    /** Opens the store, does one piece of reading on it and closes it. */
    <T> T read(Function<ParleyStore, T> work) {
        try (ParleyStore s = openToRead()) {
            return work.apply(s);
        }
    }

    /** Opens an existing store to write (a path with no store is an error), does one piece of work on it and closes it. */
    <T> T maintain(Function<ParleyStore, T> work) {
        try (ParleyStore s = ParleyStore.openExisting(dir, NOTICES)) {
            return work.apply(s);
        }
    }

    /** Opens a store to write, telling stderr about long work done on opening (summarizing a bulk-loaded store). */
    static ParleyStore open(Path dir) {
        return ParleyStore.open(dir, NOTICES);
    }

    /** Opens a store to read, telling stderr what a writing command would bring up to date. */
    static ParleyStore openToRead(Path dir) {
        return ParleyStore.openToRead(dir, NOTICES);
    }

    /** Where the store's notices go: a line each on stderr. */
    static final Consumer<String> NOTICES = notice -> System.err.println("parley: " + notice);
}
