package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists of general English news knowledge, shipped as resources beside this class:
 * office titles, honorifics, media outlets (never actors) and event nouns.
 */
public final class Lexicon {
    private final Set<String> titles;
    private final Set<String> honorifics;
    private final Set<String> media;
    private final Set<String> eventNouns;
    private final int longestTitle;
    private final PrefixIndex titleStarts;

    private Lexicon(Set<String> titles, Set<String> honorifics, Set<String> media, Set<String> eventNouns) {
        this.titles = titles;
        this.honorifics = honorifics;
        this.media = media;
        this.eventNouns = eventNouns;
        this.longestTitle = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
        this.titleStarts = new PrefixIndex(titlesAndPlurals(titles));
    }

    /** The titles and every form whose {@link #singular} is a title ("ministers", "secretaries"). */
    private static Set<String> titlesAndPlurals(Set<String> titles) {
        Set<String> out = new HashSet<>(titles);
        for (String t : titles) {
            for (String plural : new String[] {t + "s", t.endsWith("y") ? t.substring(0, t.length() - 1) + "ies" : t}) {
                if (singular(plural).equals(t)) out.add(plural);
            }
        }
        return out;
    }

    /** The words with a plural ending taken off: "ministers" → "minister", "secretaries" → "secretary". */
    static String singular(String words) {
        if (words.endsWith("ies")) return words.substring(0, words.length() - 3) + "y";
        if (words.endsWith("s")) return words.substring(0, words.length() - 1);
        return words;
    }

    public static Lexicon load() {
        return new Lexicon(read("titles.txt"), read("honorifics.txt"), read("media.txt"), read("events.txt"));
    }

    /** This lexicon with more office titles: the gazetteer's titles of one state's office ("Taoiseach") are titles too. */
    public Lexicon withTitles(Collection<String> more) {
        Set<String> all = new HashSet<>(titles);
        for (String t : more) all.add(t.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
        return new Lexicon(Set.copyOf(all), honorifics, media, eventNouns);
    }

    /** Whether the lower-cased, space-joined words form an office title ("foreign minister"). */
    public boolean isTitle(String words) { return titles.contains(words); }

    public int longestTitle() { return longestTitle; }

    /**
     * Whether some title, or the plural of one, starts with these lower-cased characters: when not,
     * no run of words that starts with them is a title.
     */
    boolean mayStartTitle(String lowerCasePrefix) { return titleStarts.anyStartsWith(lowerCasePrefix); }

    public boolean isHonorific(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return honorifics.contains(w) || honorifics.contains(w.replace(".", ""));
    }

    /** Whether the name is a news outlet or a platform (matched as written, case-insensitively). */
    public boolean isMedia(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return media.contains(n) || (n.startsWith("the ") && media.contains(n.substring(4)));
    }

    public boolean isEventNoun(String word) { return eventNouns.contains(word.toLowerCase(Locale.ROOT)); }

    private static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return Set.copyOf(out);
    }
}
