package org.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.parley.rdf.ContentHash;

/**
 * Reads the input named "-": plain text, or news records when it starts with "{" or "[" (a JSON
 * document, or JSON Lines when its first line is a whole record). Stdin has no file name, so an
 * article from it is named by its content, "stdin-" and 12 hex digits of its SHA-256: sending
 * the same content again replaces the same graph instead of adding a copy.
 */
final class StdinReader {
    static final String INPUT = "-";
    private static final int BUFFER = 64 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final InputStream stdin;
    private final ReadLimits limits;

    StdinReader(InputStream stdin, ReadLimits limits) {
        this.stdin = stdin;
        this.limits = limits;
    }

    static String contentId(String text) {
        return "stdin-" + ContentHash.of(text).substring(0, 12);
    }

    Iterator<ReadResult> read() {
        // The caller owns stdin; reading it to the end is all we do.
        InputStream in = new BufferedInputStream(new FilterInputStream(stdin) {
            @Override
            public void close() {}
        }, BUFFER);
        NewsJsonReader.Naming naming = (position, text) -> contentId(text);
        try {
            int first = firstSignificantByte(in);
            if (first == '{' && firstLineIsWholeRecord(in)) {
                return NewsJsonReader.readLines(INPUT, in, null, naming, limits.maxLineBytes(), limits.maxStreamBytes());
            }
            byte[] bytes = BoundedReads.readAtMost(in, limits.maxDocumentBytes(), "stdin");
            if (bytes.length == 0) throw new InputProblem("empty input");
            String decoded = TextDecoder.decode(bytes);
            if (first == '{' || first == '[') {
                return NewsJsonReader.readDocument(INPUT, decoded, null, naming).iterator();
            }
            String id = contentId(LineEndings.normalize(decoded));
            return List.<ReadResult>of(new ReadResult.Read(INPUT, TextFileReader.read(id, null, decoded))).iterator();
        } catch (InputProblem p) {
            return List.<ReadResult>of(new ReadResult.Failed(INPUT, p.problem())).iterator();
        } catch (IOException e) {
            return List.<ReadResult>of(new ReadResult.Failed(INPUT, IoProblems.describe(e))).iterator();
        }
    }

    /** The first byte that is not a byte-order mark or whitespace, or -1; the stream is left unread. */
    private static int firstSignificantByte(InputStream in) throws IOException {
        in.mark(BUFFER);
        try {
            byte[] head = in.readNBytes(BUFFER);
            int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) i++;
            return i < head.length ? head[i] & 0xff : -1;
        } finally {
            in.reset();
        }
    }

    /** True when line 1 parses as a JSON value by itself: the input is JSON Lines, not one pretty-printed record. */
    private boolean firstLineIsWholeRecord(InputStream in) throws IOException {
        int max = limits.maxLineBytes();
        in.mark(max + 2);
        try {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                // Too long to hold: only line-by-line reading can report it and go on.
                if (line.size() >= max) return true;
                line.write(b);
            }
            JSON.readTree(line.toString(StandardCharsets.UTF_8).replaceFirst("^\uFEFF", ""));
            return true;
        } catch (JsonProcessingException e) {
            return false;
        } finally {
            in.reset();
        }
    }
}
