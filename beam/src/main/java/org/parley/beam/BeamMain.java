package org.parley.beam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.StreamingOptions;
import org.parley.cli.ExitCodes;
import org.parley.cli.PasswordSource;
import org.parley.store.RemoteGraphStore;

/**
 * {@code parley beam}: runs the pipeline on the runner its options name (the DirectRunner by
 * default; {@code --runner=FlinkRunner}, {@code SparkRunner}, {@code DataflowRunner} where their
 * modules are on the class path) and reports like {@code parley extract}: a summary line, failed
 * inputs named, exit status 1 when any failed.
 */
public final class BeamMain {
    /** How many failed inputs the summary prints; the errors file lists them all. */
    private static final int ERRORS_SHOWN = 20;

    private BeamMain() {}

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, out, err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            printHelp(out);
            return ExitCodes.OK;
        }
        ParleyBeamOptions options;
        Pipeline pipeline;
        try {
            options = PipelineOptionsFactory.fromArgs(args).withValidation().as(ParleyBeamOptions.class);
            if (options.getWatch()) options.as(StreamingOptions.class).setStreaming(true);
            String password = endpointPassword(options);
            pipeline = Pipeline.create(options);
            ParleyBeamJob.addTo(pipeline, options, password);
        } catch (IllegalArgumentException e) {
            err.println("parley beam: " + firstLine(e.getMessage()));
            err.println("Try 'parley beam --help'.");
            return ExitCodes.USAGE;
        }
        err.println("parley beam: reading " + options.getInput() + " on " + options.getRunner().getSimpleName()
                + (options.getWatch() ? ", watching for new files every " + options.getPollSeconds() + " s (Ctrl-C stops)" : ""));
        PipelineResult result;
        try {
            result = pipeline.run();
            if (options.getWatch()) cancelOnShutdown(result);
            result.waitUntilFinish();
        } catch (RuntimeException e) {
            err.println("parley beam: the job failed: " + firstLine(jobFailure(e)));
            return ExitCodes.SOME_INPUTS_FAILED;
        }
        return report(result, options, out, err);
    }

    private static int report(PipelineResult result, ParleyBeamOptions options, PrintStream out, PrintStream err) {
        long extracted = counter(result, ParleyBeamJob.EXTRACTED);
        long failed = counter(result, ParleyBeamJob.FAILED);
        String errorsPrefix = ParleyBeamJob.errorsPrefix(options);
        if (failed > 0 && errorsPrefix != null) printErrors(errorsPrefix, err);
        StringBuilder summary = new StringBuilder().append(extracted).append(extracted == 1 ? " article" : " articles")
                .append(" extracted, ").append(failed)
                .append(failed == 1 ? " input failed" : " inputs failed");
        if (options.getOutput() != null) summary.append("; N-Quads in ").append(options.getOutput()).append("-*");
        if (errorsPrefix != null && failed > 0) summary.append("; failed inputs listed in ").append(errorsPrefix).append("-*");
        if (options.getEndpoint() != null) summary.append("; sent to ").append(options.getEndpoint());
        out.println(summary);
        return failed > 0 ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }

    /** The first failed inputs, as {@code parley extract} prints them on stderr. */
    private static void printErrors(String prefix, PrintStream err) {
        int shown = 0;
        try {
            for (MatchResult.Metadata file : FileSystems.match(prefix + "*", EmptyMatchTreatment.ALLOW).metadata()) {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                        Channels.newInputStream(FileSystems.open(file.resourceId())), StandardCharsets.UTF_8))) {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        if (shown++ < ERRORS_SHOWN) err.println(line);
                    }
                }
            }
        } catch (IOException e) {
            err.println("parley beam: cannot read the list of failed inputs at " + prefix + "-*: " + e.getMessage());
            return;
        }
        if (shown > ERRORS_SHOWN) err.println("... and " + (shown - ERRORS_SHOWN) + " more");
    }

    private static long counter(PipelineResult result, String name) {
        MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(ExtractQuadsFn.class, name)).build());
        long sum = 0;
        for (MetricResult<Long> counter : metrics.getCounters()) sum += counter.getAttempted();
        return sum;
    }

    /** Ctrl-C (or SIGTERM) cancels a watching job and waits for it to stop, rather than leaving it mid-write. */
    private static void cancelOnShutdown(PipelineResult result) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (result.getState().isTerminal()) return;
            try {
                result.cancel();
                result.waitUntilFinish(org.joda.time.Duration.standardSeconds(30));
            } catch (IOException | RuntimeException e) {
                // Stopping anyway; the runner cleans up its own.
            }
        }, "parley-beam-cancel"));
    }

    private static String endpointPassword(ParleyBeamOptions options) {
        if (options.getEndpoint() == null) return null;
        String password = PasswordSource.read(options.getPasswordFile() == null ? null : Path.of(options.getPasswordFile()),
                System.getenv()).orElse(null);
        if (options.getUser() != null && password == null) {
            throw new IllegalArgumentException("--user=" + options.getUser() + " needs a password: give --passwordFile=F or set "
                    + PasswordSource.ENV);
        }
        new RemoteGraphStore(options.getEndpoint()); // refuses a URL that is not an http(s) dataset URL, before the job starts
        return options.getUser() == null ? null : password;
    }

    private static void printHelp(PrintStream out) {
        out.println("Usage: parley beam --input=FILES (--output=PREFIX | --endpoint=URL) [options] [runner options]");
        out.println();
        out.println("Extracts articles on Apache Beam: the same readers, extraction and N-Quads as 'parley extract',");
        out.println("on the DirectRunner (default, this machine), Flink, Spark or Dataflow.");
        out.println();
        out.println("Examples:");
        out.println("  parley beam --input=articles/ --output=out/graph");
        out.println("  parley beam --input='articles/*.txt' --output=out/graph --runner=FlinkRunner --flinkMaster=[local] --parallelism=2");
        out.println("  parley beam --input=feed/ --output=out/live --watch --runner=FlinkRunner --flinkMaster=[local]");
        out.println("  parley beam --input=articles/ --endpoint=http://127.0.0.1:3030/parley --user=parley --passwordFile=pw");
        out.println();
        out.println("Exit status: 0 all good; 1 some inputs failed (listed in the errors file) or the job failed; 2 usage error.");
        out.println("Runner options: --runner=DirectRunner|FlinkRunner (--flinkMaster=[local]|HOST:8081, --parallelism=N), and");
        out.println("the options of any runner on the class path; --help=RunnerOptions lists them, e.g. --help=FlinkPipelineOptions.");
        out.println();
        PipelineOptionsFactory.printHelp(out, ParleyBeamOptions.class);
    }

    /**
     * What went wrong in the job's own terms: the outermost exception that is not the engine's
     * wrapping of it (a RemoteStoreException naming the endpoint rather than "Job execution failed").
     */
    static String jobFailure(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && isWrapper(t)) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private static boolean isWrapper(Throwable t) {
        String name = t.getClass().getName();
        return name.startsWith("org.apache.beam.") || name.startsWith("org.apache.flink.")
                || t instanceof java.util.concurrent.ExecutionException || t instanceof java.util.concurrent.CompletionException;
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
