package org.parley.nlp;

import java.util.List;

/** A sentence: its span in the article text, its text and its tokens. */
public record Sentence(int start, int end, String text, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    /** The article text covered by tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
