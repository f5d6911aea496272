package org.parley.rdf;

import java.util.List;

/** An article graph failed the SHACL shapes and was not stored. */
public final class ShapeViolationException extends RuntimeException {
    private final List<String> violations;

    public ShapeViolationException(String articleId, List<String> violations) {
        super("graph of article " + articleId + " violates the shapes: " + String.join("; ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() { return violations; }
}
