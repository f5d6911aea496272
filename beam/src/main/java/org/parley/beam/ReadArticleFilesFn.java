package org.parley.beam;

import java.util.stream.Stream;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.DoFn;
import org.parley.ingest.ArticleSources;
import org.parley.ingest.ReadResult;

/**
 * The read stage on Beam: each matched file through the core's readers, one {@link ReadResult} per
 * article or per unreadable input, exactly as {@code parley ingest} reads a folder it walks.
 */
final class ReadArticleFilesFn extends DoFn<FileIO.ReadableFile, ReadResult> {
    private transient ArticleSources sources;

    @Setup
    public void setup() {
        sources = new ArticleSources();
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<ReadResult> out) {
        try (Stream<ReadResult> results = sources.readListed(new BeamArticleFile(file))) {
            results.forEach(out::output);
        }
    }
}
