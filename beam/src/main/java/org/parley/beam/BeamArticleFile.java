package org.parley.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.parley.ingest.ArticleFile;

/** A file Beam matched, as the core's readers take it: named by its URI or path, opened through Beam's file systems. */
final class BeamArticleFile implements ArticleFile {
    private final FileIO.ReadableFile file;

    BeamArticleFile(FileIO.ReadableFile file) {
        this.file = file;
    }

    @Override
    public String name() {
        return file.getMetadata().resourceId().toString();
    }

    @Override
    public String fileName() {
        String name = file.getMetadata().resourceId().getFilename();
        return name == null ? name() : name;
    }

    @Override
    public long size() {
        return file.getMetadata().sizeBytes();
    }

    @Override
    public InputStream open() throws IOException {
        return Channels.newInputStream(file.open());
    }
}
