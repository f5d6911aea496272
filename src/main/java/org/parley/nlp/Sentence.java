package org.parley.nlp;

import java.util.List;

/**
 * A sentence: its span in the article text, its text and its tokens, and where the sentence was
 * parsed, its dependencies (else null).
 */
public record Sentence(int start, int end, String text, List<Token> tokens, Dependencies dependencies) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (dependencies != null && dependencies.size() != tokens.size()) {
            throw new IllegalArgumentException("the parse has " + dependencies.size() + " tokens, the sentence " + tokens.size());
        }
    }

    public Sentence(int start, int end, String text, List<Token> tokens) {
        this(start, end, text, tokens, null);
    }

    public Sentence withDependencies(Dependencies parse) {
        return new Sentence(start, end, text, tokens, parse);
    }

    /** The article text covered by tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public String span(int from, int to) {
        return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
    }
}
