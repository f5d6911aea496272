package org.parley.extract;

/** The four relations parley extracts. */
public enum RelationType {
    INVITES("invites"), REPRESENTS("represents"), HOSTS("hosts"), WARNS("warns");

    private final String label;

    RelationType(String label) { this.label = label; }

    /** The name used in the JSON view, the gold files and on the command line. */
    public String label() { return label; }

    public static RelationType fromLabel(String label) {
        for (RelationType t : values()) if (t.label.equalsIgnoreCase(label)) return t;
        throw new IllegalArgumentException("unknown relation type: " + label + " (expected invites, represents, hosts or warns)");
    }
}
