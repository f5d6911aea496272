package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Gazetteer keys: the hand-written normalization must give exactly what the regex form it replaced
 * gave, or surface forms would stop matching (or start matching) gazetteer entries.
 */
class GazetteerKeyTest {
    /** The definition the keys had before it became a loop. */
    private static String byRegex(String surface) {
        return surface.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
    }

    @Test
    void normalizesQuotesAndWhitespace() {
        assertEquals("Cote d'Ivoire", Gazetteer.key("Cote d\u2019Ivoire"));
        assertEquals("United States", Gazetteer.key(" United \t\n States "));
        assertEquals("United States", Gazetteer.key("United States"));
        assertEquals("", Gazetteer.key(" \u2003 "));
    }

    @Test
    void agreesWithTheRegexDefinitionOnTrickyStrings() {
        String[] cases = {"", " ", "a", "a b", "a  b", "a\tb", "\ta", "a\t", "a \t b", "\u2003a\u2003", "a\u2003b",
            "a\u00A0b", "\u2018a\u2019", "a\u001Cb", "\u001C a \u001C", "a\r\nb", "a\u000Bb", "a\fb ", " \u2019s"};
        for (String s : cases) assertEquals(byRegex(s), Gazetteer.key(s), "key of [" + s + "]");
    }

    @Test
    void agreesWithTheRegexDefinitionOnRandomStrings() {
        char[] alphabet = {'a', 'B', ' ', '\t', '\n', '\r', '\u000B', '\f', '\u2003', '\u00A0', '\u001C', '\u2018', '\u2019', '\'', '-'};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) b.append(alphabet[random.nextInt(alphabet.length)]);
            String s = b.toString();
            assertEquals(byRegex(s), Gazetteer.key(s), "key of [" + s + "]");
        }
    }
}
