package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.Fixtures.articles;
import static org.parley.ingest.Fixtures.failures;
import static org.parley.ingest.Fixtures.onlyArticle;
import static org.parley.ingest.Fixtures.onlyFailure;
import static org.parley.ingest.Fixtures.read;
import static org.parley.ingest.Fixtures.write;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsJsonArticlesTest {
    @TempDir
    Path dir;

    private static final String RECORD = """
            {"title": "Pakistan invited to US-Iran talks",
             "maintext": "Pakistan has been invited to participate in the US-Iran talks, the Foreign Office confirmed on Tuesday.\\r\\nThe talks will be held in Istanbul.",
             "date_publish": "2026-02-03 14:30:00",
             "url": "https://example.org/news/pakistan-invited",
             "language": "en"}
            """;

    @Test
    void aNewsPleaseRecordBecomesAnArticleWithItsHeadlineAsLineOne() {
        Article a = onlyArticle(read(write(dir, "record.json", RECORD)));
        assertEquals("https://example.org/news/pakistan-invited", a.id(), "no id field: the url names it");
        assertEquals("https://example.org/news/pakistan-invited", a.source());
        assertEquals("Pakistan invited to US-Iran talks", a.title());
        assertEquals(LocalDate.of(2026, 2, 3), a.published());
        assertEquals("""
                Pakistan invited to US-Iran talks
                Pakistan has been invited to participate in the US-Iran talks, the Foreign Office confirmed on Tuesday.
                The talks will be held in Istanbul.""", a.text());
    }

    @Test
    void theRecordIdWinsThenTheUrlThenTheFilePosition() {
        String array = """
                [{"id": "pk-001", "title": "Pakistan invited", "text": "Pakistan has been invited to the talks in Istanbul, the Foreign Office said.", "url": "https://example.org/a"},
                 {"title": "Oman hosts talks", "maintext": "Oman hosted the talks in Muscat on Saturday, the ministry said.", "url": "https://example.org/b"},
                 {"maintext": "Türkiye will host the talks in Istanbul on Friday, the minister said.", "date_publish": "2025-05-16T09:00:00Z"}]
                """;
        Path file = write(dir, "batch.json", array);
        List<ReadResult> results = read(file);
        assertEquals(List.of("pk-001", "https://example.org/b", "batch-2"), articles(results).stream().map(Article::id).toList());
        assertEquals(file + "[2]", results.get(2).input());
        Article third = articles(results).get(2);
        assertNull(third.title());
        assertEquals(file.toString(), third.source());
        assertEquals(LocalDate.of(2025, 5, 16), third.published());
    }

    @Test
    void aJsonLinesFileWithOneBadLineGivesTheGoodLinesAndNamesTheBadOne() {
        String lines = String.join("\n",
                "{\"id\": \"one\", \"title\": \"Pakistan invited\", \"maintext\": \"Pakistan has been invited to the talks in Istanbul, the Foreign Office said.\"}",
                "",
                "{\"id\": \"two\", \"title\": \"Oman hosts talks\", \"maintext\": \"Oman hosted the talks in Muscat on Saturday\", }",
                "{\"id\": \"three\", \"title\": \"Türkiye to host talks\", \"text\": \"Türkiye will host the talks in Istanbul on Friday, the minister said.\"}",
                "{\"id\": \"four\", \"title\": \"Headline only\"}",
                "");
        Path file = write(dir, "crawl.jsonl", lines);
        List<ReadResult> results = read(file);
        assertEquals(List.of("one", "three"), articles(results).stream().map(Article::id).toList());
        List<ReadResult.Failed> failed = failures(results);
        assertEquals(2, failed.size(), failed.toString());
        assertEquals(file + ":3", failed.get(0).input());
        assertTrue(failed.get(0).problem().startsWith("malformed JSON at column"), failed.get(0).problem());
        assertEquals(file + ":5", failed.get(1).input());
        assertEquals("record has no text (only a title)", failed.get(1).problem());
        assertEquals(List.of(file + ":1", file + ":3", file + ":4", file + ":5"), results.stream().map(ReadResult::input).toList());
    }

    @Test
    void jsonLinesRecordsWithoutANameAreNamedByLine() {
        Path file = write(dir, "feed.jsonl", "{\"maintext\": \"Oman hosted the talks in Muscat on Saturday, the ministry said.\"}\n");
        assertEquals("feed-1", onlyArticle(read(file)).id());
    }

    @Test
    void malformedJsonIsOneFailureNamingTheFileAndWhere() {
        Path file = write(dir, "broken.json", "{\n  \"title\": \"Pakistan invited\",\n  \"maintext\": \"Pakistan has been invited\n}");
        ReadResult.Failed failed = onlyFailure(read(file));
        assertEquals(file.toString(), failed.input());
        assertTrue(failed.problem().startsWith("malformed JSON at line 3, column"), failed.problem());
        assertEquals(file + ": " + failed.problem(), failed.message());
    }

    @Test
    void aRecordWithoutTextIsRefused() {
        assertEquals("record has no text",
                onlyFailure(read(write(dir, "notext.json", "{\"url\": \"https://example.org/x\", \"maintext\": \"  \"}"))).problem());
    }

    @Test
    void aRecordWhoseTextIsNotAStringIsRefusedNamingTheField() {
        assertEquals("field \"maintext\" is an object, not text",
                onlyFailure(read(write(dir, "odd.json", "{\"maintext\": {\"p\": 1}}"))).problem());
    }

    @Test
    void jsonThatIsNotARecordIsRefused() {
        assertEquals("JSON is neither a news record nor an array of records", onlyFailure(read(write(dir, "n.json", "42"))).problem());
        assertEquals("no records (empty JSON array)", onlyFailure(read(write(dir, "e.json", "[]"))).problem());
        assertEquals("record is not a JSON object (found a string)",
                onlyFailure(read(write(dir, "s.json", "[\"just a string\"]"))).problem());
    }

    @Test
    void aJsonLinesLineOverTheLineLimitIsReportedAndTheRestRead() {
        String good = "{\"id\": \"ok\", \"maintext\": \"Oman hosted the talks in Muscat on Saturday, the ministry said.\"}";
        String huge = "{\"id\": \"huge\", \"maintext\": \"" + "word ".repeat(200) + "\"}";
        Path file = write(dir, "limits.jsonl", huge + "\n" + good + "\n");
        ArticleSources sources = new ArticleSources(new ReadLimits(10_000, 10_000, 500), System.in);
        List<ReadResult> results = Fixtures.read(sources, file.toString());
        assertEquals(2, results.size());
        assertEquals(new ReadResult.Failed(file + ":1", "line is over the 500 bytes limit for one record"), results.get(0));
        assertEquals("ok", assertInstanceOf(ReadResult.Read.class, results.get(1)).article().id());
    }

    @Test
    void aJsonLinesFileOverTheStreamLimitIsRefusedFromItsSize() {
        String good = "{\"maintext\": \"Oman hosted the talks in Muscat on Saturday, the ministry said.\"}\n";
        Path file = write(dir, "many.jsonl", good.repeat(50));
        ArticleSources sources = new ArticleSources(new ReadLimits(10_000, 1000, 500), System.in);
        ReadResult.Failed failed = onlyFailure(Fixtures.read(sources, file.toString()));
        assertTrue(failed.problem().contains("over the 1000 bytes limit for JSON Lines files"), failed.problem());
    }
}
