package org.parley.pipeline;

import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ShapeViolationException;

/** What became of one input on its way to the store. */
sealed interface ArticleOutcome {
    String input();

    /** Extracted and validated; waits for the writer. */
    record Extracted(String input, ArticleGraph graph) implements ArticleOutcome {}

    /** Stored before with the same content hash: not extracted again. */
    record Unchanged(String input) implements ArticleOutcome {}

    /** Unreadable, or its graph failed extraction or the shapes: nothing stored. */
    record Failed(String input, String problem) implements ArticleOutcome {
        String message() { return input + ": " + problem; }
    }

    /** The problem to report for an article whose processing threw. */
    static String problemOf(RuntimeException e) {
        if (e instanceof ShapeViolationException) return e.getMessage();
        return "could not be processed: " + e;
    }
}
