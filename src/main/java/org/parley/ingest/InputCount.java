package org.parley.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.OptionalLong;

/**
 * How many articles the inputs hold, for an ingest's ETA: the same files the read stage would open
 * ({@link InputWalker}), one article each, and for files of many records their records: JSON array
 * elements, non-blank JSON Lines, CSV and TSV rows under the header. Unknown when the input includes stdin, which can only be read once.
 * An input that will fail counts as one (it costs one error line). Reads files fast and whole, so
 * run it beside the ingest rather than before it.
 */
public final class InputCount {
    private static final JsonFactory JSON = new JsonFactory();

    private InputCount() {}

    public static OptionalLong articles(List<String> paths) {
        long n = 0;
        for (String name : paths) {
            if (StdinReader.INPUT.equals(name)) return OptionalLong.empty();
            for (Iterator<InputWalker.Found> walk = InputWalker.walk(name); walk.hasNext(); ) {
                if (Thread.currentThread().isInterrupted()) return OptionalLong.empty();
                n += walk.next() instanceof InputWalker.Found.File f ? records(f.path(), f.format()) : 1;
            }
        }
        return OptionalLong.of(n);
    }

    private static long records(Path path, InputFormat format) {
        try {
            return switch (format) {
                case TEXT, HTML -> 1;
                case JSON -> Math.max(1, jsonRecords(path));
                case JSONL -> Math.max(1, nonBlankLines(path));
                case CSV, TSV -> Math.max(1, csvRows(path, format));
            };
        } catch (IOException | UncheckedIOException e) {
            return 1; // the reader will report what is wrong with it
        }
    }

    private static long jsonRecords(Path path) throws IOException {
        try (JsonParser p = JSON.createParser(path.toFile())) {
            if (p.nextToken() != JsonToken.START_ARRAY) return 1;
            long n = 0;
            while (p.nextToken() != JsonToken.END_ARRAY && p.currentToken() != null) {
                p.skipChildren();
                n++;
            }
            return n;
        }
    }

    private static long csvRows(Path path, InputFormat format) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            ArticleFileReader.skipUtf8ByteOrderMark(in);
            return CsvArticleReader.countRows(in, format);
        }
    }

    private static long nonBlankLines(Path path) throws IOException {
        long n = 0;
        boolean blank = true;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    byte b = buffer[i];
                    if (b == '\n') {
                        if (!blank) n++;
                        blank = true;
                    } else if (b != ' ' && b != '\t' && b != '\r') {
                        blank = false;
                    }
                }
            }
        }
        return blank ? n : n + 1;
    }
}
