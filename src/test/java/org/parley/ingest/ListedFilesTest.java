package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that another system lists (a distributed engine matching a file pattern) are read exactly
 * as a folder walk reads them: the same articles and the same per-input errors, and the files a
 * walk passes over give nothing.
 */
class ListedFilesTest {
    @TempDir
    Path dir;

    @Test
    void eachListedFileReadsAsTheFolderWalkReadsIt() throws IOException {
        Files.writeString(dir.resolve("talks.txt"), "Oman hosts talks\nOman will host the next round of talks between Iran and"
                + " the United States in Muscat on Saturday, the foreign ministry said.\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("feed.jsonl"), "{\"id\": \"feed-1\", \"text\": \"Egypt has invited Pakistan to attend"
                + " the Gaza peace summit in Sharm el-Sheikh on Monday, officials said.\"}\n{\"id\": \n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("page.html"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2});
        Files.writeString(dir.resolve("talks.gold.json"), "{}");
        Files.writeString(dir.resolve(".draft.txt"), "A hidden draft is passed over.\n");
        Files.writeString(dir.resolve("notes.md"), "Not an article type.\n");

        ArticleSources sources = new ArticleSources();
        List<String> walked;
        try (Stream<ReadResult> results = sources.read(List.of(dir.toString()))) {
            walked = results.map(ListedFilesTest::describe).toList();
        }
        List<String> listed = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir).sorted()) {
            for (Path file : files.toList()) {
                try (Stream<ReadResult> results = sources.readListed(ArticleFile.of(file))) {
                    results.map(ListedFilesTest::describe).forEach(listed::add);
                }
            }
        }

        assertEquals(5, walked.size(), walked.toString());
        assertEquals(walked, listed);
    }

    private static String describe(ReadResult r) {
        if (r instanceof ReadResult.Failed f) return "failed " + f.message();
        Article a = ((ReadResult.Read) r).article();
        return "read " + r.input() + " as " + a.id() + " (" + a.title() + ", " + a.source() + "): " + a.text();
    }
}
