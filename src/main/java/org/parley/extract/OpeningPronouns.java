package org.parley.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Wadephul was received by Han Zheng. He warned Beijing ...": a sentence that opens with "he" or
 * "she" goes on about the person the sentence before opened with, its subject, not the person
 * named last. The pronoun becomes a phrase about that person, so the relation rules read it as
 * any other subject. Likewise an office opened with "its" or "their" is of the state or
 * organization the sentence before opened with.
 */
final class OpeningPronouns {
    private static final Set<String> PERSONAL = Set.of("he", "she");

    private static final Set<String> POSSESSIVE = Set.of("its", "their");

    void resolve(List<Frame> frames) {
        for (int fi = 1; fi < frames.size(); fi++) {
            Frame f = frames.get(fi);
            if (f.size() < 2) continue;
            String first = f.word(0).toLowerCase(Locale.ROOT);
            if (PERSONAL.contains(first) && f.phraseAt(0) == null) {
                String person = openingPerson(frames.get(fi - 1));
                if (person != null) f.phrases.add(0, new Phrase(0, 1, person, EntityKind.PERSON, null, null, false));
            } else if (POSSESSIVE.contains(first)) {
                ownOffice(f, openingBody(frames.get(fi - 1)));
            }
        }
    }

    /** "The Arakan Army threatened ... . Its spokesperson, X, said": the office is of whom the sentence before opened with. */
    private static void ownOffice(Frame f, String owner) {
        if (owner == null) return;
        for (int n = 0; n < f.phrases.size(); n++) {
            Phrase p = f.phrases.get(n);
            if (p.start() > 1) return;
            if (p.kind() == EntityKind.PERSON && p.title() != null && !p.title().isEmpty() && p.owner() == null && !p.nested()) {
                f.phrases.set(n, p.withOwner(owner, p.title()));
                return;
            }
        }
    }

    /** The state or organization a sentence opens with, as its first phrase, or null. */
    private static String openingBody(Frame f) {
        for (Phrase p : f.phrases) {
            if (p.nested() || p.head() == null) continue;
            return p.kind() == EntityKind.STATE || p.kind() == EntityKind.ORGANIZATION ? p.head() : null;
        }
        return null;
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
