package org.parley.ingest;

/** The outcome of reading one input: an article, or a problem that names the input. */
public sealed interface ReadResult {
    /** The input the result came from: a path, "path:line" for a JSONL record, "path:row" for a CSV row, or "-" for stdin. */
    String input();

    record Read(String input, Article article) implements ReadResult {}

    record Failed(String input, String problem) implements ReadResult {
        /** The one-line error a user sees; a name with control characters in it is escaped. */
        public String message() { return PrintableName.of(input) + ": " + PrintableName.inLine(problem); }
    }
}
