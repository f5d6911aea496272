package org.parley.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream whole only while it stays under a limit, so an oversized input is refused after limit+1 bytes, not after all of them. */
final class BoundedReads {
    private BoundedReads() {}

    /** The whole stream, or an {@link InputProblem} as soon as it proves longer than {@code limit} bytes. */
    static byte[] readAtMost(InputStream in, long limit, String limitName) throws IOException, InputProblem {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) throw new InputProblem(tooLarge(limit, limitName, null));
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    static String tooLarge(long limit, String limitName, Long actualSize) {
        String size = actualSize == null ? "" : ReadLimits.describe(actualSize) + " is ";
        return "too large: " + size + "over the " + ReadLimits.describe(limit) + " limit for " + limitName;
    }
}
