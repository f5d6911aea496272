package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The people of one article: full names found anywhere in it, and the shorter forms that refer to
 * them ("Araghchi" and "Mr Araghchi" → "Abbas Araghchi", "Xi" → "Xi Jinping").
 */
final class PersonDirectory {
    private final Map<String, List<String>> tokensByName = new LinkedHashMap<>();
    /** Names of one word that the text gives a person ("President Biden", "Mr Erdogan"), by that word. */
    private final Map<String, String> singleNames = new LinkedHashMap<>();

    /** Registers a name as written, honorifics already removed. */
    void addFullName(String name) {
        List<String> tokens = words(name);
        if (tokens.size() == 1) singleNames.putIfAbsent(tokens.get(0), name);
        if (tokens.size() < 2) return;
        for (String known : new ArrayList<>(tokensByName.keySet())) {
            List<String> k = tokensByName.get(known);
            if (k.size() >= tokens.size() && isSubsequence(tokens, k)) return; // already have a longer form
            if (tokens.size() > k.size() && isSubsequence(k, tokens)) tokensByName.remove(known);
        }
        tokensByName.put(name, tokens);
    }

    /**
     * The canonical full name a form refers to, or null. A single word matches a full name's first
     * or last word (Korean and Chinese names put the family name first); a longer form matches a
     * full name that contains its words in order. Where several match, the last registered wins.
     */
    String resolve(String form) {
        List<String> tokens = words(form);
        if (tokens.isEmpty()) return null;
        String found = null;
        String inner = null;
        for (Map.Entry<String, List<String>> e : tokensByName.entrySet()) {
            List<String> k = e.getValue();
            boolean match = tokens.size() == 1
                    ? surname(k).equals(tokens.get(0)) || k.get(0).equals(tokens.get(0))
                    : isSubsequence(tokens, k);
            if (match) found = e.getKey();
            else if (tokens.size() == 1 && k.size() >= 3 && innerWord(k, tokens.get(0))) inner = e.getKey();
        }
        // "Lula" of "Luiz Inacio Lula da Silva", "Boric" of "Gabriel Boric Font": a name's inner word,
        // where no name starts or ends with it
        if (found != null || inner != null) return found != null ? found : inner;
        // "warned Biden" after "President Biden": the one-word name the text gave a person before
        return tokens.size() == 1 ? singleNames.get(tokens.get(0)) : null;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("da", "de", "do", "dos", "das", "del", "della",
            "di", "van", "von", "der", "den", "bin", "ibn", "bint", "al", "el", "la", "le", "y", "e", "abu", "ould");

    private static boolean innerWord(List<String> name, String word) {
        if (PARTICLES.contains(word)) return false;
        for (int i = 1; i < name.size() - 1; i++) if (name.get(i).equals(word)) return true;
        return false;
    }

    private static final java.util.Set<String> GENERATIONS = java.util.Set.of("jr", "sr", "ii", "iii", "iv");

    /** The last word of a full name, past "Jr." or "III": "Marcos" of "Ferdinand Marcos Jr.". */
    private static String surname(List<String> name) {
        int last = name.size() - 1;
        if (last > 1 && GENERATIONS.contains(name.get(last))) last--;
        return name.get(last);
    }

    private static boolean isSubsequence(List<String> small, List<String> big) {
        int j = 0;
        for (String w : big) if (j < small.size() && w.equals(small.get(j))) j++;
        return j == small.size();
    }

    // compiled once: every mention of every article is resolved through words()
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\-]+");
    private static final Pattern NOT_NAME_CHARACTERS = Pattern.compile("[^\\p{L}\\p{N}']");

    static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_SEPARATORS.split(name.replace('\u2019', '\''))) {
            String clean = NOT_NAME_CHARACTERS.matcher(w).replaceAll("").toLowerCase(java.util.Locale.ROOT);
            if (!clean.isEmpty()) out.add(clean);
        }
        return out;
    }
}
