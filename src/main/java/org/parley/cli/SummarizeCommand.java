package org.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley summarize}: rebuilds the summary graph from the article graphs. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        header = "Rebuild the summary graph that the named queries read.",
        description = {
            "The summary graph (https://w3id.org/parley/graph/summary) holds each distinct actor, name, role and"
                    + " relation once, with the number of articles that state it and links to their assertions."
                    + " parley's own writers (ingest, ingest --endpoint) keep it up to date, and any command builds it"
                    + " on a store that has none (e.g. one bulk-loaded from 'parley extract').",
            "Run this after changing article graphs with other tools (a Graph Store PUT, a SPARQL update), which do"
                    + " not update the summary. Reads every article graph; does not load the NLP models."},
        footer = {"%nExamples:", "  parley summarize", "  parley summarize --store /data/news-kg", ExitCodes.HELP})
public final class SummarizeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        long articles = store.apply(s -> s.summarize(StoreOption.NOTICES));
        PrintWriter out = spec.commandLine().getOut();
        out.println("summarized " + articles + " article graphs");
        out.flush();
        return ExitCodes.OK;
    }
}
