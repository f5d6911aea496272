package org.parley.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One sentence as the relation extractors see it: tokens, resolved mentions and noun phrases. */
final class Frame {
    final SentenceRefs refs;
    final List<Phrase> phrases;
    /** Tokens that refer back to entities named elsewhere ("he", "the visitors"), with those entities' keys. */
    final Map<Integer, List<String>> references = new HashMap<>();

    Frame(SentenceRefs refs, List<Phrase> phrases) {
        this.refs = refs;
        this.phrases = phrases;
    }

    int size() { return refs.tokens().size(); }

    String word(int i) { return refs.word(i); }

    String pos(int i) { return i >= 0 && i < size() ? refs.tokens().get(i).pos() : ""; }

    /** The phrase covering token i, or null. */
    Phrase phraseAt(int i) {
        for (Phrase p : phrases) if (!p.nested() && i >= p.start() && i < p.end()) return p;
        return null;
    }

    Phrase phraseStartingAt(int i) {
        for (Phrase p : phrases) if (!p.nested() && p.start() == i) return p;
        return null;
    }

    Phrase phraseEndingAt(int i) {
        for (Phrase p : phrases) if (!p.nested() && p.end() == i) return p;
        return null;
    }

    int sentenceStart() { return refs.sentence.start(); }

    int sentenceEnd() { return refs.sentence.end(); }

    String text() { return refs.sentence.text(); }
}
