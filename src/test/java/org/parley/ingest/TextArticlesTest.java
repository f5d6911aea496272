package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.ingest.Fixtures.ARTICLE;
import static org.parley.ingest.Fixtures.onlyArticle;
import static org.parley.ingest.Fixtures.onlyFailure;
import static org.parley.ingest.Fixtures.read;
import static org.parley.ingest.Fixtures.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextArticlesTest {
    @TempDir
    Path dir;

    @Test
    void aTextFileIsAnArticleNamedByItsStemWithItsHeadline() {
        Path file = write(dir, "seed-pakistan.txt", ARTICLE);
        Article a = onlyArticle(read(file));
        assertEquals("seed-pakistan", a.id());
        assertEquals(file.toString(), a.source());
        assertEquals("Pakistan invited to US-Iran talks in Istanbul", a.title());
        assertEquals(ARTICLE, a.text(), "the text is kept whole; offsets refer to it");
        assertNull(a.published());
    }

    @Test
    void aFirstLineThatIsASentenceIsNotTakenForAHeadline() {
        String text = "Pakistan has been invited to the talks, the Foreign Office said on Tuesday.\nMore follows here.\n";
        assertNull(onlyArticle(read(write(dir, "a.txt", text))).title());
    }

    @Test
    void aSingleLineHasNoHeadline() {
        assertNull(onlyArticle(read(write(dir, "a.txt", "Türkiye will host the talks in Istanbul on Friday, officials said"))).title());
    }

    @Test
    void aVeryLongFirstLineIsNotAHeadline() {
        String first = "Pakistan ".repeat(40).strip();
        assertNull(onlyArticle(read(write(dir, "a.txt", first + "\nThe talks will be held in Istanbul."))).title());
    }

    @Test
    void windowsLineEndsBecomeNewlines() {
        Article a = onlyArticle(read(write(dir, "crlf.txt", ARTICLE.replace("\n", "\r\n"))));
        assertEquals(ARTICLE, a.text());
        assertEquals("Pakistan invited to US-Iran talks in Istanbul", a.title());
    }

    @Test
    void utf8WithByteOrderMarkIsReadWithoutTheMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Article a = onlyArticle(read(write(dir, "bom.txt", concat(bom, ARTICLE.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(ARTICLE, a.text());
    }

    @Test
    void utf16WithByteOrderMarkIsRead() {
        // Java's "UTF-16" encoder writes a big-endian byte-order mark.
        assertEquals(ARTICLE, onlyArticle(read(write(dir, "be.txt", ARTICLE, StandardCharsets.UTF_16))).text());
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(ARTICLE, onlyArticle(read(write(dir, "le.txt", le))).text());
    }

    @Test
    void latin1TextIsReadWhenItIsNotUtf8() {
        String text = "Türkiye to host talks\nThe Foreign Minister of Türkiye said the café talks in Zürich would resume. "
                + "He added that the delegations had agreed on the date and on the agenda of the meeting.";
        Article a = onlyArticle(read(write(dir, "latin1.txt", text, StandardCharsets.ISO_8859_1)));
        assertEquals(text, a.text());
        String cp1252 = "Erdoğan’s visit\n“We will host the talks,” the minister said – and the delegations of the two countries agreed.";
        String smartQuotes = cp1252.replace("ğ", "g");
        assertEquals(smartQuotes, onlyArticle(read(write(dir, "cp1252.txt", smartQuotes, Charset.forName("windows-1252")))).text());
    }

    @Test
    void bytesThatAreNeitherUtf8NorPlausibleLatin1AreRefused() {
        // GBK-encoded Chinese: almost every byte is non-ASCII, so no single-byte reading makes sense.
        byte[] gbk = "外交部长周二在北京会见了伊朗外长。双方讨论了地区局势和核计划谈判。".getBytes(Charset.forName("GBK"));
        var failed = onlyFailure(read(write(dir, "gbk.txt", gbk)));
        assertTrue(failed.problem().startsWith("not valid UTF-8 text"), failed.problem());
        assertEquals(dir.resolve("gbk.txt").toString(), failed.input());
    }

    @Test
    void binaryFilesAreNamedByKind() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals("binary file (PNG image)", onlyFailure(read(write(dir, "image.png", png))).problem());
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("binary file (PDF document)", onlyFailure(read(write(dir, "paper.pdf", pdf))).problem());
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(jar)) {
            zip.putNextEntry(new ZipEntry("META-INF/MANIFEST.MF"));
            zip.write("Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(onlyFailure(read(write(dir, "tool.jar", jar.toByteArray()))).problem()
                .startsWith("binary file (ZIP archive"));
        byte[] unknown = {'a', 'b', 0, 1, 2, 3, (byte) 0xff, 0, 9};
        assertEquals("binary file (contains NUL bytes)", onlyFailure(read(write(dir, "blob.txt", unknown))).problem());
    }

    @Test
    void anEmptyFileIsRefused() {
        assertEquals("empty file", onlyFailure(read(write(dir, "empty.txt", ""))).problem());
    }

    @Test
    void aWhitespaceOnlyFileIsRefused() {
        assertEquals("no text (whitespace only)", onlyFailure(read(write(dir, "blank.txt", "  \n\t\r\n  \n"))).problem());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedNamingTheLimit() throws IOException {
        Path big = dir.resolve("big.txt");
        byte[] line = (Fixtures.OTHER_ARTICLE.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) out.write(line);
        }
        long start = System.nanoTime();
        var failed = onlyFailure(read(big));
        assertTrue(failed.problem().contains("over the 10 MB limit"), failed.problem());
        assertTrue(failed.problem().startsWith("too large: 50.0 MB"), failed.problem());
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused from its size, not by reading it");
    }

    @Test
    void theSizeLimitCanBeSetAndIsAlsoEnforcedWhileReading() {
        ArticleSources small = new ArticleSources(new ReadLimits(100, 1000, 100), System.in);
        var failed = onlyFailure(Fixtures.read(small, write(dir, "a.txt", ARTICLE).toString()));
        assertTrue(failed.problem().contains("over the 100 bytes limit for text, HTML and JSON files"), failed.problem());
    }

    @Test
    void aOneMegabyteSingleLineIsReadWhole() {
        StringBuilder line = new StringBuilder();
        while (line.length() < 1024 * 1024) line.append("The minister said that the talks would be held in Istanbul on Friday. ");
        Article a = onlyArticle(read(write(dir, "long.txt", line.toString())));
        assertEquals(line.toString(), a.text());
        assertNull(a.title());
    }

    @Test
    void aFileWithAnUnknownExtensionNamedDirectlyIsReadAsText() {
        assertEquals("notes", onlyArticle(read(write(dir, "notes.md", ARTICLE))).id());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
