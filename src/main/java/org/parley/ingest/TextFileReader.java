package org.parley.ingest;

/**
 * Reads a plain-text article. The text is kept exactly as decoded, apart from line ends becoming
 * "\n", because every character offset the later stages record refers to it. Line 1 is taken as
 * the headline when it looks like one: short, not ending in a full stop, and followed by more text.
 */
final class TextFileReader {
    static final int MAX_HEADLINE_CHARS = 200;
    static final int MAX_HEADLINE_WORDS = 30;

    private TextFileReader() {}

    static Article read(String id, String source, String decoded) throws InputProblem {
        String text = LineEndings.normalize(decoded);
        if (text.isBlank()) throw new InputProblem("no text (whitespace only)");
        return new Article(id, text, headline(text), null, source);
    }

    /** Line 1 when it reads as a headline rather than the article's first sentence, else null. */
    static String headline(String text) {
        int end = text.indexOf('\n');
        if (end < 0) return null;
        String first = text.substring(0, end).strip();
        if (first.isEmpty() || text.substring(end + 1).isBlank()) return null;
        if (first.length() > MAX_HEADLINE_CHARS || first.split("\\s+").length > MAX_HEADLINE_WORDS) return null;
        String unquoted = first.replaceFirst("[\"'\u201d\u2019)\\]]+$", "");
        if (unquoted.isEmpty()) return null;
        char last = unquoted.charAt(unquoted.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') return null;
        return first;
    }
}
