package org.parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The state of an article's dateline: "TEHRAN –", "ISLAMABAD:", "SEOUL, March 9 (Yonhap) --",
 * "ROVANIEMI, Finland, March 12 (Reuters) -", "Jeddah:". Where a story is filed from is the best
 * guess at whose "Foreign Ministry" an unattached mention means.
 */
final class Dateline {
    /** What ends a dateline's place: a dash, a colon, or the comma before a date or a state. */
    private static final Set<String> ENDS = Set.of("\u2013", "\u2014", "-", "--", ":", ",", "(");

    private static final Set<String> DASHES = Set.of("\u2013", "\u2014", "-", "--", ":");

    private Dateline() {}

    /** The state the sentence's dateline names, by a capital or a state's own name; empty if it opens with none. */
    static Optional<Gazetteer.Entry> state(Sentence s, Gazetteer gazetteer) {
        List<Token> t = s.tokens();
        int end = 0;
        boolean capitals = true;
        while (end < t.size() && end < 4 && isPlaceWord(t.get(end).text())) {
            capitals &= t.get(end).text().equals(t.get(end).text().toUpperCase(Locale.ROOT));
            end++;
        }
        if (end == 0 || end >= t.size() || !ENDS.contains(t.get(end).text())) return Optional.empty();
        // a title-case opening is a dateline only before a colon or a dash ("Jeddah:"), not "Iran, Oman and ..."
        if (!capitals && t.get(end).text().equals(",")) return Optional.empty();
        for (String place : s.span(0, end).split("/")) {
            Optional<Gazetteer.Entry> state = stateNamed(asName(place.strip()), gazetteer);
            if (state.isPresent()) return state;
        }
        // "ROVANIEMI, Finland, March 12": a city the gazetteer does not know, then its state
        if (capitals && t.get(end).text().equals(",") && end + 1 < t.size()) return stateNamed(t.get(end + 1).text(), gazetteer);
        return Optional.empty();
    }

    /**
     * The token after a dateline that ends in a dash or a colon, past an agency in brackets ("Seoul
     * (AsiaNews) –", "TEHRAN –", "Jeddah:"); 0 where the sentence opens with no such dateline. The
     * place there says where the story was filed, not who acts in the sentence.
     */
    static int end(Sentence s) {
        List<Token> t = s.tokens();
        int end = 0;
        while (end < t.size() && end < 4 && isPlaceWord(t.get(end).text())) end++;
        if (end == 0 || end >= t.size()) return 0;
        int k = end;
        if (t.get(k).text().equals("(")) {
            int close = k + 1;
            while (close < t.size() && close < k + 6 && !t.get(close).text().equals(")")) close++;
            if (close >= t.size() || !t.get(close).text().equals(")")) return 0;
            k = close + 1;
        }
        if (k >= t.size() || !DASHES.contains(t.get(k).text())) return 0;
        // a hyphen inside a word ("WHO Director-General") ends no dateline; a spaced one does
        boolean spaced = t.get(k).start() > t.get(k - 1).end() && (k + 1 >= t.size() || t.get(k + 1).start() > t.get(k).end());
        return t.get(k).text().equals(":") || spaced ? k + 1 : 0;
    }

    private static Optional<Gazetteer.Entry> stateNamed(String name, Gazetteer gazetteer) {
        return gazetteer.lookup(name)
                .filter(m -> m.entry().kind() == EntityKind.STATE && m.form() != Gazetteer.Form.DEMONYM)
                .map(Gazetteer.Match::entry);
    }

    private static boolean isPlaceWord(String w) {
        if (w.equals("/")) return true;
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '/' && c != '.' && c != '\'') return false;
        }
        return true;
    }

    /** "NEW DELHI" → "New Delhi", as the gazetteer spells it. */
    private static String asName(String caps) {
        StringBuilder b = new StringBuilder(caps.length());
        boolean start = true;
        for (char c : caps.toCharArray()) {
            b.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }
}
