package org.parley.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.ingest.ArticleSources;
import org.parley.pipeline.ExtractJob;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.LazyPipeline;
import org.parley.rdf.ArticleGraphWriter;
import org.parley.rdf.GraphOutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley extract}: articles in, their graphs out, nothing stored. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        header = "Extract articles to stdout (RDF or JSON Lines), storing nothing.", sortOptions = false,
        description = {
            "Extracts the diplomacy graph of each article and writes it to stdout without storing anything.",
            "Output keeps the input order even when extracting in parallel. In trig and nq each article sits in"
                    + " its own named graph (the graph it gets in the store), so the output loads with any RDF tool."
                    + " json is JSON Lines, one object per article in the scoring form of the corpus guidelines"
                    + " (article, actors, events, relations), read off the same RDF.",
            "jsonld is a single document and is built in memory; for large inputs prefer nq."},
        footer = {"%nExamples:",
            "  parley extract seeds/",
            "  parley extract --format json seeds/ > seed.jsonl",
            "  parley extract --format nq --threads 4 shard-01/ > shard-01.nq",
            ExitCodes.HELP})
public final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH",
            description = "Files (.txt, .html, .json, .jsonl), directories (read recursively), or - for stdin.")
    List<String> paths;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig, ttl, nq, jsonld or json (JSON Lines). Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads. Default: the number of cores (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--article-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Most processor time one article may take to extract (30s, 2m, 1h); an article that takes"
                    + " longer is reported as an error and the run goes on. Default: 5m.")
    Duration articleTimeout = IngestOptions.DEFAULT_ARTICLE_BUDGET;

    @Override
    public Integer call() {
        GraphOutputFormat outputFormat = GraphOutputFormat.parse(format);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OutputStream bytes = CommandOutput.stream(out);
        ArticleGraphWriter writer = outputFormat.writer(bytes);
        ExtractJob.Result result = new ExtractJob(LazyPipeline.standard(), threads, articleTimeout, line -> {
            err.println(line);
            err.flush();
        }).run(new ArticleSources().read(paths), writer, StandardOutput::failed);
        out.flush();
        return result.failed() > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }
}
