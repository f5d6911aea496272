package org.parley.ingest;

import java.io.InputStream;
import java.util.Arrays;

/** A stream that never ends: a reader that tries to read it whole never returns. */
final class EndlessInput extends InputStream {
    private final byte fill;

    EndlessInput(char fill) {
        this.fill = (byte) fill;
    }

    @Override
    public int read() {
        return fill;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, fill);
        return len;
    }
}
