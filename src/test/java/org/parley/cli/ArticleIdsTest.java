package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each distinct article id is its own article in the store; two inputs with one id are an error, not a silent replace. */
class ArticleIdsTest {
    static final String TEXT = "Egypt has invited Pakistan to attend the Gaza peace summit in Sharm el-Sheikh on Monday,"
            + " the foreign ministry in Cairo said. Foreign Minister Ishaq Dar will represent Pakistan at the summit.\n";

    @TempDir
    Path tmp;

    @Test
    void filesWhoseNamesDifferOnlyInCaseOrPunctuationAreThreeArticles() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        for (String name : List.of("report 1", "report-1", "Report_1")) {
            Files.writeString(folder.resolve(name + ".txt"), name + ": " + TEXT);
        }
        String store = tmp.resolve("store").toString();
        CliTest.Run ingest = CliTest.parley("ingest", "--store", store, folder.toString());
        assertEquals(0, ingest.status(), ingest.err());
        assertTrue(ingest.out().startsWith("3 articles stored"), ingest.out());
        assertTrue(CliTest.parley("stats", "--store", store).out().startsWith("articles:  3\n"));
    }

    @Test
    void jsonLinesRecordsWhoseUrlsDifferOnlyInSlashesOrCaseAreThreeArticles() throws IOException {
        Path feed = tmp.resolve("feed.jsonl");
        Files.writeString(feed, String.join("\n",
                record("https://news.example/2026/03/summit"),
                record("https://news.example/2026-03-summit"),
                record("https://news.example/2026/03/Summit")) + "\n");
        String store = tmp.resolve("store").toString();
        CliTest.Run ingest = CliTest.parley("ingest", "--store", store, feed.toString());
        assertEquals(0, ingest.status(), ingest.err());
        assertTrue(CliTest.parley("stats", "--store", store).out().startsWith("articles:  3\n"));
    }

    @Test
    void twoInputsWithTheSameIdAreAnErrorNamingBothAndTheFirstIsKept() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(folder.resolve("talks.txt"), "From the text file: " + TEXT);
        Files.writeString(folder.resolve("talks.html"), "<html><body><p>From the page: " + TEXT + "</p></body></html>");
        String store = tmp.resolve("store").toString();
        CliTest.Run ingest = CliTest.parley("ingest", "--threads", "1", "--store", store, folder.resolve("talks.txt").toString(),
                folder.resolve("talks.html").toString());
        assertEquals(1, ingest.status(), ingest.err());
        assertTrue(ingest.out().startsWith("1 article stored, 0 unchanged (skipped), 1 failed"), ingest.out());
        assertEquals(List.of(folder.resolve("talks.html") + ": has the same article id 'talks' as " + folder.resolve("talks.txt")
                + ", so it would replace that article; not stored (each article needs an id of its own: a file name,"
                + " or an id or url field)"), ingest.err().lines().toList());
        CliTest.Run text = CliTest.parley("query", "--store", store, "--format", "tsv", "--query",
                "PREFIX dip: <https://w3id.org/parley/dip#> SELECT ?text WHERE { ?a dip:sourceId 'talks' ; dip:text ?text }");
        assertTrue(text.out().contains("From the text file"), text.out());

        CliTest.Run extract = CliTest.parley("extract", "--format", "nq", folder.resolve("talks.txt").toString(),
                folder.resolve("talks.html").toString());
        assertEquals(1, extract.status(), "extract refuses it too, so no shard holds two articles in one graph");
        assertTrue(extract.err().contains("has the same article id 'talks'"), extract.err());
    }

    @Test
    void oneInputNamedTwiceIsReadOnce() {
        CliTest.Run ingest = CliTest.parley("ingest", "--store", tmp.resolve("store").toString(), "seeds", CliTest.SEED);
        assertEquals(0, ingest.status(), ingest.err());
        assertTrue(ingest.out().startsWith("1 article stored, 0 unchanged (skipped), 0 failed"), ingest.out());
    }

    private static String record(String url) {
        return "{\"url\": \"" + url + "\", \"title\": \"Summit " + url.substring(url.length() - 6) + "\", \"maintext\": \""
                + TEXT.strip() + "\"}";
    }
}
