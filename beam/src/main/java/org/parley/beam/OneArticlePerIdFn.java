package org.parley.beam;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.parley.ingest.ReadResult;
import org.parley.pipeline.DistinctArticleIds;
import org.parley.resolve.IriMinter;

/**
 * Keeps two inputs from becoming one article, as {@code ingest} and {@code extract} do: inputs
 * whose articles get the same graph IRI ({@code a.txt} and {@code a.html}, two records with one
 * URL) arrive here grouped under that IRI; the first in input-name order goes on, so any run on
 * any runner keeps the same one, and each other becomes a failure naming the kept input. The kept
 * input is remembered per IRI, so with {@code --watch} a file that arrives later with an id already
 * taken fails too instead of replacing the earlier article.
 */
final class OneArticlePerIdFn extends DoFn<KV<String, Iterable<ReadResult>>, ReadResult> {
    /** The kept article's input and id. */
    @StateId("kept")
    private final StateSpec<ValueState<KV<String, String>>> keptSpec =
            StateSpecs.value(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));

    /** The key to group by: the article's graph IRI; an input that failed to read keeps its own key. */
    static String key(ReadResult result) {
        return result instanceof ReadResult.Read read ? IriMinter.articleIri(read.article().id()) : "failed:" + result.input();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<ReadResult>> group, @StateId("kept") ValueState<KV<String, String>> keptState,
            OutputReceiver<ReadResult> out) {
        List<ReadResult.Read> reads = new ArrayList<>();
        for (ReadResult result : group.getValue()) {
            if (result instanceof ReadResult.Read read) reads.add(read);
            else out.output(result);
        }
        reads.sort(Comparator.comparing(ReadResult::input));
        KV<String, String> kept = keptState.read();
        for (ReadResult.Read read : reads) {
            if (kept == null) {
                kept = KV.of(read.input(), read.article().id());
                keptState.write(kept);
                out.output(read);
            } else if (!kept.getKey().equals(read.input())) {
                out.output(DistinctArticleIds.sameIriAs(kept.getKey(), kept.getValue(), read));
            } // else the same input matched twice (a file named twice in the pattern): read once
        }
    }
}
