package org.parley.ingest;

/**
 * The last gate of the read stage, the same for every format: an article must have text, and
 * that text must be English, since the extraction rules downstream only make sense of English.
 * Unpaired surrogates (possible through JSON "\ud800" escapes) become U+FFFD here: the store
 * cannot keep them, and the text must be stored exactly as it was processed for offsets to hold.
 */
final class ArticleChecks {
    private ArticleChecks() {}

    static ReadResult accept(ReadResult result) {
        if (!(result instanceof ReadResult.Read read)) return result;
        String text = read.article().text();
        String clean = withoutLoneSurrogates(text);
        if (!clean.equals(text)) {
            Article a = read.article();
            read = new ReadResult.Read(read.input(), new Article(a.id(), clean, a.title() == null ? null
                    : withoutLoneSurrogates(a.title()), a.published(), a.source()));
            result = read;
            text = clean;
        }
        String input = read.input();
        if (text.isBlank()) return new ReadResult.Failed(input, "no text (whitespace only)");
        return EnglishTextCheck.problem(text)
                .<ReadResult>map(problem -> new ReadResult.Failed(input, problem))
                .orElse(result);
    }

    static String withoutLoneSurrogates(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            if (Character.isSurrogate(c) && !paired) {
                if (b == null) b = new StringBuilder(s);
                b.setCharAt(i, '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }
}
