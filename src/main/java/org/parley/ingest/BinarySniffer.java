package org.parley.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises bytes that are not text at all (images, PDFs, archives, executables) from their
 * magic number, so the user is told "binary file (PNG image)" rather than "not valid UTF-8".
 */
final class BinarySniffer {
    private BinarySniffer() {}

    private record Magic(int offset, byte[] bytes, String kind) {
        Magic(int offset, String ascii, String kind) {
            this(offset, ascii.getBytes(StandardCharsets.ISO_8859_1), kind);
        }
    }

    private static final List<Magic> MAGIC = List.of(
            new Magic(0, "\u0089PNG\r\n\u001a\n", "PNG image"),
            new Magic(0, "%PDF-", "PDF document"),
            new Magic(0, "PK\u0003\u0004", "ZIP archive, e.g. a jar or Office file"),
            new Magic(0, "PK\u0005\u0006", "ZIP archive, e.g. a jar or Office file"),
            new Magic(0, "\u00ff\u00d8\u00ff", "JPEG image"),
            new Magic(0, "GIF87a", "GIF image"),
            new Magic(0, "GIF89a", "GIF image"),
            new Magic(8, "WEBP", "WebP image"),
            new Magic(0, "\u001f\u008b", "gzip archive"),
            new Magic(0, "BZh", "bzip2 archive"),
            new Magic(0, "\u00fd7zXZ\u0000", "xz archive"),
            new Magic(0, "7z\u00bc\u00af\u0027\u001c", "7-Zip archive"),
            new Magic(0, "\u00ca\u00fe\u00ba\u00be", "Java class file"),
            new Magic(0, "\u007fELF", "ELF executable"),
            new Magic(0, "SQLite format 3\u0000", "SQLite database"),
            new Magic(0, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1", "legacy Office document"),
            new Magic(4, "ftyp", "MP4/QuickTime video"),
            new Magic(0, "OggS", "Ogg media"));

    /** What kind of binary file these leading bytes start, if they start a known one. */
    static Optional<String> knownKind(byte[] head, int length) {
        for (Magic m : MAGIC) {
            if (startsWith(head, length, m)) return Optional.of(m.kind());
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, int length, Magic m) {
        if (length < m.offset() + m.bytes().length) return false;
        for (int i = 0; i < m.bytes().length; i++) {
            if (data[m.offset() + i] != m.bytes()[i]) return false;
        }
        return true;
    }
}
