package org.parley.beam;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.parley.ingest.ReadResult;
import org.parley.pipeline.ArticleOutcome;
import org.parley.pipeline.ArticlePipeline;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphWriter;
import org.parley.rdf.GraphOutputFormat;

/**
 * Annotate, extract, emit RDF and validate, by the same {@link ArticlePipeline} that
 * {@code parley ingest} and {@code extract} run. Each article comes out as its graph IRI and its
 * N-Quads, written as {@code parley extract --format nq} writes them. An input that could not be
 * read or extracted goes to the {@link #ERRORS} output as {@code INPUT: problem}, the line
 * {@code ingest} prints for it; the job goes on.
 */
final class ExtractQuadsFn extends DoFn<ReadResult, KV<String, String>> {
    static final TupleTag<KV<String, String>> QUADS = new TupleTag<>() {};
    static final TupleTag<String> ERRORS = new TupleTag<>() {};

    private final Counter extracted = Metrics.counter(ExtractQuadsFn.class, ParleyBeamJob.EXTRACTED);
    private final Counter failed = Metrics.counter(ExtractQuadsFn.class, ParleyBeamJob.FAILED);
    private transient ArticlePipeline pipeline;

    @Setup
    public void setup() {
        pipeline = WorkerPipeline.get();
    }

    @ProcessElement
    public void process(@Element ReadResult input, MultiOutputReceiver out) {
        ArticleOutcome outcome = ArticleOutcome.extract(input, pipeline::process);
        if (outcome instanceof ArticleOutcome.Extracted e) {
            out.get(QUADS).output(KV.of(e.graph().graphIri(), nQuads(e.graph())));
            extracted.inc();
        } else if (outcome instanceof ArticleOutcome.Failed f) {
            out.get(ERRORS).output(f.message());
            failed.inc();
        }
    }

    /** The article's quads, one a line, without the last line end (a text sink adds one). */
    static String nQuads(ArticleGraph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ArticleGraphWriter writer = GraphOutputFormat.NQ.writer(bytes)) {
            writer.write(graph);
        }
        String quads = bytes.toString(StandardCharsets.UTF_8);
        return quads.endsWith("\n") ? quads.substring(0, quads.length() - 1) : quads;
    }
}
