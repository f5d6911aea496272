package org.parley.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads articles from a CSV or TSV file, one article a row, under a header row that names the
 * columns. The text column is required; title, date, url and id columns are used when present,
 * each under any of its common names (any case); other columns are ignored:
 *
 * <pre>
 * text   maintext, text, content, body (the first of them that is not empty in a row)
 * title  title, headline
 * date   date_publish, published, date
 * url    url, link
 * id     id
 * </pre>
 *
 * <p>A row becomes an article exactly as a JSON record with those fields does ({@link NewsRecord}):
 * the title is line 1, the id is the id column, else the url, else {@code stem-ROW}. Rows are
 * numbered as a spreadsheet shows them, the header being row 1; a bad row costs only itself and is
 * reported as {@code path:ROW}. Quoting the parser cannot get past (a quote never closed) ends the
 * file there. The file must be UTF-8 (a byte-order mark is skipped before this reader sees the
 * stream); it is parsed a row at a time, so memory stays small.
 */
final class CsvArticleReader {
    enum Column {
        TEXT("maintext", "text", "content", "body"),
        TITLE("title", "headline"),
        DATE("date_publish", "published", "date"),
        URL("url", "link"),
        ID("id");

        /** The names this column goes by, in order of preference. */
        final List<String> names;

        Column(String... names) {
            this.names = List.of(names);
        }

        /** The field of a news record ({@link NewsRecord}) this column fills. */
        String recordField() {
            return switch (this) {
                case TEXT -> "text";
                case TITLE -> "title";
                case DATE -> "date_publish";
                case URL -> "url";
                case ID -> "id";
            };
        }
    }

    private CsvArticleReader() {}

    static CSVFormat format(InputFormat format) {
        CSVFormat base = format == InputFormat.TSV ? CSVFormat.TDF : CSVFormat.DEFAULT;
        return base.builder().setIgnoreEmptyLines(true).get();
    }

    /** The rows of a CSV or TSV stream as results; the iterator closes the stream at its end, or on {@link Rows#close()}. */
    static Rows read(String input, InputStream in, InputFormat format, String stem, ReadLimits limits) {
        return new Rows(input, in, format, stem, limits);
    }

    /** How many data rows a CSV or TSV stream holds, for an ETA; -1 when it cannot be parsed to the end. */
    static long countRows(InputStream in, InputFormat format) throws IOException {
        try (CSVParser parser = CSVParser.builder().setReader(utf8(in)).setFormat(format(format)).get()) {
            long n = 0;
            for (CSVRecord ignored : parser) n++;
            return Math.max(0, n - 1);
        } catch (UncheckedIOException e) {
            return -1;
        }
    }

    private static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static final class Rows extends RecordResults {
        private final String input;
        private final InputStream in;
        private final String stem;
        private final String formatName;
        private final ReadLimits limits;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        /** Column index of each column the header names, in order of preference for the text. */
        private final Map<Column, List<Integer>> columns = new LinkedHashMap<>();
        private int headerWidth = -1;

        private Rows(String input, InputStream in, InputFormat format, String stem, ReadLimits limits) {
            this.input = input;
            this.in = new LimitedStream(in, limits.maxStreamBytes());
            this.stem = stem;
            this.formatName = format.name();
            this.limits = limits;
            try {
                this.parser = CSVParser.builder().setReader(utf8(this.in)).setFormat(format(format)).get();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            this.records = parser.iterator();
        }

        @Override
        protected ReadResult advance() {
            CSVRecord row;
            try {
                if (!records.hasNext()) {
                    close();
                    return headerWidth < 0 ? new ReadResult.Failed(input, "no header row (no text)")
                            : parser.getRecordNumber() <= 1 ? new ReadResult.Failed(input, "no rows under the header") : null;
                }
                row = records.next();
            } catch (UncheckedIOException e) {
                close();
                return new ReadResult.Failed(input + ":" + (parser.getRecordNumber() + 1), unreadable(e.getCause()));
            }
            if (headerWidth < 0) return header(row);
            String rowInput = input + ":" + row.getRecordNumber();
            if (row.size() != headerWidth) {
                return new ReadResult.Failed(rowInput, "row has " + row.size() + (row.size() == 1 ? " field" : " fields")
                        + " where the header has " + headerWidth);
            }
            if (utf8Length(row) > limits.maxLineBytes()) {
                return new ReadResult.Failed(rowInput, "row is over the " + ReadLimits.describe(limits.maxLineBytes()) + " limit for one record");
            }
            String position = Long.toString(row.getRecordNumber());
            try {
                return new ReadResult.Read(rowInput, NewsRecord.toArticle(asRecord(row), t -> stem + "-" + position, input));
            } catch (InputProblem p) {
                return new ReadResult.Failed(rowInput, p.problem());
            }
        }

        /** Finds the columns by name; a header without a text column makes the whole file one failure. */
        private ReadResult header(CSVRecord row) {
            List<String> names = new ArrayList<>();
            for (String cell : row) names.add(cell.strip().toLowerCase(Locale.ROOT));
            for (Column c : Column.values()) {
                List<Integer> at = new ArrayList<>();
                for (String name : c.names) if (names.contains(name)) at.add(names.indexOf(name));
                if (!at.isEmpty()) columns.put(c, at);
            }
            headerWidth = row.size();
            if (columns.containsKey(Column.TEXT)) return null;
            close();
            return new ReadResult.Failed(input, "the header row names no text column (one of "
                    + String.join(", ", Column.TEXT.names) + "); it has: " + String.join(", ", names));
        }

        /** The row as the news record it stands for: the first non-empty of the text columns, the others as they are. */
        private ObjectNode asRecord(CSVRecord row) {
            ObjectNode record = JsonNodeFactory.instance.objectNode();
            columns.forEach((column, indexes) -> {
                for (int i : indexes) {
                    if (!row.get(i).isBlank()) {
                        record.put(column.recordField(), row.get(i));
                        return;
                    }
                }
            });
            return record;
        }

        private static long utf8Length(CSVRecord row) {
            long n = 0;
            for (String field : row) {
                for (int i = 0; i < field.length(); i++) {
                    char c = field.charAt(i);
                    n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4 bytes
                }
            }
            return n;
        }

        private String unreadable(IOException e) {
            if (e instanceof LimitedStream.TooLong) {
                return "over the " + ReadLimits.describe(limits.maxStreamBytes()) + " limit for a CSV or TSV file; the rest is not read";
            }
            if (e instanceof CharacterCodingException) {
                return "not valid UTF-8 text (save the file as UTF-8); the rest of the file is not read";
            }
            String why = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ").strip();
            return "malformed " + formatName + ": " + why + "; the rest of the file is not read";
        }

        @Override
        protected void closeStream() {
            try {
                parser.close();
            } catch (IOException e) {
                // Only read from; nothing to lose by a failed close.
            }
        }
    }

    /** Stops reading with {@link TooLong} once more than a limit has been read: for pipes, whose size is not known ahead. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        static final class TooLong extends IOException {
            TooLong() {
                super("too long", null);
            }
        }

        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws TooLong {
            read += n;
            if (read > limit) throw new TooLong();
        }
    }
}
