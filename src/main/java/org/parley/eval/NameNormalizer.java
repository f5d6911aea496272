package org.parley.eval;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises names for scoring exactly as the corpus guidelines (and score.py) do: NFKD with
 * accents dropped, lower case, "'s" dropped, runs of other characters to one space, a leading
 * "the " dropped.
 */
public final class NameNormalizer {
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern NON_ALNUM = Pattern.compile("[^0-9a-z]+");

    private NameNormalizer() {}

    public static String normalize(String name) {
        if (name == null) return null;
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isCombining(cp)) b.appendCodePoint(cp);
        }
        s = b.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = NON_ALNUM.matcher(s).replaceAll(" ").strip();
        if (s.startsWith("the ")) s = s.substring(4);
        return s;
    }

    // Python's unicodedata.combining(c) is non-zero exactly for characters with a canonical combining class.
    private static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whether {@code needle} occurs in {@code hay} as whole words (both already normalised). */
    public static boolean containsWords(String hay, String needle) {
        return (" " + hay + " ").contains(" " + needle + " ");
    }
}
