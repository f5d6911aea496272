package org.parley.pipeline;

import java.util.function.Function;
import org.parley.ingest.Article;
import org.parley.ingest.PrintableName;
import org.parley.ingest.ReadResult;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ShapeViolationException;

/** What became of one input on its way to the store. */
public sealed interface ArticleOutcome {
    String input();

    /** Extracted and validated; waits for the writer. */
    record Extracted(String input, ArticleGraph graph) implements ArticleOutcome {}

    /** Stored before with the same content hash: not extracted again. */
    record Unchanged(String input) implements ArticleOutcome {}

    /** Unreadable, or its graph failed extraction or the shapes: nothing stored. */
    record Failed(String input, String problem) implements ArticleOutcome {
        public String message() { return PrintableName.of(input) + ": " + PrintableName.inLine(problem); }
    }

    /**
     * Extracts one read input where there is no store to consult: its graph, or the reason it has
     * none. A failure is the input's own and never thrown, so one bad article costs only itself.
     */
    static ArticleOutcome extract(ReadResult input, Function<Article, ArticleGraph> process) {
        if (input instanceof ReadResult.Failed f) return new Failed(f.input(), f.problem());
        ReadResult.Read read = (ReadResult.Read) input;
        try {
            return new Extracted(read.input(), process.apply(read.article()));
        } catch (RuntimeException e) {
            return new Failed(read.input(), problemOf(e));
        }
    }

    /** The problem to report for an article whose processing threw. */
    static String problemOf(RuntimeException e) {
        if (e instanceof ShapeViolationException || e instanceof ArticleTimeBudget.Exceeded) return e.getMessage();
        return "could not be processed: " + e;
    }
}
