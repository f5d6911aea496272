package org.parley.export;

import org.apache.jena.rdf.model.Resource;
import org.parley.rdf.DIP;

/** What a node in an exported graph stands for; writers colour and shape nodes by it. */
public enum NodeType {
    PERSON("Person", DIP.Person, "#fdb462"), STATE("State", DIP.State, "#80b1d3"),
    ORGANIZATION("Organization", DIP.Organization, "#b3de69"), EVENT("Event", DIP.Event, "#fb8072"),
    PLACE("Place", DIP.Place, "#bebada"),
    /** A node whose class the store does not give. */
    OTHER("Other", null, "#d9d9d9");

    private final String label;
    private final Resource rdfClass;
    private final String colour;

    NodeType(String label, Resource rdfClass, String colour) {
        this.label = label;
        this.rdfClass = rdfClass;
        this.colour = colour;
    }

    public String label() { return label; }

    /** The fill colour the drawing formats use, the same in DOT and HTML so that pictures match. */
    public String colour() { return colour; }

    /** The type for an RDF class given as a node. */
    public static NodeType of(org.apache.jena.graph.Node rdfClass) {
        for (NodeType t : values()) if (t.rdfClass != null && t.rdfClass.asNode().equals(rdfClass)) return t;
        return OTHER;
    }

    public static NodeType of(Resource rdfClass) {
        for (NodeType t : values()) if (t.rdfClass != null && t.rdfClass.equals(rdfClass)) return t;
        return OTHER;
    }
}
