package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without ever holding more than one line (up to a limit) in
 * memory: a longer line is skipped over and reported as too long, so one runaway record cannot
 * exhaust memory and the lines after it are still read.
 */
final class LineReader {
    /** One line without its line end; {@code bytes} is null when the line was over the limit. */
    record Line(long number, byte[] bytes) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int pos, end;
    private long number;
    private long bytesRead;
    private boolean eof;

    LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        if (eof && pos >= end) return null;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (pos >= end && !fill()) break;
            sawAny = true;
            int start = pos;
            while (pos < end && buffer[pos] != '\n') pos++;
            int len = pos - start;
            if (!tooLong) {
                if (line.size() + len > maxLineBytes) {
                    tooLong = true;
                    line = null;
                } else {
                    line.write(buffer, start, len);
                }
            }
            if (pos < end) {
                pos++; // the '\n'
                number++;
                return new Line(number, tooLong ? null : stripCr(line.toByteArray()));
            }
        }
        if (!sawAny) return null;
        number++;
        return new Line(number, tooLong ? null : stripCr(line.toByteArray()));
    }

    /** Bytes consumed so far, line ends included. */
    long bytesRead() {
        return bytesRead;
    }

    private boolean fill() throws IOException {
        if (eof) return false;
        int n = in.read(buffer);
        if (n <= 0) {
            eof = true;
            pos = end = 0;
            return false;
        }
        pos = 0;
        end = n;
        bytesRead += n;
        return true;
    }

    private static byte[] stripCr(byte[] line) {
        if (line.length > 0 && line[line.length - 1] == '\r') return java.util.Arrays.copyOf(line, line.length - 1);
        return line;
    }
}
