package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Türkiye hosts the talks – “a historic step”, the minister said.";

    @Test
    void utf8IsPreferred() throws InputProblem {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() throws InputProblem {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_16BE)));
    }

    @Test
    void windows1252IsReadWhenTheBytesAreNotUtf8() throws InputProblem {
        assertEquals(TEXT, TextDecoder.decode(TEXT.getBytes(Charset.forName("windows-1252"))));
    }

    @Test
    void bytesUnassignedInWindows1252AreNotGuessed() {
        byte[] bytes = "The talks \u0081 were held".getBytes(StandardCharsets.ISO_8859_1);
        InputProblem p = assertThrows(InputProblem.class, () -> TextDecoder.decode(bytes));
        assertEquals("not valid UTF-8 text (byte 0x81 at offset 10), nor plausible Latin-1/windows-1252 text", p.problem());
    }

    @Test
    void controlCharactersMeanBinary() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) (i % 2 == 0 ? 'a' : 0x03);
        assertEquals("binary file (control characters, not text)",
                assertThrows(InputProblem.class, () -> TextDecoder.decode(bytes)).problem());
    }

    @Test
    void aUtf16FileWithBrokenSurrogatesIsRefused() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xD8, 'a', 0};
        assertEquals("not valid UTF-16LE text", assertThrows(InputProblem.class, () -> TextDecoder.decode(bytes)).problem());
    }
}
