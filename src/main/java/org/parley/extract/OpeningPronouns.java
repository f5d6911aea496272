package org.parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Wadephul was received by Han Zheng. He warned Beijing ...": a sentence that opens with "he" or
 * "she" goes on about the person the sentence before opened with, its subject, not the person
 * named last. The pronoun becomes a phrase about that person, so the relation rules read it as
 * any other subject.
 */
final class OpeningPronouns {
    private static final Set<String> PERSONAL = Set.of("he", "she");

    void resolve(List<Frame> frames) {
        for (int fi = 1; fi < frames.size(); fi++) {
            Frame f = frames.get(fi);
            if (f.size() < 2 || !PERSONAL.contains(f.word(0).toLowerCase(Locale.ROOT)) || f.phraseAt(0) != null) continue;
            String person = openingPerson(frames.get(fi - 1));
            if (person != null) f.phrases.add(0, new Phrase(0, 1, person, EntityKind.PERSON, null, null, false));
        }
    }

    /** The person a sentence opens with, as its first phrase, or null. */
    static String openingPerson(Frame f) {
        for (Phrase p : f.phrases) {
            if (p.nested() || p.head() == null) continue;
            return p.kind() == EntityKind.PERSON ? p.head() : null;
        }
        return null;
    }
}
