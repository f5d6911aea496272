package org.parley.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A cheap guard against running English extraction rules over text in another language, which
 * would only make nonsense relations. Text is refused when most of its letters are in a non-Latin
 * script, or when its words are Latin but almost none are common English function words (while
 * another language's are common). English news is about a third function words; names, however
 * many, do not bring that share near the threshold, and short texts are given the benefit of the
 * doubt.
 */
final class EnglishTextCheck {
    /** Below this many words there is too little evidence to call a text foreign. */
    private static final int MIN_WORDS = 12;
    /**
     * Below this many words a lack of English function words alone does not make a text foreign:
     * a one-sentence brief ("Iran's Supreme Leader Ali Khamenei cautioned Washington against any
     * military adventure") can have none; it takes another language's own words to refuse it.
     */
    private static final int MIN_WORDS_WITHOUT_ANOTHER_LANGUAGE = 40;
    private static final double MIN_ENGLISH_SHARE = 0.06;
    private static final double MIN_OTHER_SHARE = 0.15;
    private static final double MAX_NON_LATIN_LETTER_SHARE = 0.5;

    private static final Set<String> ENGLISH = Set.of(
            "the", "of", "and", "to", "in", "a", "an", "is", "was", "were", "are", "be", "been", "for", "on",
            "that", "with", "by", "as", "at", "from", "has", "have", "had", "it", "its", "his", "her", "their",
            "he", "she", "they", "we", "this", "will", "would", "not", "but", "who", "which", "said", "after",
            "or", "than", "also", "about", "into", "over", "against", "any", "if", "when", "more", "all");

    /** Function words of the languages news in Latin script most often comes in, to name what a text looks like. */
    private static final Map<String, Set<String>> OTHERS = Map.of(
            "French", Set.of("le", "la", "les", "des", "du", "et", "est", "une", "un", "dans", "pour", "qui", "que", "sur", "au", "aux", "pas", "avec", "sont", "ont", "il", "elle"),
            "Spanish", Set.of("el", "la", "los", "las", "del", "y", "es", "una", "un", "en", "por", "para", "que", "con", "se", "su", "al", "como", "pero", "fue"),
            "German", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "von", "zu", "auf", "sich", "auch", "es", "im", "wird", "hat"),
            "Italian", Set.of("il", "la", "le", "di", "che", "e", "è", "un", "una", "per", "con", "del", "della", "non", "sono", "nel", "gli", "ha", "si", "al"),
            "Portuguese", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "que", "e", "em", "um", "uma", "para", "com", "não", "no", "na", "se", "foi"),
            "Dutch", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "er", "ook", "aan", "wordt", "door"),
            "Turkish", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama", "kadar", "sonra", "ise"),
            "Indonesian", Set.of("yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "juga", "ke", "karena"));

    /** The languages of {@link #OTHERS} each word belongs to: one lookup per word of every article instead of eight. */
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = OTHERS.entrySet().stream()
            .flatMap(lang -> lang.getValue().stream().map(w -> Map.entry(w, lang.getKey())))
            .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}']+");

    private EnglishTextCheck() {}

    /** Why the text is not English, or empty if it is (or might be) English. */
    static Optional<String> problem(String text) {
        int latin = 0, other = 0;
        Map<Character.UnicodeScript, Integer> scripts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
                scripts.merge(script, 1, Integer::sum);
            }
        }
        if (other > (latin + other) * MAX_NON_LATIN_LETTER_SHARE) {
            var main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return Optional.of("not English text (looks like " + scriptName(main) + " script)");
        }
        String[] words = NON_WORD.split(text);
        int total = 0, english = 0;
        Map<String, Integer> otherHits = new java.util.HashMap<>();
        for (int k = 0; k < words.length; k++) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (w.isEmpty()) continue;
            total++;
            if (ENGLISH.contains(w)) english++;
            if (isNameParticle(words, k)) continue;
            for (String lang : LANGUAGES_OF_WORD.getOrDefault(w, List.of())) otherHits.merge(lang, 1, Integer::sum);
        }
        if (total < MIN_WORDS) return Optional.empty();
        var likely = otherHits.entrySet().stream().max(Map.Entry.comparingByValue());
        int otherCount = likely.map(Map.Entry::getValue).orElse(0);
        boolean tooFewEnglish = english < total * MIN_ENGLISH_SHARE && total >= MIN_WORDS_WITHOUT_ANOTHER_LANGUAGE;
        // Short words such as "a", "on" or "in" are shared with English, so a foreign text can
        // reach the English minimum; it still has several times as many of its own.
        boolean clearlyOther = otherCount >= total * MIN_OTHER_SHARE && otherCount >= 2 * english;
        if (!tooFewEnglish && !clearlyOther) return Optional.empty();
        int englishCount = english;
        String looksLike = likely.filter(e -> e.getValue() > englishCount).map(Map.Entry::getKey)
                .orElse("another language");
        return Optional.of("not English text (looks like " + looksLike + ")");
    }

    /**
     * "Ursula von der Leyen", "Pieter van der Berg", "Ana de la Cruz": another language's function
     * words in lower case before a capitalized name are part of the name, which English news carries.
     */
    private static boolean isNameParticle(String[] words, int k) {
        int next = k + 1;
        while (next < words.length && next <= k + 2 && LANGUAGES_OF_WORD.containsKey(words[next])) next++;
        return Character.isLowerCase(words[k].charAt(0)) && next < words.length && !words[next].isEmpty()
                && Character.isUpperCase(words[next].charAt(0));
    }

    private static String scriptName(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
