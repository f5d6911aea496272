package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.Fixtures.articles;
import static org.parley.ingest.Fixtures.failures;
import static org.parley.ingest.Fixtures.onlyArticle;
import static org.parley.ingest.Fixtures.onlyFailure;
import static org.parley.ingest.Fixtures.read;
import static org.parley.ingest.Fixtures.readStdin;
import static org.parley.ingest.Fixtures.write;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to break a reader: structures nested too deep for a recursive parser, entity
 * expansion bombs, compression bombs and a feed made mostly of bad lines. Each costs one clear
 * line (or is read), quickly, and never the run.
 */
class HostileInputsTest {
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final String SENTENCE = "Oman hosted the talks in Muscat on Saturday, the ministry said.";
    private static final String TOO_DEEP = "JSON nested more than 1000 levels deep; no news record is";

    @TempDir
    Path dir;

    @Test
    void jsonNestedAHundredThousandLevelsIsOneClearFailure() {
        Path arrays = write(dir, "arrays.json", "[".repeat(100_000) + "]".repeat(100_000));
        Path objects = write(dir, "objects.json", "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000));
        Path lines = write(dir, "feed.jsonl", "{\"id\": \"ok\", \"maintext\": \"" + SENTENCE + "\"}\n"
                + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        List<ReadResult> results = assertTimeoutPreemptively(LIMIT, () -> read(arrays, objects, lines));
        assertEquals(List.of(new ReadResult.Failed(arrays.toString(), TOO_DEEP), new ReadResult.Failed(objects.toString(), TOO_DEEP),
                new ReadResult.Failed(lines + ":2", TOO_DEEP)), failures(results));
        assertEquals(List.of("ok"), articles(results).stream().map(Article::id).toList());
    }

    @Test
    void htmlNestedAHundredThousandLevelsIsReadWithoutOverflowingTheStack() {
        String closed = "<html><body>" + "<div>".repeat(100_000) + "<p>" + SENTENCE + "</p>" + "</div>".repeat(100_000) + "</body></html>";
        String unclosed = "<html><body>" + "<b><i>".repeat(50_000) + SENTENCE + "</body></html>";
        List<ReadResult> results = assertTimeoutPreemptively(LIMIT,
                () -> read(write(dir, "closed.html", closed), write(dir, "unclosed.html", unclosed)));
        assertEquals(List.of(), failures(results));
        for (Article a : articles(results)) assertTrue(a.text().contains(SENTENCE), a.id() + ": " + a.text());
    }

    /** The "billion laughs": ten levels of entities, each ten of the one below. Declared entities are never expanded. */
    @Test
    void entityExpansionBombsAreNotExpanded() {
        StringBuilder doctype = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        doctype.append("]>\n");
        Article a = assertTimeoutPreemptively(LIMIT, () -> onlyArticle(read(write(dir, "laughs.html",
                doctype + "<html><body><p>&lol9; " + SENTENCE + "</p></body></html>"))));
        assertTrue(a.text().length() < 1000, "expanded: " + a.text().length() + " characters");
        assertTrue(a.text().contains(SENTENCE));
    }

    /** 50 MB of zeros compressed to 50 kB, named as an article or sent on stdin: refused unread, never inflated. */
    @Test
    void aCompressionBombIsRefusedAsBinaryWithoutInflatingIt() throws IOException {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(packed)) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) gz.write(zeros);
        }
        byte[] bomb = packed.toByteArray();
        for (String name : List.of("bomb.txt", "bomb.html", "bomb.json", "bomb.jsonl")) {
            ReadResult.Failed failed = assertTimeoutPreemptively(LIMIT, () -> onlyFailure(read(write(dir, name, bomb))));
            assertEquals("binary file (gzip archive)", failed.problem(), name);
        }
        assertEquals("binary file (gzip archive)", onlyFailure(readStdin(bomb)).problem(), "stdin");
    }

    /** A feed of 200,000 lines, all but every thousandth malformed: one failure per bad line, the good ones read, a line at a time. */
    @Test
    void aFeedOfTwoHundredThousandMostlyBadLinesGivesEveryGoodRecordAndNamesEveryBadLine() throws IOException {
        Path feed = dir.resolve("feed.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(feed, StandardCharsets.UTF_8)) {
            for (int line = 1; line <= 200_000; line++) {
                w.write(line % 1000 == 0 ? "{\"id\": \"r" + line + "\", \"maintext\": \"" + SENTENCE + "\"}" : "{\"id\": " + line + ", broken");
                w.write('\n');
            }
        }
        List<ReadResult> results = assertTimeoutPreemptively(LIMIT, () -> read(feed));
        assertEquals(200, articles(results).size());
        assertEquals("r1000", articles(results).get(0).id());
        List<ReadResult.Failed> bad = failures(results);
        assertEquals(199_800, bad.size());
        assertEquals(feed + ":1", bad.get(0).input());
        assertEquals(feed + ":199999", bad.get(bad.size() - 1).input());
        assertTrue(bad.stream().allMatch(f -> f.problem().startsWith("malformed JSON")), bad.get(0).problem());
        assertFalse(bad.stream().anyMatch(f -> f.message().contains("\n")));
    }
}
