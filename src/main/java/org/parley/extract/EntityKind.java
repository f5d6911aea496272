package org.parley.extract;

/** What an extracted entity is. The first three are actors. */
public enum EntityKind {
    PERSON("Person"), STATE("State"), ORGANIZATION("Organization"), EVENT("Event"), PLACE("Place");

    private final String label;

    EntityKind(String label) { this.label = label; }

    /** The name used in the ontology and in the JSON view ("Person", "State", ...). */
    public String label() { return label; }

    public boolean isActor() { return this == PERSON || this == STATE || this == ORGANIZATION; }

    public static EntityKind fromLabel(String label) {
        for (EntityKind k : values()) if (k.label.equals(label)) return k;
        throw new IllegalArgumentException("unknown entity kind: " + label);
    }
}
