package org.parley.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.parley.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        header = "Count articles, actors, relations, events and triples in the store.",
        description = "Counts what the store holds: articles, the actors they mention by class, relations by type,"
                + " events and triples. Does not load the NLP models.",
        footer = {"%nExamples:", "  parley stats", "  parley stats --store /data/news-kg", ExitCodes.HELP})
public final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        StoreStats stats = store.read(StoreStats::of);
        PrintWriter out = spec.commandLine().getOut();
        out.println("articles:  " + stats.articles());
        out.println("actors:    " + sum(stats.actors()) + " (" + join(stats.actors()) + ")");
        out.println("relations: " + sum(stats.relations()) + " (" + join(stats.relations()) + ")");
        out.println("events:    " + stats.events());
        out.println("triples:   " + stats.triples());
        out.flush();
        return ExitCodes.OK;
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String join(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
