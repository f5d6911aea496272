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
    /** The tokens in lower case, made once: the relation rules ask for words over and over. */
    private final String[] words;

    SentenceRefs(int index, Sentence sentence, List<Ref> refs) {
        this.index = index;
        this.sentence = sentence;
        this.refs = List.copyOf(refs);
        List<Token> tokens = sentence.tokens();
        this.words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) words[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
    }

    List<Token> tokens() { return sentence.tokens(); }

    /** Token i in lower case, or "" outside the sentence. */
    String word(int i) {
        return i >= 0 && i < words.length ? words[i] : "";
    }
}
