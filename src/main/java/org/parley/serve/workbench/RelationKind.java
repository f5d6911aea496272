package org.parley.serve.workbench;

import java.util.List;

/** How the workbench names and colours the four kinds of relation (by their assertion class). */
enum RelationKind {
    INVITATION("Invitation", "invites", "is invited by", "#1f77b4"),
    REPRESENTATION("Representation", "represents", "is represented by", "#2ca02c"),
    HOSTING("Hosting", "hosts", "is hosted by", "#ff7f0e"),
    WARNING("Warning", "warns", "is warned by", "#d62728");

    static final List<RelationKind> ALL = List.of(values());

    final String assertionClass;
    final String active;
    final String passive;
    final String colour;

    RelationKind(String assertionClass, String active, String passive, String colour) {
        this.assertionClass = assertionClass;
        this.active = active;
        this.passive = passive;
        this.colour = colour;
    }

    /** The kind of an assertion class's local name; null for a class parley does not know. */
    static RelationKind of(String assertionClass) {
        for (RelationKind k : values()) if (k.assertionClass.equals(assertionClass)) return k;
        return null;
    }
}
