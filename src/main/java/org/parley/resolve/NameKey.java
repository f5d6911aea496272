package org.parley.resolve;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.extract.Lexicon;

/**
 * The key of a person's name that survives transliteration and style: what stays the same when
 * one person is written "Volodymyr Zelenskyy", "Volodymyr Zelenskiy" or "Mr Volodymyr Zelensky".
 *
 * <p>Two levels, for two uses. {@link #tokens()} folds only what never tells two people apart
 * (letters to ASCII, case, leading honorifics, the spelling of a final "-iy"/"-yy"/"-ii", "el-"
 * as "al-"): it names the person's IRI, so it must be exact and readable. {@link #matchTokens()}
 * drops what a name may or may not carry (particles such as "al", "bin", "da"; styles such as
 * "Sayyed"; "Jr"), and {@link #skeleton(String)} folds a word to the consonants that survive
 * transliteration; the store uses those only to compare names already known to it, never to mint.
 */
public final class NameKey {
    private static final Lexicon LEXICON = Lexicon.load();
    private static final Set<String> PARTICLES = wordList("name-particles.txt");
    private static final Set<String> STYLES = wordList("name-styles.txt");
    private static final Set<String> GENERATIONS = Set.of("jr", "sr", "ii", "iii", "iv");

    private final List<String> tokens;
    private final List<String> matchTokens;

    private NameKey(List<String> tokens, List<String> matchTokens) {
        this.tokens = List.copyOf(tokens);
        this.matchTokens = List.copyOf(matchTokens);
    }

    /** The key of a person's name as written. */
    public static NameKey person(String name) {
        List<String> tokens = new ArrayList<>();
        for (String t : words(ascii(name))) tokens.add(spelling(t));
        // honorifics go only from the front, and never the last word ("Imam" may be all there is)
        while (tokens.size() > 1 && LEXICON.isHonorific(tokens.get(0))) tokens.remove(0);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).equals("el")) tokens.set(i, "al"); // "el-Sisi", "al-Sisi": one Arabic article
        }
        List<String> match = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (!last && (PARTICLES.contains(t) || STYLES.contains(t))) continue;
            if (last && i > 0 && GENERATIONS.contains(t)) continue; // "Jr", "III" after a name
            match.add(t);
        }
        if (match.isEmpty()) match.addAll(tokens);
        return new NameKey(tokens, match);
    }

    /** The words of the name as its IRI spells them. */
    public List<String> tokens() { return tokens; }

    /** The words that compare two names: particles, styles and generational suffixes left out. */
    public List<String> matchTokens() { return matchTokens; }

    /** The IRI-safe form: the words joined by hyphens, "_" for a name with none. */
    public String slug() { return tokens.isEmpty() ? "_" : String.join("-", tokens); }

    /**
     * The key of an organization's name: the person rules for letters, plus the spellings and word
     * orders that name one body ("Organisation"/"Organization", "Defence"/"Defense", "Pakistan's
     * Foreign Office"/"Pakistan's Ministry of Foreign Affairs"), as a slug.
     */
    public static String organization(String name) {
        String s = ascii(name).replaceAll("['\u2019]s\\b", "").replace("&", " and ");
        List<String> w = new ArrayList<>(words(s));
        if (!w.isEmpty() && w.get(0).equals("the") && w.size() > 1) w.remove(0);
        for (int i = 0; i < w.size(); i++) w.set(i, britishToAmerican(w.get(i)));
        String joined = String.join(" ", w);
        // "Ministry of Foreign Affairs" is the "Foreign Ministry"; "Ministry of Defense" the "Defense Ministry"
        joined = joined.replaceAll("\\bministry of (?:the )?(\\w+) affairs\\b", "$1 ministry")
                .replaceAll("\\bministry of (?:the )?(defense|finance|justice|health|interior|trade|commerce|energy)\\b", "$1 ministry")
                .replaceAll("\\bforeign office\\b", "foreign ministry");
        return joined.isEmpty() ? "_" : joined.replace(' ', '-');
    }

    private static String britishToAmerican(String word) {
        if (word.endsWith("isation") || word.endsWith("isations")) return word.replace("isation", "ization");
        return switch (word) {
            case "defence" -> "defense";
            case "centre" -> "center";
            case "programme" -> "program";
            case "labour" -> "labor";
            default -> word;
        };
    }

    /**
     * A word's transliteration skeleton: its first letter, then its consonants, after folding the
     * letters and digraphs that transliterations of one sound disagree on (q/k/gh, ou/u, y/i, w/v,
     * doubled letters). "Araghchi" and "Araqchi" give "arkc", "Vladimir" and "Volodymyr" "vldmr",
     * "Muttaqi" and "Mottaki" "mtk". Words of fewer than four letters are their own skeleton: "Ali"
     * and "Ala" stay apart.
     */
    public static String skeleton(String word) {
        if (word.length() < 4) return word;
        String s = word.replace("gh", "k").replace("kh", "h").replace("ph", "f").replace("ch", "c")
                .replace("ck", "k").replace("dj", "j").replace("zh", "j").replace("th", "t").replace("ou", "u")
                .replace('q', 'k').replace('w', 'v').replace('y', 'i');
        StringBuilder out = new StringBuilder();
        out.append(s.charAt(0));
        char previous = s.charAt(0);
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == previous) continue;
            previous = c;
            if ("aeiou".indexOf(c) < 0) out.append(c);
        }
        return out.toString();
    }

    /** A final "-iy", "-yy" or "-ii" is one sound spelled three ways ("Zelenskiy", "Zelenskyy", "Andrii"). */
    private static String spelling(String word) {
        if (word.length() >= 4 && (word.endsWith("iy") || word.endsWith("yy") || word.endsWith("ii"))) {
            return word.substring(0, word.length() - 2) + "y";
        }
        return word;
    }

    /** Lower-case words of ASCII letters and digits; apostrophes join ("O'Brien": "obrien"). */
    private static List<String> words(String ascii) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c == '\'' || c == '\u2019') continue;
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else if (w.length() > 0) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (w.length() > 0) out.add(w.toString());
        return out;
    }

    private static Transliterator toAscii;

    /**
     * The name in ASCII letters. Most names are ASCII already, or become it by dropping accents
     * (Unicode decomposition); for the rest ("ł", "ø", "ı", other scripts) ICU transliterates,
     * built on first use and shared, as its transliterators are not safe for concurrent use.
     */
    static String ascii(String name) {
        if (isAscii(name)) return name.toLowerCase(Locale.ROOT);
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) != Character.NON_SPACING_MARK) b.appendCodePoint(cp);
        }
        String stripped = b.toString();
        if (isAscii(stripped)) return stripped.toLowerCase(Locale.ROOT);
        synchronized (NameKey.class) {
            if (toAscii == null) toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
            return toAscii.transliterate(name).toLowerCase(Locale.ROOT);
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0x7f) return false;
        return true;
    }

    private static Set<String> wordList(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = NameKey.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s.toLowerCase(Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }
}
