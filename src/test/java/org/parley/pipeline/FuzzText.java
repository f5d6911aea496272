package org.parley.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/** Generators of hostile and mutated article text for the pipeline properties. */
final class FuzzText {
    private FuzzText() {}

    /** Words the extraction rules react to, so that random text still reaches the rules' edge cases. */
    static final List<String> DIPLOMATIC = List.of(
            "Iran", "Pakistan", "U.S.", "United States", "Oman", "Türkiye", "Egypt", "China", "Russia", "Israel",
            "IAEA", "UN", "United Nations", "European Union", "EU", "NATO", "Hamas", "Reuters",
            "Abbas Araghchi", "Araghchi", "Donald Trump", "Trump", "Xi Jinping", "Xi", "Shehbaz Sharif", "Grossi",
            "Mr.", "Mr", "Dr.", "Mrs.", "President", "Foreign Minister", "Prime Minister", "Secretary of State",
            "Minister", "envoy", "special envoy", "minister", "spokesman", "spokesperson", "Sultan", "Amir", "King",
            "Foreign Ministry", "delegation", "ambassador", "counterpart",
            "Muscat", "Islamabad", "Geneva", "Tehran", "Washington", "Sharm el-Sheikh", "Vienna", "Ankara",
            "invited", "invites", "invite", "invitation", "will host", "hosted", "hosts", "host", "is hosting",
            "represented", "represents", "representing", "led the delegation", "on behalf of", "headed by",
            "warned", "warns", "warning", "issued a warning to", "threatened", "cautioned", "against",
            "welcomed", "received", "met", "said", "told", "visited", "to attend", "to visit", "was invited",
            "were invited by", "has been invited", "will be hosted by", "in response", "respectively",
            "the", "a", "an", "of", "to", "and", "or", "with", "by", "in", "on", "at", "for", "from",
            "his", "her", "their", "he", "she", "they", "it", "who", "which", "whose", "that", "also", "not",
            "may", "could", "reportedly", "is expected to", "country", "its", "both", "all",
            "'s", "’s", "s'", "talks", "summit", "conference", "meeting", "round of talks", "second round",
            "negotiations", "Peace Summit", "Board of Governors", "on Monday", "on November 22", "2025");

    static final List<String> PUNCTUATION = List.of(
            ",", ".", ";", ":", "\"", "“", "”", "'", "‘", "’", "(", ")", "[", "]", "{", "}", "-", "—", "–", "?", "!",
            "...", "…", "/", "\\", "&", "%", "@", "#", "*", "«", "»", "„", "‚", "`", "´");

    static final List<String> SEPARATORS = List.of(
            " ", " ", " ", " ", "\n", "\n\n", "\t", "\r\n", "\r", "", "\u00A0", "\u2003", "\u3000", "\u2028", "\u0085");

    /** Text from every corner of Unicode: surrogates paired and lone, combining marks, RTL, controls, NUL. */
    static Arbitrary<String> unicodeTexts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(CorpusSamples.WORDS)),
                Tuple.of(3, Arbitraries.of(DIPLOMATIC)),
                Tuple.of(3, Arbitraries.of(SEPARATORS)),
                Tuple.of(2, Arbitraries.of(PUNCTUATION)),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(12)),
                Tuple.of(2, combiningMarks()),
                Tuple.of(2, rightToLeft()),
                Tuple.of(2, controls()),
                Tuple.of(2, surrogates()),
                Tuple.of(2, Arbitraries.of("İstanbul", "İ", "ß", "STRASSE", "ﬁ", "ǅ", "Ǆ", "ﬀ", "Ελλάδα", "Москва",
                        "東京", "Σ", "ς", "ŉ", "ﾟ", "①", "Ⅻ", "ᾈ", "\uFEFF", "\uFFFD", "\uFFFF", "\uFFFE")));
        return piece.list().ofMaxSize(200).withSizeDistribution(RandomDistribution.uniform()).map(FuzzText::concat);
    }

    static Arbitrary<String> combiningMarks() {
        Arbitrary<String> marks = Arbitraries.strings().withCharRange('\u0300', '\u036F').ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> base = Arbitraries.of("", "a", "I", "Iran", "Trump", "'", " ", ".", "\"");
        return Combinators.combine(base, marks).as(String::concat);
    }

    static Arbitrary<String> rightToLeft() {
        return Arbitraries.strings()
                .withCharRange('\u0621', '\u064A').withCharRange('\u05D0', '\u05EA')
                .withCharRange('\u202A', '\u202E').withCharRange('\u2066', '\u2069')
                .withChars('\u200E', '\u200F', ' ', '.', '\u061F', '\u060C')
                .ofMinLength(1).ofMaxLength(30);
    }

    static Arbitrary<String> controls() {
        return Arbitraries.strings()
                .withCharRange('\u0000', '\u001F').withCharRange('\u007F', '\u009F')
                .withChars('\u200B', '\u200C', '\u200D', '\u2060', '\u00AD')
                .ofMinLength(1).ofMaxLength(6);
    }

    static Arbitrary<String> surrogates() {
        Arbitrary<String> pair = Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
        Arbitrary<String> emoji = Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString);
        Arbitrary<String> lone = Arbitraries.chars().range('\uD800', '\uDFFF').map(String::valueOf);
        Arbitrary<String> capitalOutsideBmp = Arbitraries.integers().between(0x1D400, 0x1D419).map(Character::toString);
        return Arbitraries.oneOf(pair, emoji, lone, capitalOutsideBmp).list().ofMinSize(1).ofMaxSize(5).map(FuzzText::concat);
    }

    /** Random sequences of the words the rules look for, with punctuation and line breaks among them. */
    static Arbitrary<String> wordSalad() {
        Arbitrary<String> word = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(DIPLOMATIC)),
                Tuple.of(3, Arbitraries.of(CorpusSamples.WORDS)),
                Tuple.of(2, Arbitraries.of(PUNCTUATION)),
                Tuple.of(1, Arbitraries.of(". ", ".\n", "\n", ", ", " \"", "\" ", " (", ") ")));
        return word.list().ofMaxSize(300).withSizeDistribution(RandomDistribution.uniform()).map(ws -> String.join(" ", ws));
    }

    /** Sentences of the real articles, drawn at random or an article's own sentences shuffled. */
    static Arbitrary<String> shuffledSentences() {
        Arbitrary<String> separator = Arbitraries.of(" ", "\n", "\n\n", "", "  ");
        Arbitrary<String> drawn = Combinators.combine(
                Arbitraries.of(CorpusSamples.SENTENCES).list().ofMinSize(1).ofMaxSize(30), separator).as(FuzzText::join);
        Arbitrary<String> shuffled = Combinators.combine(
                Arbitraries.of(CorpusSamples.ARTICLES).flatMap(a -> Arbitraries.shuffle(sentencesOf(a))), separator)
                .as(FuzzText::join);
        return Arbitraries.oneOf(drawn, shuffled);
    }

    /** Real articles cut at random offsets: mid-word, mid-quote, mid-sentence, at either end. */
    static Arbitrary<String> truncatedArticles() {
        return Arbitraries.of(CorpusSamples.ARTICLES).flatMap(a -> {
            Arbitrary<Integer> at = Arbitraries.integers().between(0, a.length());
            Arbitrary<Integer> afterQuote = Arbitraries.of(quoteOffsets(a));
            Arbitrary<Integer> cut = Arbitraries.frequencyOf(Tuple.of(3, at), Tuple.of(1, afterQuote));
            return Combinators.combine(cut, cut, Arbitraries.of(true, false)).as((x, y, keepStart) -> {
                int from = Math.min(x, y);
                int to = Math.max(x, y);
                return keepStart ? a.substring(0, to) : a.substring(from, to);
            });
        });
    }

    /** Real articles with random edits: insertions of hostile pieces, deletions, duplications, case changes. */
    static Arbitrary<String> mutatedArticles() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                Arbitraries.integers().between(0, 5),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.oneOf(Arbitraries.of(DIPLOMATIC), Arbitraries.of(PUNCTUATION), Arbitraries.of(SEPARATORS),
                        combiningMarks(), rightToLeft(), controls(), surrogates()))
                .as(Mutation::new);
        return Combinators.combine(Arbitraries.of(CorpusSamples.ARTICLES), mutation.list().ofMinSize(1).ofMaxSize(12))
                .as((a, ms) -> {
                    String text = a;
                    for (Mutation m : ms) text = m.apply(text);
                    return text;
                });
    }

    record Mutation(int kind, double from, double to, String piece) {
        String apply(String text) {
            int x = (int) (Math.min(from, to) * text.length());
            int y = (int) (Math.max(from, to) * text.length());
            y = Math.min(y, x + 400);
            return switch (kind) {
                case 0 -> text.substring(0, x) + piece + text.substring(x);
                case 1 -> text.substring(0, x) + text.substring(y);
                case 2 -> text.substring(0, y) + text.substring(x, y) + text.substring(y);
                case 3 -> text.substring(0, x) + text.substring(x, y).toUpperCase() + text.substring(y);
                case 4 -> text.substring(0, x) + text.substring(x, y).replace(' ', '\n') + text.substring(y);
                default -> text.substring(0, x) + text.substring(x, y).replaceAll("\\p{Punct}", "") + text.substring(y);
            };
        }
    }

    /**
     * Shapes that stress the rules' loops: very long names, repeated words, titles without names,
     * possessive chains, lines of only punctuation, nested and unbalanced quotes and brackets.
     */
    static Arbitrary<String> pathological() {
        Arbitrary<String> capitalized = Arbitraries.oneOf(
                Arbitraries.of(CorpusSamples.WORDS).filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9).map(w -> "X" + w),
                Arbitraries.of(DIPLOMATIC).filter(w -> Character.isUpperCase(w.codePointAt(0))));
        Arbitrary<String> longName = capitalized.list().ofMinSize(50).ofMaxSize(200).map(ws -> String.join(" ", ws));
        Arbitrary<String> longNames = Combinators.combine(longName, Arbitraries.of(" invited ", " hosted ", " warned ",
                " represented ", "'s envoy ", " and "), longName)
                .as((a, verb, b) -> a + verb + b + " to the talks.");
        Arbitrary<String> repeated = Combinators.combine(Arbitraries.of(DIPLOMATIC), Arbitraries.integers().between(2, 400),
                Arbitraries.of(" ", ", ", "\n", "", " and "))
                .as((w, n, sep) -> String.join(sep, java.util.Collections.nCopies(n, w)));
        Arbitrary<String> titles = Combinators.combine(
                Arbitraries.of("Foreign Minister", "President", "Mr.", "Prime Minister", "Secretary of State", "Sultan",
                        "special envoy", "the minister").list().ofMinSize(2).ofMaxSize(100),
                Arbitraries.of(" invited ", " said. ", " hosted the talks. ", " warned ", ""))
                .as((ts, tail) -> String.join(" ", ts) + tail + String.join(" ", ts));
        Arbitrary<String> possessives = Combinators.combine(Arbitraries.of("Iran", "Pakistan", "U.S.", "Trump", "the EU", "its"),
                Arbitraries.of("'s ", "’s ", "' ", "s' "), Arbitraries.integers().between(2, 300),
                Arbitraries.of("Foreign Minister invited ", "envoy warned ", "delegation ", "hosts "))
                .as((w, pos, n, tail) -> (w + pos).repeat(n) + tail + (w + pos).repeat(n / 2) + "leaders.");
        Arbitrary<String> punctuationLines = Arbitraries.of(PUNCTUATION).list().ofMinSize(1).ofMaxSize(200)
                .map(FuzzText::concat).list().ofMinSize(1).ofMaxSize(20).map(ls -> String.join("\n", ls));
        Arbitrary<String> nested = nestedQuotes();
        Arbitrary<String> one = Arbitraries.oneOf(longNames, repeated, titles, possessives, punctuationLines, nested);
        // among real sentences, so that the rules' cross-sentence look-ups meet them
        return Combinators.combine(one.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of(CorpusSamples.SENTENCES).list().ofMaxSize(4), Arbitraries.of(" ", "\n"))
                .as((odd, normal, sep) -> {
                    List<String> all = new ArrayList<>(normal);
                    for (int i = 0; i < odd.size(); i++) all.add(Math.min(i * 2, all.size()), odd.get(i));
                    return String.join(sep, all);
                });
    }

    static Arbitrary<String> nestedQuotes() {
        List<String[]> pairs = List.of(new String[] {"\"", "\""}, new String[] {"“", "”"}, new String[] {"‘", "’"},
                new String[] {"'", "'"}, new String[] {"(", ")"}, new String[] {"[", "]"}, new String[] {"«", "»"},
                new String[] {"„", "“"}, new String[] {"{", "}"});
        Arbitrary<String> inner = Arbitraries.of(DIPLOMATIC).list().ofMaxSize(6).map(ws -> String.join(" ", ws));
        Arbitrary<Layer> layer = Combinators.combine(Arbitraries.of(pairs), inner, inner,
                        Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1), Tuple.of(1, 2)))
                .as(Layer::new);
        return layer.list().ofMinSize(1).ofMaxSize(40).map(layers -> {
            String text = "Iran invited Pakistan";
            for (Layer l : layers) text = l.wrap(text);
            return text + ".";
        });
    }

    /** One level of quoting: 0 balanced, 1 the close dropped, 2 the open dropped. */
    record Layer(String[] pair, String before, String after, int damage) {
        String wrap(String text) {
            String open = damage == 2 ? "" : pair[0];
            String close = damage == 1 ? "" : pair[1];
            return before + " " + open + text + close + " " + after;
        }
    }

    /** Parts of a very long line: real sentences or runs of the rules' words. */
    static Arbitrary<List<String>> lineUnits() {
        Arbitrary<String> unit = Arbitraries.oneOf(
                Arbitraries.of(CorpusSamples.SENTENCES),
                Arbitraries.of(DIPLOMATIC).list().ofMinSize(1).ofMaxSize(30).map(ws -> String.join(" ", ws)));
        return unit.list().ofMinSize(1).ofMaxSize(5);
    }

    static Arbitrary<String> lineSeparators() {
        return Arbitraries.of(" ", "", ", ", "; ");
    }

    /** One line of about {@code length} characters: the units repeated, without a line break. */
    static String hugeLine(List<String> units, int length, String separator) {
        StringBuilder out = new StringBuilder(length + 1000);
        for (int i = 0; out.length() < length; i++) out.append(units.get(i % units.size()).replace('\n', ' ')).append(separator);
        return out.toString();
    }

    static List<String> sentencesOf(String article) {
        return List.of(article.split("(?<=[.!?][\"”’]?)\\s+|\\n"));
    }

    private static List<Integer> quoteOffsets(String text) {
        List<Integer> out = IntStream.range(0, text.length())
                .filter(i -> "\"“”‘’'()".indexOf(text.charAt(i)) >= 0).map(i -> i + 1).boxed()
                .collect(Collectors.toCollection(ArrayList::new));
        if (out.isEmpty()) out.add(text.length());
        return out;
    }

    private static String join(List<String> parts, String separator) {
        return String.join(separator, parts);
    }

    private static String concat(List<String> parts) {
        return String.join("", parts);
    }
}
