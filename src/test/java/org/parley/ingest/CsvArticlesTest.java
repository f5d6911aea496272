package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.Fixtures.articles;
import static org.parley.ingest.Fixtures.failures;
import static org.parley.ingest.Fixtures.onlyArticle;
import static org.parley.ingest.Fixtures.onlyFailure;
import static org.parley.ingest.Fixtures.read;
import static org.parley.ingest.Fixtures.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** News collections as CSV or TSV files: one article a row, under a header that names the columns. */
class CsvArticlesTest {
    @TempDir
    Path dir;

    private static final String PAKISTAN = "Pakistan has been invited to participate in the US-Iran talks, the Foreign Office confirmed on Tuesday.";
    private static final String OMAN = "Oman hosted the indirect talks in Muscat on Saturday, the ministry said.";

    @Test
    void aRowBecomesAnArticleUnderAnyOfTheCommonColumnNames() {
        // A byte-order mark as spreadsheet programs write it, columns in any case, an unused column,
        // and a text field quoted across two lines with a comma and a doubled quote in it.
        String csv = "\uFEFFID,Headline,Published,Link,Body,Section\r\n"
                + "pk-001,Pakistan invited to US-Iran talks,2026-02-03 14:30:00,https://example.org/a,\""
                + PAKISTAN + "\nThe talks, officials said, will be \"\"indirect\"\".\",World\r\n";
        Article a = onlyArticle(read(write(dir, "news.csv", csv)));
        assertEquals("pk-001", a.id());
        assertEquals("Pakistan invited to US-Iran talks", a.title());
        assertEquals(LocalDate.of(2026, 2, 3), a.published());
        assertEquals("https://example.org/a", a.source());
        assertEquals("Pakistan invited to US-Iran talks\n" + PAKISTAN + "\nThe talks, officials said, will be \"indirect\".", a.text());
    }

    @Test
    void aTsvFileReadsTheSameWay() {
        String tsv = "title\ttext\tdate\turl\n"
                + "Oman hosts talks\t" + OMAN + "\t2025-04-12\thttps://example.org/b\n";
        Article a = onlyArticle(read(write(dir, "news.tsv", tsv)));
        assertEquals("https://example.org/b", a.id(), "no id column: the url names it");
        assertEquals(LocalDate.of(2025, 4, 12), a.published());
        assertEquals("Oman hosts talks\n" + OMAN, a.text());
    }

    @Test
    void withoutIdOrUrlARowIsNamedByItsFileAndRowAsASpreadsheetNumbersIt() {
        Path file = write(dir, "feed.csv", "content\n\"" + PAKISTAN + "\"\n\n\"" + OMAN + "\"\n");
        List<ReadResult> results = read(file);
        assertEquals(List.of("feed-2", "feed-3"), articles(results).stream().map(Article::id).toList());
        assertEquals(List.of(file + ":2", file + ":3"), results.stream().map(ReadResult::input).toList());
        Article first = articles(results).get(0);
        assertNull(first.title());
        assertNull(first.published());
        assertEquals(file.toString(), first.source());
    }

    @Test
    void theFirstNonEmptyTextColumnOfARowIsItsText() {
        Article a = onlyArticle(read(write(dir, "two.csv", "maintext,text\n,\"" + OMAN + "\"\n")));
        assertEquals(OMAN, a.text());
    }

    @Test
    void aBadRowCostsOnlyItselfAndIsNamedByFileAndRow() {
        Path file = write(dir, "mixed.csv", "id,title,text\n"
                + "a,Pakistan invited,\"" + PAKISTAN + "\"\n"
                + "b,Only a title,\n"
                + "c,one field too many,\"" + OMAN + "\",extra\n"
                + "d,Oman,\"" + OMAN + "\"\n");
        List<ReadResult> results = read(file);
        assertEquals(List.of("a", "d"), articles(results).stream().map(Article::id).toList());
        assertEquals(List.of(
                new ReadResult.Failed(file + ":3", "record has no text (only a title)"),
                new ReadResult.Failed(file + ":4", "row has 4 fields where the header has 3")), failures(results));
    }

    @Test
    void aQuoteNeverClosedEndsTheFileAtItsRow() {
        Path file = write(dir, "open.csv", "id,text\na,\"" + PAKISTAN + "\"\nb,\"" + OMAN + "\nc,more\n");
        List<ReadResult> results = read(file);
        assertEquals(List.of("a"), articles(results).stream().map(Article::id).toList());
        ReadResult.Failed failed = failures(results).get(0);
        assertEquals(file + ":3", failed.input());
        assertTrue(failed.problem().startsWith("malformed CSV: ") && failed.problem().endsWith("; the rest of the file is not read"),
                failed.problem());
    }

    @Test
    void aFileWithoutATextColumnOrWithoutRowsIsOneFailureNamingTheFile() {
        Path noText = write(dir, "no-text.csv", "Title,URL\nPakistan invited,https://example.org/a\n");
        assertEquals(new ReadResult.Failed(noText.toString(),
                "the header row names no text column (one of maintext, text, content, body); it has: title, url"),
                onlyFailure(read(noText)));
        Path headerOnly = write(dir, "header-only.csv", "id,text\n");
        assertEquals(new ReadResult.Failed(headerOnly.toString(), "no rows under the header"), onlyFailure(read(headerOnly)));
        Path empty = write(dir, "empty.tsv", "");
        assertEquals(new ReadResult.Failed(empty.toString(), "empty file"), onlyFailure(read(empty)));
    }

    @Test
    void theSizeLimitsAreThoseOfJsonLines() {
        ArticleSources sources = new ArticleSources(new ReadLimits(10_000, 10_000, 500), System.in);
        Path file = write(dir, "long-row.csv", "id,text\nlong,\"" + "Talks. ".repeat(100) + "\"\nshort,\"" + OMAN + "\"\n");
        List<ReadResult> results = Fixtures.read(sources, file.toString());
        assertEquals(new ReadResult.Failed(file + ":2", "row is over the 500 bytes limit for one record"), results.get(0));
        assertEquals(List.of("short"), articles(results).stream().map(Article::id).toList());

        ArticleSources small = new ArticleSources(new ReadLimits(10_000, 1000, 500), System.in);
        Path big = write(dir, "big.csv", "id,text\n" + ("x,\"" + OMAN + "\"\n").repeat(20));
        ReadResult.Failed failed = onlyFailure(Fixtures.read(small, big.toString()));
        assertTrue(failed.problem().contains("over the 1000 bytes limit for CSV files"), failed.problem());
    }

    @Test
    void onlyUtf8IsRead() {
        byte[] latin1 = ("id,text\na,\"Le ministre des Affaires étrangères a été invité aux pourparlers.\"\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        ReadResult.Failed failed = onlyFailure(read(write(dir, "latin1.csv", latin1)));
        assertTrue(failed.problem().startsWith("not valid UTF-8 text (save the file as UTF-8)"), failed.problem());
        byte[] utf16 = "id,text\na,b\n".getBytes(StandardCharsets.UTF_16);
        assertEquals("CSV must be UTF-8 (found a UTF-16 byte-order mark)", onlyFailure(read(write(dir, "utf16.csv", utf16))).problem());
    }

    @Test
    void aFolderWalkReadsCsvAndTsvFiles() {
        write(dir, "in/a.csv", "text\n\"" + PAKISTAN + "\"\n");
        write(dir, "in/b.tsv", "text\n" + OMAN + "\n");
        assertEquals(List.of("a-2", "b-2"), articles(read(dir.resolve("in"))).stream().map(Article::id).toList());
    }
}
