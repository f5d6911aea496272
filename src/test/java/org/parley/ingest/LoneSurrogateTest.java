package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that the store cannot keep as it is would break offsets: lone surrogates become U+FFFD, one for one. */
class LoneSurrogateTest {
    @Test
    void aLoneSurrogateFromAJsonEscapeBecomesTheReplacementCharacter(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.jsonl");
        Files.writeString(file, "{\"id\": \"a1\", \"title\": \"Kenya invites Brazil\", "
                + "\"maintext\": \"Kenya has invited Brazil to the summit \\ud800 in Nairobi, the ministry said on Monday.\"}\n");
        ArticleSources sources = new ArticleSources(ReadLimits.defaults(), new ByteArrayInputStream(new byte[0]));
        List<ReadResult> results = sources.read(List.of(file.toString())).toList();
        Article a = ((ReadResult.Read) results.get(0)).article();
        assertEquals(-1, a.text().indexOf('\ud800'));
        assertEquals(1, a.text().chars().filter(c -> c == '\uFFFD').count());
        assertEquals("x\uD83D\uDE00y\uFFFD", ArticleChecks.withoutLoneSurrogates("x\uD83D\uDE00y\uDC00"));
    }
}
