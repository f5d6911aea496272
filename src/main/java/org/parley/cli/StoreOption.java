package org.parley.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every command that reads or writes the embedded store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "parley-data",
            description = "The embedded TDB2 store (created if missing). Default: ${DEFAULT-VALUE}")
    Path dir;

    ParleyStore open() {
        return open(dir);
    }

    /** Opens the store, does one piece of work on it and closes it, for commands that need no more. */
    <T> T apply(Function<ParleyStore, T> work) {
        try (ParleyStore s = open()) {
            return work.apply(s);
        }
    }

    /** Opens a store, telling stderr about long work done on opening (summarizing a bulk-loaded store). */
    static ParleyStore open(Path dir) {
        return ParleyStore.open(dir, NOTICES);
    }

    /** Where the store's notices go: a line each on stderr. */
    static final Consumer<String> NOTICES = notice -> System.err.println("parley: " + notice);
}
