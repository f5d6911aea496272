package org.parley.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.LazyPipeline;
import org.parley.store.GraphSink;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley ingest}: extract articles and store their graphs. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Extract articles and store their graphs.", sortOptions = false,
        description = {
            "Extracts who invited, represented, hosted and warned whom from news articles and stores each article"
                    + " as one named graph (re-ingesting an article replaces its graph), updating in the same"
                    + " transaction the summary graph that the named queries read.",
            "Inputs are read as a stream and extracted in parallel; graphs are committed in batches by one writer,"
                    + " each article whole or not at all. Articles whose stored text is unchanged are skipped"
                    + " without any NLP, so re-running over a growing folder costs only the new articles.",
            "Each unreadable or invalid input gets one error line on stderr and the run goes on; progress shows on"
                    + " stderr; one summary line goes to stdout. Ctrl-C stops after the articles in flight and"
                    + " commits them."},
        footer = {"%nExamples:",
            "  parley ingest seeds/",
            "  parley ingest --store /data/news-kg --threads 4 articles/ feed.jsonl",
            "  cat article.txt | parley ingest -",
            "  PARLEY_PASSWORD=secret parley ingest --endpoint http://127.0.0.1:3030/parley --user admin articles/",
            ExitCodes.HELP})
public final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files (.txt, .html, .json, .jsonl, .csv, .tsv), directories (read recursively), or - for stdin.")
    List<String> paths;

    @Mixin
    StoreOption store;

    @Option(names = "--threads", paramLabel = "N", description = "Threads of work: N extract while one more commits; 1 does both in turn. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--batch", paramLabel = "N",
            description = "Articles per store transaction at most; a part batch is committed after 60 s. Default: ${DEFAULT-VALUE}."
                    + " With --endpoint each article is its own request, sent as soon as it is extracted.")
    int batch = IngestOptions.DEFAULT_BATCH;

    @Option(names = "--force", description = "Extract and replace every article, even those stored unchanged.")
    boolean force;

    @Option(names = "--article-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Most processor time one article may take to extract (30s, 2m, 1h); an article that takes"
                    + " longer is reported as an error and the run goes on. Default: 5m.")
    Duration articleTimeout = IngestOptions.DEFAULT_ARTICLE_BUDGET;

    @ArgGroup(exclusive = false, heading = "%nRemote store:%n")
    EndpointOptions remote = new EndpointOptions();

    @Override
    public Integer call() {
        IngestOptions options = new IngestOptions(threads, batch, IngestOptions.DEFAULT_WINDOW, force, articleTimeout);
        try (GraphSink sink = remote.isRemote() ? remote.open() : store.open()) {
            return IngestRun.run(paths, sink, LazyPipeline.standard(), options,
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }
}
