package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.Fixtures.ARTICLE;
import static org.parley.ingest.Fixtures.OTHER_ARTICLE;
import static org.parley.ingest.Fixtures.articles;
import static org.parley.ingest.Fixtures.onlyArticle;
import static org.parley.ingest.Fixtures.onlyFailure;
import static org.parley.ingest.Fixtures.readStdin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.rdf.ContentHash;

class StdinInputTest {
    @Test
    void stdinTextIsAnArticleNamedByItsContent() {
        Article a = onlyArticle(readStdin(ARTICLE.getBytes(StandardCharsets.UTF_8)));
        assertEquals("stdin-" + ContentHash.of(ARTICLE).substring(0, 12), a.id());
        assertEquals(ARTICLE, a.text());
        assertEquals("Pakistan invited to US-Iran talks in Istanbul", a.title());
        assertNull(a.source());
    }

    @Test
    void theSameContentGetsTheSameIdAndOtherContentAnother() {
        String first = onlyArticle(readStdin(ARTICLE.getBytes(StandardCharsets.UTF_8))).id();
        assertEquals(first, onlyArticle(readStdin(ARTICLE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))).id());
        assertNotEquals(first, onlyArticle(readStdin(OTHER_ARTICLE.getBytes(StandardCharsets.UTF_8))).id());
    }

    @Test
    void stdinStartingWithABraceIsJsonLines() {
        String lines = "{\"id\": \"a\", \"title\": \"Oman hosts talks\", \"maintext\": \"Oman hosted the talks in Muscat on Saturday, the ministry said.\"}\n"
                + "{\"title\": \"broken\", \n"
                + "{\"maintext\": \"Türkiye will host the talks in Istanbul on Friday, the minister said.\"}\n";
        var results = readStdin(lines.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("-:1", "-:2", "-:3"), results.stream().map(ReadResult::input).toList());
        assertEquals("a", articles(results).get(0).id());
        String text = "Türkiye will host the talks in Istanbul on Friday, the minister said.";
        assertEquals("stdin-" + ContentHash.of(text).substring(0, 12), articles(results).get(1).id());
        assertTrue(((ReadResult.Failed) results.get(1)).problem().startsWith("malformed JSON"));
    }

    @Test
    void stdinWithAPrettyPrintedRecordOrAnArrayIsOneJsonDocument() {
        String record = """
                {
                  "title": "Oman hosts talks",
                  "maintext": "Oman hosted the talks in Muscat on Saturday, the ministry said.",
                  "date_publish": "2025-04-12T18:00:00+04:00"
                }
                """;
        Article a = onlyArticle(readStdin(record.getBytes(StandardCharsets.UTF_8)));
        assertEquals(LocalDate.of(2025, 4, 12), a.published());
        assertEquals("Oman hosts talks\nOman hosted the talks in Muscat on Saturday, the ministry said.", a.text());
        var results = readStdin(("[" + record + "," + record + "]").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("-[0]", "-[1]"), results.stream().map(ReadResult::input).toList());
    }

    @Test
    void aJsonLinesFirstLineOverTheLineLimitIsReportedAndTheRestRead() {
        String huge = "{\"maintext\": \"" + "word ".repeat(100) + "\"}";
        String good = "{\"id\": \"ok\", \"maintext\": \"Oman hosted the talks in Muscat on Saturday, the ministry said.\"}";
        ArticleSources sources = new ArticleSources(new ReadLimits(100_000, 100_000, 200),
                new java.io.ByteArrayInputStream((huge + "\n" + good + "\n").getBytes(StandardCharsets.UTF_8)));
        var results = Fixtures.read(sources, "-");
        assertEquals(List.of(new ReadResult.Failed("-:1", "line is over the 200 bytes limit for one record")),
                Fixtures.failures(results));
        assertEquals("ok", onlyArticle(results.subList(1, 2)).id());
    }

    @Test
    void emptyStdinIsRefused() {
        assertEquals(new ReadResult.Failed("-", "empty input"), onlyFailure(readStdin(new byte[0])));
    }

    @Test
    void endlessStdinIsRefusedAtTheLimitWithoutExhaustingMemory() {
        ArticleSources sources = new ArticleSources(ReadLimits.defaults(), new EndlessInput('a'));
        ReadResult.Failed failed = onlyFailure(assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> Fixtures.read(sources, "-")));
        assertEquals("too large: over the 10 MB limit for stdin", failed.problem());
    }
}
