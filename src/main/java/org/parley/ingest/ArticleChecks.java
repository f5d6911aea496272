package org.parley.ingest;

/**
 * The last gate of the read stage, the same for every format: an article must have text, and
 * that text must be English, since the extraction rules downstream only make sense of English.
 */
final class ArticleChecks {
    private ArticleChecks() {}

    static ReadResult accept(ReadResult result) {
        if (!(result instanceof ReadResult.Read read)) return result;
        String text = read.article().text();
        if (text.isBlank()) return new ReadResult.Failed(read.input(), "no text (whitespace only)");
        return EnglishTextCheck.problem(text)
                .<ReadResult>map(problem -> new ReadResult.Failed(read.input(), problem))
                .orElse(result);
    }
}
