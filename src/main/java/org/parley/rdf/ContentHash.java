package org.parley.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of an article's text: identifies unchanged content across runs. */
public final class ContentHash {
    private ContentHash() {}

    public static String of(String text) {
        MessageDigest sha = sha256();
        return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** SHA-256 of byte strings taken together, in lower-case hex: the same in every JVM and on every machine. */
    public static String ofParts(byte[]... parts) {
        MessageDigest sha = sha256();
        for (byte[] part : parts) {
            // Each part's length first, so that parts moving bytes between them never hash alike.
            sha.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
            sha.update(part);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
