package org.parley.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads news records from JSON: a {@code .json} document holding one record or an array of
 * records, or a JSON Lines stream with one record a line. A bad record costs only itself: in a
 * JSON Lines file the good lines are read and the bad one is reported as {@code path:LINE}.
 *
 * <p>Naming: a JSON Lines record is input {@code path:LINE} (lines count from 1) and, lacking an
 * id, filename or url, gets the id {@code stem-LINE}; an array element is input {@code path[i]}
 * (counting from 0) with the id {@code stem-i}; a lone record falls back to the file stem.
 */
final class NewsJsonReader {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private NewsJsonReader() {}

    /** How a record read from {@code input} is named when it carries no name of its own. */
    interface Naming {
        String fallbackId(String position, String articleText);
    }

    /** Every record of a JSON document; a document that does not parse is one failure naming where. */
    static List<ReadResult> readDocument(String input, String json, String source, Naming naming) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of(new ReadResult.Failed(input, malformed(e, true)));
        }
        if (root == null || root.isMissingNode()) return List.of(new ReadResult.Failed(input, "no text (whitespace only)"));
        if (root.isObject()) return List.of(record(input, root, source, t -> naming.fallbackId(null, t)));
        if (!root.isArray()) {
            return List.of(new ReadResult.Failed(input, "JSON is neither a news record nor an array of records"));
        }
        if (root.isEmpty()) return List.of(new ReadResult.Failed(input, "no records (empty JSON array)"));
        List<ReadResult> results = new ArrayList<>(root.size());
        for (int i = 0; i < root.size(); i++) {
            String position = Integer.toString(i);
            results.add(record(input + "[" + i + "]", root.get(i), source, t -> naming.fallbackId(position, t)));
        }
        return results;
    }

    /**
     * The records of a JSON Lines stream, read lazily one line at a time. Blank lines are skipped.
     * Reading stops with a failure once {@code maxStreamBytes} have been read. The iterator closes
     * the stream when exhausted; {@link LinesIterator#close()} closes it early.
     */
    static LinesIterator readLines(String input, InputStream in, String source, Naming naming,
                                   int maxLineBytes, long maxStreamBytes) {
        return new LinesIterator(input, in, source, naming, maxLineBytes, maxStreamBytes);
    }

    static final class LinesIterator extends RecordResults {
        private final String input;
        private final InputStream in;
        private final LineReader lines;
        private final String source;
        private final Naming naming;
        private final int maxLineBytes;
        private final long maxStreamBytes;
        private boolean anyRecord;

        private LinesIterator(String input, InputStream in, String source, Naming naming, int maxLineBytes, long maxStreamBytes) {
            this.input = input;
            this.in = in;
            this.lines = new LineReader(in, maxLineBytes);
            this.source = source;
            this.naming = naming;
            this.maxLineBytes = maxLineBytes;
            this.maxStreamBytes = maxStreamBytes;
        }

        @Override
        protected ReadResult advance() {
            LineReader.Line line;
            try {
                line = lines.next();
            } catch (IOException e) {
                close();
                return new ReadResult.Failed(input, IoProblems.describe(e));
            }
            if (lines.bytesRead() > maxStreamBytes) {
                close();
                return new ReadResult.Failed(input, "over the " + ReadLimits.describe(maxStreamBytes)
                        + " limit for a JSON Lines stream; stopped before line " + (line == null ? "end" : line.number()));
            }
            if (line == null) {
                close();
                return anyRecord ? null : new ReadResult.Failed(input, "no records (no text, whitespace only)");
            }
            anyRecord |= line.tooLong() || !isBlank(line.bytes());
            String lineInput = input + ":" + line.number();
            if (line.tooLong()) {
                return new ReadResult.Failed(lineInput, "line is over the " + ReadLimits.describe(maxLineBytes) + " limit for one record");
            }
            if (isBlank(line.bytes())) return null;
            String json;
            try {
                json = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(line.bytes())).toString();
            } catch (CharacterCodingException e) {
                return new ReadResult.Failed(lineInput, "line is not valid UTF-8 text");
            }
            if (line.number() == 1 && json.startsWith("\uFEFF")) json = json.substring(1);
            JsonNode node;
            try {
                node = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                return new ReadResult.Failed(lineInput, malformed(e, false));
            }
            String position = Long.toString(line.number());
            return record(lineInput, node, source, t -> naming.fallbackId(position, t));
        }

        @Override
        protected void closeStream() {
            try {
                in.close();
            } catch (IOException e) {
                // Only read from; nothing to lose by a failed close.
            }
        }
    }

    private static ReadResult record(String input, JsonNode node, String source, NewsRecord.FallbackId ids) {
        try {
            return new ReadResult.Read(input, NewsRecord.toArticle(node, ids, source));
        } catch (InputProblem p) {
            return new ReadResult.Failed(input, p.problem());
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) if (b != ' ' && b != '\t' && b != '\r' && b != '\f') return false;
        return true;
    }

    /** "malformed JSON at line 3, column 14: Unexpected character ('}' ...)" on one line. */
    private static String malformed(JsonProcessingException e, boolean withLine) {
        // Jackson stops at its nesting limit rather than recurse until the stack overflows; its
        // message names the setting that would raise the limit, which a user of parley cannot.
        if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
            return "JSON nested more than " + StreamReadConstraints.defaults().getMaxNestingDepth()
                    + " levels deep; no news record is";
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : withLine
                ? " at line " + at.getLineNr() + ", column " + at.getColumnNr()
                : " at column " + at.getColumnNr();
        String why = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().replaceAll("\\s+", " ").strip();
        return "malformed JSON" + where + why;
    }
}
