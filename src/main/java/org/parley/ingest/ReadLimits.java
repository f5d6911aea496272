package org.parley.ingest;

/**
 * How much the read stage will take in, so that a huge or runaway input is refused with a clear
 * message instead of exhausting memory. Each limit is checked before an input is read whole
 * (from the file size where there is one) and again while reading, for pipes and stdin.
 *
 * @param maxDocumentBytes largest text, HTML or JSON file (and stdin) read whole into memory;
 *                         default {@value #DEFAULT_DOCUMENT_BYTES} bytes (10 MB)
 * @param maxStreamBytes   largest JSON Lines, CSV or TSV file, which is read a record at a time;
 *                         default {@value #DEFAULT_STREAM_BYTES} bytes (100 MB)
 * @param maxLineBytes     longest single JSON Lines record or CSV/TSV row; default {@value #DEFAULT_LINE_BYTES} bytes (10 MB)
 */
public record ReadLimits(long maxDocumentBytes, long maxStreamBytes, int maxLineBytes) {
    public static final long DEFAULT_DOCUMENT_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_STREAM_BYTES = 100L * 1024 * 1024;
    public static final int DEFAULT_LINE_BYTES = 10 * 1024 * 1024;

    public ReadLimits {
        if (maxDocumentBytes <= 0 || maxStreamBytes <= 0 || maxLineBytes <= 0) {
            throw new IllegalArgumentException("read limits must be positive");
        }
        // A document is held in memory as a Java array, so it cannot exceed an array's size.
        if (maxDocumentBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxDocumentBytes is over 2 GB");
        }
    }

    public static ReadLimits defaults() {
        return new ReadLimits(DEFAULT_DOCUMENT_BYTES, DEFAULT_STREAM_BYTES, DEFAULT_LINE_BYTES);
    }

    /** "10 MB", "512 KB", "300 bytes": how a limit reads in an error message. */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) return bytes / (1024 * 1024) + " MB";
        if (bytes >= 1024 * 1024) return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
        if (bytes >= 1024 && bytes % 1024 == 0) return bytes / 1024 + " KB";
        return bytes + " bytes";
    }
}
