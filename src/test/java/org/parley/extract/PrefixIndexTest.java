package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The prefix tests that let the mention finder skip tokens must never skip one that starts a match. */
class PrefixIndexTest {
    @Test
    void answersLikeAScanOfAllStrings() {
        Random random = new Random(7);
        List<String> strings = new ArrayList<>();
        for (int n = 0; n < 300; n++) strings.add(randomWord(random, 6));
        PrefixIndex index = new PrefixIndex(strings);
        for (int n = 0; n < 20_000; n++) {
            String prefix = randomWord(random, 3);
            assertEquals(strings.stream().anyMatch(s -> s.startsWith(prefix)), index.anyStartsWith(prefix), prefix);
        }
        assertTrue(index.anyStartsWith(""));
        assertFalse(new PrefixIndex(List.of()).anyStartsWith("a"));
    }

    private static String randomWord(Random random, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int k = random.nextInt(maxLength + 1); k > 0; k--) b.append("abc' -".charAt(random.nextInt(6)));
        return b.toString();
    }

    @Test
    void titlesAndTheirPluralsMayStartAtTheirFirstWord() {
        Lexicon lexicon = Lexicon.load();
        assertTrue(lexicon.isTitle("foreign minister"));
        assertTrue(lexicon.mayStartTitle("foreign"));
        assertTrue(lexicon.mayStartTitle("foreign ministers"));
        assertTrue(lexicon.mayStartTitle("secretaries"));
        assertFalse(lexicon.mayStartTitle("xyzzy"));
    }

    @Test
    void gazetteerFormsMayStartAtTheirFirstWord() {
        Gazetteer gazetteer = Gazetteer.standard();
        assertTrue(gazetteer.lookup("United States").isPresent());
        assertTrue(gazetteer.mayStartForm("United"));
        assertTrue(gazetteer.mayStartForm("United States"), "a word with a space in it is never ruled out");
        assertFalse(gazetteer.mayStartForm("Xyzzy"));
        assertFalse(gazetteer.mayStartForm("said"));
    }
}
