package org.parley.cli;

import java.io.PrintWriter;
import java.util.HashSet;
import java.util.concurrent.Callable;
import org.parley.rdf.DIP;
import org.parley.resolve.Identities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley summarize}: resolves identities across the store and rebuilds the summary graph from the article graphs. */
@Command(name = "summarize", mixinStandardHelpOptions = true,
        header = "Resolve actors across articles and rebuild the summary graph that the named queries read.",
        description = {
            "The summary graph (https://w3id.org/parley/graph/summary) holds each distinct actor, name, role and"
                    + " relation once, with the number of articles that state it and links to their assertions."
                    + " parley's own writers (ingest, ingest --endpoint) keep it up to date. Run this on a store that"
                    + " has none (e.g. one bulk-loaded from 'parley extract') or was written by another version of"
                    + " parley: it also installs this version's ontology graph. Commands that only read (query, stats,"
                    + " export, serve) never write, so they say when a store needs this.",
            "It first resolves which person IRIs of the article graphs name one real person (\"Trump\" and \"Donald"
                    + " Trump\", \"Zelenskyy\" and \"Vladimir Zelensky\") and records them in the identity graph"
                    + " (https://w3id.org/parley/graph/identity) as owl:sameAs from each merged IRI to the canonical IRI that"
                    + " the summary and the named queries use. Ingest keeps both up to date; the outcome depends only on"
                    + " the articles stored, not on the order they came in.",
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
        long[] counts = store.maintain(s -> {
            long articles = s.summarizeUnlessJustDone(StoreOption.NOTICES);
            Identities identities = s.identities();
            return new long[] {articles, identities.canonical().size(),
                    new HashSet<>(identities.canonical().values()).size()};
        });
        PrintWriter out = spec.commandLine().getOut();
        out.println("summarized " + counts[0] + " article graphs; " + counts[1] + " person IRIs merged into "
                + counts[2] + " others (owl:sameAs in " + DIP.IDENTITY_GRAPH + ")");
        out.flush();
        return ExitCodes.OK;
    }
}
