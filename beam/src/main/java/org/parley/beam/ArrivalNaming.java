package org.parley.beam;

import org.apache.beam.sdk.io.FileBasedSink;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;

/**
 * Names the files a watching job writes: {@code PREFIX-RUN-GROUP-SHARD-of-N.nq.gz}, where RUN is
 * when the job was launched and GROUP counts the groups of articles it has written. Beam's own
 * names count groups from 0 again in every run, so a second run into the same folder would
 * overwrite the first one's files.
 */
final class ArrivalNaming extends FileBasedSink.FilenamePolicy {
    private final ResourceId prefix;
    private final String run;
    private final String suffix;

    ArrivalNaming(ResourceId prefix, String run, String suffix) {
        this.prefix = prefix;
        this.run = run;
        this.suffix = suffix;
    }

    @Override
    public ResourceId windowedFilename(int shard, int shards, BoundedWindow window, PaneInfo pane,
                                       FileBasedSink.OutputFileHints hints) {
        String name = String.format("%s-%s-%06d-%05d-of-%05d%s%s", prefix.getFilename(), run, pane.getIndex(), shard, shards,
                suffix, hints.getSuggestedFilenameSuffix());
        return prefix.getCurrentDirectory().resolve(name, StandardResolveOptions.RESOLVE_FILE);
    }

    @Override
    public ResourceId unwindowedFilename(int shard, int shards, FileBasedSink.OutputFileHints hints) {
        throw new UnsupportedOperationException("only a watching job's windowed output is named this way");
    }
}
