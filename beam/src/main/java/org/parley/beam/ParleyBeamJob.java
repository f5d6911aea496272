package org.parley.beam;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.Watch;
import org.apache.beam.sdk.transforms.windowing.AfterPane;
import org.apache.beam.sdk.transforms.windowing.AfterProcessingTime;
import org.apache.beam.sdk.transforms.windowing.GlobalWindows;
import org.apache.beam.sdk.transforms.windowing.Repeatedly;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.parley.ingest.ReadResult;
import org.joda.time.Duration;

/**
 * parley's map step as a Beam pipeline: match files → read (the core's readers) → group by article
 * IRI, which spreads the articles over the workers and keeps one input per id → extract (the core's {@code ArticlePipeline}) → N-Quads shards and/or
 * a SPARQL endpoint, with unreadable inputs listed apart. With {@code --watch} the match keeps
 * polling for new files and the outputs are written per window, so a feed keeps the graph current.
 *
 * <p>Cross-article work is not done here: the summary graph is built where the graphs are loaded
 * (any parley command on a bulk-loaded store builds it; {@code --endpoint} updates it per article).
 */
public final class ParleyBeamJob {
    static final String EXTRACTED = "articlesExtracted";
    static final String FAILED = "inputsFailed";

    private ParleyBeamJob() {}

    /**
     * Adds the job to {@code pipeline}.
     *
     * @param password the {@code --endpoint} password, read where the job is launched, or null
     * @throws IllegalArgumentException when the options do not make a job (no output, bad numbers)
     */
    public static void addTo(Pipeline pipeline, ParleyBeamOptions options, String password) {
        check(options);
        FileSystems.setDefaultPipelineOptions(options); // gs://, s3://, hdfs:// output names resolve from here on
        boolean watch = options.getWatch();
        FileIO.Match match = FileIO.match().filepattern(filePattern(options.getInput()));
        if (watch) {
            Duration idle = Duration.standardSeconds(options.getStopAfterIdleSeconds());
            match = match.continuously(Duration.standardSeconds(options.getPollSeconds()),
                            options.getStopAfterIdleSeconds() > 0 ? Watch.Growth.afterTimeSinceNewOutput(idle) : Watch.Growth.never())
                    .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW);
        }
        PCollection<KV<String, ReadResult>> byArticle = pipeline
                .apply("Match files", match)
                .apply("Open files", FileIO.readMatches())
                .apply("Read articles", ParDo.of(new ReadArticleFilesFn())).setCoder(ReadResultCoder.of())
                .apply("Key by article", WithKeys.of(OneArticlePerIdFn::key).withKeyType(TypeDescriptors.strings()))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), ReadResultCoder.of()));
        if (watch) byArticle = byArticle.apply("Group as they come", ParleyBeamJob.<KV<String, ReadResult>>eachElement());
        // Grouping by graph IRI also spreads the articles of one file (JSON Lines) over the workers before the NLP.
        PCollectionTuple extracted = byArticle
                .apply("Group by article", GroupByKey.<String, ReadResult>create())
                .apply("One article per id", ParDo.of(new OneArticlePerIdFn())).setCoder(ReadResultCoder.of())
                .apply("Extract", ParDo.of(new ExtractQuadsFn())
                        .withOutputTags(ExtractQuadsFn.QUADS, TupleTagList.of(ExtractQuadsFn.ERRORS)));
        PCollection<KV<String, String>> quads = extracted.get(ExtractQuadsFn.QUADS)
                .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
        PCollection<String> errors = extracted.get(ExtractQuadsFn.ERRORS).setCoder(StringUtf8Coder.of());
        if (watch) {
            Duration window = Duration.standardSeconds(options.getWindowSeconds());
            quads = quads.apply("Window articles", ParleyBeamJob.<KV<String, String>>byArrival(window));
            errors = errors.apply("Window errors", ParleyBeamJob.<String>byArrival(window));
        }
        String run = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(Instant.now());
        if (options.getOutput() != null) {
            // gzip adds its own ".gz" to the suffix
            TextIO.Write write = textFiles(options.getOutput(), ".nq", watch, run, options.getNumShards())
                    .withCompression(options.getGzip() ? Compression.GZIP : Compression.UNCOMPRESSED);
            quads.apply("N-Quads", Values.create()).apply("Write N-Quads", write);
        }
        String errorsPrefix = errorsPrefix(options);
        if (errorsPrefix != null) {
            errors.apply("Write errors", textFiles(errorsPrefix, ".txt", watch, run, 1));
        }
        if (options.getEndpoint() != null) {
            quads.apply("Send to endpoint", ParDo.of(new SendToEndpointFn(options.getEndpoint(), options.getUser(), password)));
        }
    }

    /**
     * Groups a stream by when its elements arrive rather than by their timestamps: a watched file
     * pattern never advances the watermark (more files may always come), so event-time windows
     * would never close. Each group is written once, {@code window} after its first article.
     */
    private static <T> Window<T> byArrival(Duration window) {
        return Window.<T>into(new GlobalWindows())
                .triggering(Repeatedly.forever(AfterProcessingTime.pastFirstElementInPane().plusDelayOf(window)))
                .discardingFiredPanes()
                .withAllowedLateness(Duration.ZERO);
    }

    /** Lets a stream through a grouping at once, one element a pane: the grouping is for its keys, not to batch. */
    private static <T> Window<T> eachElement() {
        return Window.<T>into(new GlobalWindows())
                .triggering(Repeatedly.forever(AfterPane.elementCountAtLeast(1)))
                .discardingFiredPanes()
                .withAllowedLateness(Duration.ZERO);
    }

    /** A folder named with a trailing slash means every file below it. */
    static String filePattern(String input) {
        return input.endsWith("/") ? input + "**" : input;
    }

    static String errorsPrefix(ParleyBeamOptions options) {
        if (options.getErrors() != null) return options.getErrors();
        return options.getOutput() == null ? null : options.getOutput() + "-errors";
    }

    /** Text files under {@code prefix}: PREFIX-00000-of-00004.SUFFIX, or with --watch one set per group written. */
    private static TextIO.Write textFiles(String prefix, String suffix, boolean watch, String run, int shards) {
        if (!watch) {
            TextIO.Write write = TextIO.write().to(prefix).withSuffix(suffix);
            return shards > 0 ? write.withNumShards(shards) : write;
        }
        ResourceId resource = FileSystems.matchNewResource(prefix, false);
        return TextIO.write().to(new ArrivalNaming(resource, run, suffix))
                .withTempDirectory(resource.getCurrentDirectory().resolve(".temp-beam", StandardResolveOptions.RESOLVE_DIRECTORY))
                .withWindowedWrites().withNumShards(Math.max(1, shards));
    }

    private static void check(ParleyBeamOptions options) {
        if (options.getInput() == null || options.getInput().isBlank()) {
            throw new IllegalArgumentException("--input is required: a folder ending in / or a file pattern");
        }
        if (options.getOutput() == null && options.getEndpoint() == null) {
            throw new IllegalArgumentException("nowhere to write: give --output=PREFIX (N-Quads shards), --endpoint=URL, or both");
        }
        if (options.getNumShards() < 0) throw new IllegalArgumentException("--numShards must be 0 or more, was " + options.getNumShards());
        if (options.getPollSeconds() < 1) throw new IllegalArgumentException("--pollSeconds must be at least 1, was " + options.getPollSeconds());
        if (options.getWindowSeconds() < 1) {
            throw new IllegalArgumentException("--windowSeconds must be at least 1, was " + options.getWindowSeconds());
        }
        if (options.getStopAfterIdleSeconds() < 0) {
            throw new IllegalArgumentException("--stopAfterIdleSeconds must be 0 or more, was " + options.getStopAfterIdleSeconds());
        }
    }
}
