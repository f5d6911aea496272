package org.parley.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An article file wherever it lives: a local path, or a file that a distributed engine lists and
 * opens through its own file systems (Beam's {@code gs://}, {@code s3://}, {@code hdfs://}). The
 * read stage needs only its name, its size when known, and its bytes, so every source of files
 * goes through the same readers and gets the same per-input errors.
 */
public interface ArticleFile {
    /** How errors and {@code dip:source} name the file: its path or URI. */
    String name();

    /** The last segment of the name, which tells the format and gives the article id (its stem). */
    String fileName();

    /**
     * The size in bytes, checked against the limits before anything is read, or -1 when it is not
     * known in advance (a pipe, a device); reading is bounded either way.
     */
    long size() throws IOException;

    /** Opens the bytes; the caller closes the stream. */
    InputStream open() throws IOException;

    /** A file on a local file system. */
    static ArticleFile of(Path path) {
        return new ArticleFile() {
            @Override
            public String name() {
                return path.toString();
            }

            @Override
            public String fileName() {
                return path.getFileName() == null ? path.toString() : path.getFileName().toString();
            }

            @Override
            public long size() throws IOException {
                return Files.isRegularFile(path) ? Files.size(path) : -1;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }
}
