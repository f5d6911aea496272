package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrintableNameTest {
    @Test
    void anOrdinaryNameIsPrintedAsItIs() {
        assertEquals("/data/news/Türkiye talks \"draft\" (1).txt", PrintableName.of("/data/news/Türkiye talks \"draft\" (1).txt"));
        assertEquals("a\\b.txt", PrintableName.of("a\\b.txt"));
    }

    @Test
    void aNameWithControlCharactersIsQuotedWithThemEscaped() {
        assertEquals("\"a\\nb.txt\"", PrintableName.of("a\nb.txt"));
        assertEquals("\"tab\\there\\r\"", PrintableName.of("tab\there\r"));
        assertEquals("\"\\x1b[31mred\\x7f\"", PrintableName.of("\u001b[31mred\u007f"));
        assertEquals("\"\\u202eevil.txt\"", PrintableName.of("\u202eevil.txt"), "a right-to-left override would reorder the name");
        assertEquals("\"line\\u2028break\"", PrintableName.of("line\u2028break"));
    }

    @Test
    void quotesAndBackslashesInAnEscapedNameAreEscapedToo() {
        assertEquals("\"say \\\"hi\\\"\\\\\\n\"", PrintableName.of("say \"hi\"\\\n"));
    }

    @Test
    void inLineEscapesOnlyTheControlCharacters() {
        assertEquals("label \"x\\ny\" is not a name", PrintableName.inLine("label \"x\ny\" is not a name"));
    }
}
