package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.parley.ingest.Fixtures.ARTICLE;
import static org.parley.ingest.Fixtures.OTHER_ARTICLE;
import static org.parley.ingest.Fixtures.articles;
import static org.parley.ingest.Fixtures.failures;
import static org.parley.ingest.Fixtures.onlyFailure;
import static org.parley.ingest.Fixtures.read;
import static org.parley.ingest.Fixtures.write;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryInputsTest {
    @TempDir
    Path dir;

    @Test
    void aDirectoryIsReadRecursivelyInNameOrderSkippingHiddenOtherAndGoldFiles() {
        write(dir, "b.txt", OTHER_ARTICLE);
        write(dir, "a.txt", ARTICLE);
        write(dir, "a.gold.json", "{\"article\": \"a\", \"relations\": []}");
        write(dir, "notes.md", ARTICLE);
        write(dir, "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        write(dir, ".hidden.txt", ARTICLE);
        write(dir, ".cache/c.txt", ARTICLE);
        write(dir, "sub/c.html", "<p>The minister said the talks would be held in Oman on Saturday.</p>");
        write(dir, "sub/deeper/d.jsonl", "{\"id\": \"d\", \"maintext\": \"Oman hosted the talks in Muscat on Saturday, the ministry said.\"}\n");
        List<ReadResult> results = read(dir);
        assertEquals(List.of(), failures(results));
        assertEquals(List.of("a", "b", "c", "d"), articles(results).stream().map(Article::id).toList());
    }

    @Test
    void aPathThatDoesNotExistIsOneFailure() {
        Path missing = dir.resolve("nowhere/article.txt");
        ReadResult.Failed failed = onlyFailure(read(missing));
        assertEquals(missing.toString(), failed.input());
        assertEquals("no such file or directory", failed.problem());
        assertEquals(missing + ": no such file or directory", failed.message());
    }

    @Test
    void aSymlinkLoopIsReportedOnceAndNeverHangs() throws IOException {
        write(dir, "a/one.txt", ARTICLE);
        write(dir, "b/two.txt", OTHER_ARTICLE);
        Files.createSymbolicLink(dir.resolve("a/back-to-top"), dir);
        Files.createSymbolicLink(dir.resolve("a/to-b"), dir.resolve("b"));
        Files.createSymbolicLink(dir.resolve("b/to-a"), dir.resolve("a"));
        List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(dir));
        assertEquals(List.of("one", "two"), articles(results).stream().map(Article::id).toList(), "each file once");
        Map<String, String> loops = failures(results).stream()
                .collect(Collectors.toMap(ReadResult.Failed::input, ReadResult.Failed::problem));
        assertEquals(2, loops.size(), loops.toString());
        assertTrue(loops.get(dir.resolve("a/back-to-top").toString()).startsWith("symbolic link loop: leads back to " + dir), loops.toString());
        assertTrue(loops.get(dir.resolve("a/to-b/to-a").toString()).startsWith("symbolic link loop"), loops.toString());
    }

    @Test
    void aBrokenSymlinkToAnArticleIsReported() throws IOException {
        write(dir, "good.txt", ARTICLE);
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("deleted.txt"));
        List<ReadResult> results = read(dir);
        assertEquals(1, articles(results).size());
        assertEquals("broken symbolic link (its target does not exist)", failures(results).get(0).problem());
    }

    @Test
    void aSymlinkLoopIsReportedAsALoopNotAsABrokenLink() throws IOException {
        Path self = Files.createSymbolicLink(dir.resolve("self.txt"), dir.resolve("self.txt"));
        Files.createSymbolicLink(dir.resolve("ping.txt"), dir.resolve("pong.txt"));
        Files.createSymbolicLink(dir.resolve("pong.txt"), dir.resolve("ping.txt"));
        write(dir, "good.txt", ARTICLE);
        List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(dir));
        assertEquals(List.of("good"), articles(results).stream().map(Article::id).toList());
        Map<String, String> problems = failures(results).stream()
                .collect(Collectors.toMap(f -> dir.relativize(Path.of(f.input())).toString(), ReadResult.Failed::problem));
        assertEquals(Map.of("ping.txt", "symbolic link loop (its links lead round in a circle)",
                "pong.txt", "symbolic link loop (its links lead round in a circle)",
                "self.txt", "symbolic link loop (its links lead round in a circle)"), problems);
        assertEquals("symbolic link loop (its links lead round in a circle)", onlyFailure(read(self)).problem(),
                "named directly");
    }

    @Test
    void aNamedPipeIsSkippedWithAReasonInsteadOfBlockingTheRun() throws Exception {
        Path named = makeFifo(dir.resolve("named.txt"));
        Path inFolder = makeFifo(dir.resolve("folder/feed.jsonl"));
        write(dir, "folder/good.txt", ARTICLE);
        // Opening a pipe that nobody writes to blocks forever: the reader must never open one.
        List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> read(named, dir.resolve("folder")));
        assertEquals(List.of("good"), articles(results).stream().map(Article::id).toList());
        Map<String, String> problems = failures(results).stream()
                .collect(Collectors.toMap(ReadResult.Failed::input, ReadResult.Failed::problem));
        assertEquals(2, problems.size(), problems.toString());
        for (Path fifo : List.of(named, inFolder)) {
            assertTrue(problems.get(fifo.toString()).startsWith("not a regular file (a named pipe); skipped"), problems.toString());
        }
    }

    @Test
    void aDeviceNamedAsInputIsSkippedWithAReason() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "no /dev/zero here");
        ReadResult.Failed failed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> onlyFailure(read(zero)));
        assertTrue(failed.problem().startsWith("not a regular file (a character device)"), failed.problem());
    }

    @Test
    void aFileNameWithControlCharactersIsEscapedInItsErrorLine() throws IOException {
        Path forged = write(dir, "report\nfake.txt: stored fine\n\u001b[2Jx.txt", "");
        ReadResult.Failed failed = onlyFailure(read(forged));
        assertEquals(forged.toString(), failed.input(), "the input itself is kept as it is");
        String line = failed.message();
        assertFalse(line.chars().anyMatch(c -> c < 0x20), line);
        assertEquals("\"" + dir + "/report\\nfake.txt: stored fine\\n\\x1b[2Jx.txt\": empty file", line);
    }

    private static Path makeFifo(Path path) throws Exception {
        Files.createDirectories(path.getParent());
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        return path;
    }

    @Test
    void anUnreadableFileIsReportedWithTheReason() throws IOException {
        Path file = write(dir, "locked.txt", ARTICLE);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not stop reading");
        assertEquals("cannot read: permission denied", onlyFailure(read(file)).problem());
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsReportedWithTheReason() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("folder.txt"));
        Iterator<ReadResult> results = new ArticleFileReader(ReadLimits.defaults()).read(ArticleFile.of(sub), InputFormat.TEXT);
        ReadResult.Failed failed = (ReadResult.Failed) results.next();
        assertEquals(sub.toString(), failed.input());
        assertEquals("cannot read: is a directory", failed.problem());
        assertFalse(results.hasNext());
    }

    @Test
    void everyBadInputInAFolderIsReportedAndTheGoodArticlesStillComeOut() throws IOException {
        write(dir, "01-good.txt", ARTICLE);
        write(dir, "02-empty.txt", "");
        write(dir, "03-blank.txt", " \n\n ");
        write(dir, "04-image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        write(dir, "05-gbk.txt", "外交部长周二在北京会见了伊朗外长。双方讨论了地区局势。".getBytes(Charset.forName("GBK")));
        write(dir, "06-utf16.txt", ARTICLE, StandardCharsets.UTF_16);
        write(dir, "07-latin1.txt", "Café talks\nThe minister said the café in Zürich would host the talks on Friday.", StandardCharsets.ISO_8859_1);
        write(dir, "08-french.txt", LanguageSamples.FRENCH);
        write(dir, "09-broken.json", "{\"title\": ");
        write(dir, "10-feed.jsonl", "{\"id\": \"feed-ok\", \"maintext\": \"Oman hosted the talks in Muscat on Saturday, the ministry said.\"}\nnot json\n");
        write(dir, "11-page.html", "<script>x()</script><p>Türkiye will host the talks in Istanbul on Friday, the ministry said.</p>");
        Files.createSymbolicLink(dir.resolve("12-loop"), dir);
        write(dir, "13-good.txt", OTHER_ARTICLE);
        List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(dir));

        assertEquals(List.of("01-good", "06-utf16", "07-latin1", "feed-ok", "11-page", "13-good"),
                articles(results).stream().map(Article::id).toList());
        Map<String, String> problems = failures(results).stream()
                .collect(Collectors.toMap(f -> dir.relativize(Path.of(f.input())).toString(), ReadResult.Failed::problem));
        assertEquals("empty file", problems.get("02-empty.txt"));
        assertEquals("no text (whitespace only)", problems.get("03-blank.txt"));
        assertEquals("binary file (PNG image)", problems.get("04-image.txt"));
        assertTrue(problems.get("05-gbk.txt").startsWith("not valid UTF-8 text"));
        assertEquals("not English text (looks like French)", problems.get("08-french.txt"));
        assertTrue(problems.get("09-broken.json").startsWith("malformed JSON at line 1"));
        assertTrue(problems.get("10-feed.jsonl:2").startsWith("malformed JSON"));
        assertTrue(problems.get("12-loop").startsWith("symbolic link loop"));
        assertEquals(8, problems.size(), problems.toString());
    }

    @Test
    void filesAreReadOnlyWhenTheStreamReachesThem() throws IOException {
        for (int i = 0; i < 500; i++) write(dir, String.format("%03d.txt", i), ARTICLE);
        try (Stream<ReadResult> stream = new ArticleSources().read(List.of(dir.toString()))) {
            Iterator<ReadResult> results = stream.iterator();
            assertEquals("000", ((ReadResult.Read) results.next()).article().id());
            // Rewritten after the first article came out: a reader that had read ahead would miss it.
            write(dir, "001.txt", OTHER_ARTICLE);
            Files.delete(dir.resolve("002.txt"));
            assertEquals(OTHER_ARTICLE, ((ReadResult.Read) results.next()).article().text());
            assertEquals("003", ((ReadResult.Read) results.next()).article().id());
        }
    }

    @Test
    void everyArticleOfTheDevCorpusIsAccepted() throws IOException {
        Path corpus = devCorpus();
        assumeTrue(corpus != null, "the shared dev corpus is not on this machine");
        long texts;
        try (Stream<Path> files = Files.list(corpus)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        List<ReadResult> results = read(corpus);
        assertEquals(List.of(), failures(results));
        assertEquals(texts, articles(results).size());
        assertTrue(texts >= 20);
    }

    private static Path devCorpus() {
        for (String candidate : new String[] {System.getProperty("parley.corpus.dev", ""), "../shared/corpus/dev", "/work/shared/corpus/dev"}) {
            if (!candidate.isEmpty() && Files.isDirectory(Path.of(candidate))) return Path.of(candidate);
        }
        return null;
    }
}
