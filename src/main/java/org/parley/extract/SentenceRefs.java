package org.parley.extract;

import java.util.List;
import java.util.Locale;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/** One sentence with its resolved mentions, in token order: what the relation extractors read. */
final class SentenceRefs {
    final int index;
    final Sentence sentence;
    final List<Ref> refs;

    SentenceRefs(int index, Sentence sentence, List<Ref> refs) {
        this.index = index;
        this.sentence = sentence;
        this.refs = List.copyOf(refs);
    }

    List<Token> tokens() { return sentence.tokens(); }

    String word(int i) {
        return i >= 0 && i < sentence.tokens().size() ? sentence.tokens().get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
