package org.parley.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns the bytes of an input into text, or says why they are not text. Accepts UTF-8 (with or
 * without a byte-order mark), UTF-16 with a byte-order mark (or without one when its zero bytes
 * make it unmistakable), and windows-1252/Latin-1 when the bytes are not UTF-8 but read as
 * plausible Western European text. Everything else is refused rather than guessed, because a
 * wrong guess would put garbled names into the graph.
 */
final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Past this share of non-ASCII bytes, single-byte text is more likely another encoding (e.g. Cyrillic or CJK). */
    private static final double MAX_HIGH_BYTE_SHARE = 0.3;

    private TextDecoder() {}

    static String decode(byte[] bytes) throws InputProblem {
        return decode(bytes, null);
    }

    /**
     * As {@link #decode(byte[])}, but a charset the document declares itself (an HTML meta
     * charset) is tried before the guessing, after any byte-order mark.
     */
    static String decode(byte[] bytes, Charset declared) throws InputProblem {
        int n = bytes.length;
        if (n >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (with byte-order mark)");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE");
        }
        if (n >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE");
        }
        var kind = BinarySniffer.knownKind(bytes, n);
        if (kind.isPresent()) throw new InputProblem("binary file (" + kind.get() + ")");
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(StandardCharsets.US_ASCII)
                && indexOfZero(bytes) < 0) {
            try {
                return rejectControlHeavy(decoder(declared).decode(ByteBuffer.wrap(bytes)).toString());
            } catch (CharacterCodingException e) {
                // The declaration is wrong; fall through to what the bytes themselves say.
            }
        }
        if (indexOfZero(bytes) >= 0) {
            Charset utf16 = unmarkedUtf16(bytes);
            if (utf16 == null) throw new InputProblem("binary file (contains NUL bytes)");
            return strict(bytes, 0, utf16, utf16.name() + " (without byte-order mark)");
        }
        try {
            return rejectControlHeavy(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (MalformedInputException e) {
            int offset = firstInvalidUtf8Offset(bytes);
            String singleByte = plausibleSingleByte(bytes);
            if (singleByte != null) return rejectControlHeavy(singleByte);
            throw new InputProblem(String.format(Locale.ROOT,
                    "not valid UTF-8 text (byte 0x%02X at offset %d), nor plausible Latin-1/windows-1252 text",
                    bytes[offset] & 0xff, offset));
        } catch (CharacterCodingException e) {
            throw new InputProblem("not valid UTF-8 text");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String label) throws InputProblem {
        try {
            return rejectControlHeavy(decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            throw new InputProblem("not valid " + label + " text");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int indexOfZero(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) return i;
        return -1;
    }

    /**
     * English in UTF-16 without a byte-order mark has a zero in every other byte and almost none
     * in the others; binary data does not look like that.
     */
    private static Charset unmarkedUtf16(byte[] bytes) {
        int pairs = Math.min(bytes.length, 8192) / 2;
        if (pairs < 4 || bytes.length % 2 != 0) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < pairs; i++) {
            if (bytes[2 * i] == 0) zeroEven++;
            if (bytes[2 * i + 1] == 0) zeroOdd++;
        }
        if (zeroOdd >= pairs * 0.7 && zeroEven == 0) return StandardCharsets.UTF_16LE;
        if (zeroEven >= pairs * 0.7 && zeroOdd == 0) return StandardCharsets.UTF_16BE;
        return null;
    }

    /**
     * Reads the bytes as windows-1252 when that gives Western European text: no unassigned bytes,
     * few non-ASCII bytes, and those few mostly letters or typographic punctuation.
     */
    private static String plausibleSingleByte(byte[] bytes) {
        String text;
        try {
            text = decoder(WINDOWS_1252).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        int high = 0, highLooksRight = 0, visible = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b > 0x20) visible++;
            if (b >= 0x80) {
                high++;
                char c = text.charAt(i);
                if (Character.isLetter(c) || "\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00b0\u00a3\u20ac\u00a9\u00ab\u00bb\u00b7\u2022".indexOf(c) >= 0) {
                    highLooksRight++;
                }
            }
        }
        if (high > visible * MAX_HIGH_BYTE_SHARE) return null;
        if (highLooksRight < high * 0.8) return null;
        return text;
    }

    private static int firstInvalidUtf8Offset(byte[] bytes) {
        CharsetDecoder dec = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(4096);
        while (true) {
            var result = dec.decode(in, out, true);
            if (result.isError()) return in.position();
            if (result.isUnderflow()) return 0;
            out.clear();
        }
    }

    /** Text with many control characters is a binary format that happens to have no NUL bytes. */
    private static String rejectControlHeavy(String text) throws InputProblem {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        if (controls > 0 && controls * 100 > text.length()) {
            throw new InputProblem("binary file (control characters, not text)");
        }
        return text;
    }
}
