package org.parley.cli;

import java.nio.file.Path;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Option;

/** {@code --store DIR}, shared by every command that reads or writes the embedded store. */
final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "parley-data",
            description = "The embedded TDB2 store (created if missing). Default: ${DEFAULT-VALUE}")
    Path dir;

    ParleyStore open() {
        return ParleyStore.open(dir, notice -> System.err.println("parley: " + notice));
    }
}
