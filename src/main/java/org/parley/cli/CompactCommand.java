package org.parley.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.store.StoreCompactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley compact}: TDB2 compaction. */
@Command(name = "compact", mixinStandardHelpOptions = true,
        header = "Compact the store (TDB2), printing its size before and after.",
        description = {"Compacts the store: TDB2 keeps old copies of index blocks after every commit, so a store"
                + " built by many small commits grows large. Compaction writes a fresh copy holding only live data"
                + " and deletes the old one. Prints the size before and after: disk use as 'du' counts it, or where"
                + " there is no 'du' the file sizes (TDB2 files are sparse, so these overstate it).",
            "Needs the store to itself: stop any 'parley serve' on it first."},
        footer = {"%nExamples:", "  parley compact", "  parley compact --store /data/news-kg", ExitCodes.HELP})
public final class CompactCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        StoreCompactor.Result result = store.maintain(StoreCompactor::compact);
        PrintWriter out = spec.commandLine().getOut();
        // Label the figures: where du is missing they are nominal sizes, which overstate a sparse store.
        String kind = result.before().kind() == result.after().kind() ? result.after().kind().label()
                : result.before().kind().label() + " before, " + result.after().kind().label() + " after";
        out.printf(Locale.ROOT, "compacted %s: %s before, %s after (%s)%n", store.dir,
                size(result.before().bytes()), size(result.after().bytes()), kind);
        out.flush();
        return ExitCodes.OK;
    }

    private static String size(long bytes) {
        if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
