package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article count behind an ingest's ETA: the files the reader would open, and the records in them. */
class InputCountTest {
    @TempDir
    Path dir;

    @Test
    void countsTheArticlesTheReaderWouldRead() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "One article.");
        Files.writeString(dir.resolve("a.gold.json"), "{\"relations\": []}"); // an answer, not an article
        Files.writeString(dir.resolve("notes.md"), "not an input type");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"text\": \"1\"}\n\n{\"text\": \"2\"}\n  \n{\"text\": \"3\"}");
        Files.writeString(dir.resolve("array.json"), "[{\"text\": \"1\", \"tags\": [1, 2]}, {\"text\": \"2\"}]");
        Files.writeString(dir.resolve("broken.json"), "[{\"text\": ");
        Files.writeString(dir.resolve("table.csv"), "\uFEFFid,text\na,\"two\nlines\"\n\nb,one line\n");
        assertEquals(OptionalLong.of(1 + 3 + 2 + 1 + 2), InputCount.articles(List.of(dir.toString())));
        assertEquals(OptionalLong.of(2), InputCount.articles(List.of(dir.resolve("a.txt").toString(), "no-such-file")));
        assertEquals(OptionalLong.empty(), InputCount.articles(List.of(dir.toString(), "-")));
    }
}
