package org.parley.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Reads one article file of a known format into results: the bytes are checked against the size
 * limits before anything is read, decoded, and handed to the reader for the format. Every
 * problem becomes a {@link ReadResult.Failed} naming the file; nothing is thrown.
 */
final class ArticleFileReader {
    private final ReadLimits limits;

    ArticleFileReader(ReadLimits limits) {
        this.limits = limits;
    }

    Iterator<ReadResult> read(ArticleFile file, InputFormat format) {
        String input = file.name();
        String stem = InputFormat.stem(file.fileName());
        try {
            if (format.isStream()) return readRecords(file, input, stem, format);
            byte[] bytes = readWhole(file);
            return switch (format) {
                case TEXT -> one(new ReadResult.Read(input, TextFileReader.read(stem, input, TextDecoder.decode(bytes))));
                case HTML -> one(new ReadResult.Read(input,
                        HtmlReader.read(stem, input, TextDecoder.decode(bytes, HtmlReader.declaredCharset(bytes)))));
                case JSON -> NewsJsonReader.readDocument(input, TextDecoder.decode(bytes), input,
                        (position, text) -> position == null ? stem : stem + "-" + position).iterator();
                case JSONL, CSV, TSV -> throw new IllegalStateException("read a record at a time above");
            };
        } catch (InputProblem p) {
            return one(new ReadResult.Failed(input, p.problem()));
        } catch (IOException e) {
            return one(new ReadResult.Failed(input, IoProblems.describe(e)));
        } catch (RuntimeException e) {
            // A parser bug on one strange file must not end the whole run; the user sees which file.
            return one(new ReadResult.Failed(input, "could not be read: " + e));
        }
    }

    private byte[] readWhole(ArticleFile file) throws IOException, InputProblem {
        String what = "text, HTML and JSON files";
        checkSize(file, limits.maxDocumentBytes(), what);
        byte[] bytes;
        try (InputStream in = file.open()) {
            bytes = BoundedReads.readAtMost(in, limits.maxDocumentBytes(), what);
        }
        if (bytes.length == 0) throw new InputProblem("empty file");
        return bytes;
    }

    /** A JSON Lines, CSV or TSV file, read a record at a time: each bad record costs only itself. */
    private Iterator<ReadResult> readRecords(ArticleFile file, String input, String stem, InputFormat format)
            throws IOException, InputProblem {
        String what = format == InputFormat.JSONL ? "JSON Lines" : format.name();
        checkSize(file, limits.maxStreamBytes(), what + " files");
        InputStream in = new BufferedInputStream(file.open(), 64 * 1024);
        try {
            in.mark(16);
            byte[] head = in.readNBytes(16);
            in.reset();
            if (head.length == 0) throw new InputProblem("empty file");
            if (head.length >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                    || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF)) {
                throw new InputProblem(what + " must be UTF-8 (found a UTF-16 byte-order mark)");
            }
            var kind = BinarySniffer.knownKind(head, head.length);
            if (kind.isPresent()) throw new InputProblem("binary file (" + kind.get() + ")");
        } catch (IOException | InputProblem e) {
            in.close();
            throw e;
        }
        if (format == InputFormat.JSONL) {
            return NewsJsonReader.readLines(input, in, input,
                    (position, text) -> stem + "-" + position, limits.maxLineBytes(), limits.maxStreamBytes());
        }
        skipUtf8ByteOrderMark(in);
        return CsvArticleReader.read(input, in, format, stem, limits);
    }

    /** Spreadsheet programs start the UTF-8 CSV files they save with a byte-order mark; it is no part of the header. */
    static void skipUtf8ByteOrderMark(InputStream in) throws IOException {
        in.mark(3);
        byte[] bom = in.readNBytes(3);
        if (!(bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF)) in.reset();
    }

    /** Refuses a file from its size alone, before reading any of it. */
    private static void checkSize(ArticleFile file, long limit, String what) throws IOException, InputProblem {
        long size = file.size();
        if (size < 0) return; // pipes and devices are bounded while reading
        if (size > limit) throw new InputProblem(BoundedReads.tooLarge(limit, what, size));
        if (size == 0) throw new InputProblem("empty file");
    }

    private static Iterator<ReadResult> one(ReadResult result) {
        return List.of(result).iterator();
    }
}
