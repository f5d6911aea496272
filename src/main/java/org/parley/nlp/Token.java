package org.parley.nlp;

/** A token with its character span in the article text and its part-of-speech tag (Penn Treebank). */
public record Token(String text, int start, int end, String pos) {
    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
