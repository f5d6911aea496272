package org.parley.export;

import org.apache.jena.rdf.model.Property;
import org.parley.extract.RelationType;
import org.parley.rdf.DIP;

/** The direct relation properties (dip:invites, ...) and the relation each stands for. */
final class DirectRelations {
    private DirectRelations() {}

    static Property property(RelationType type) {
        return switch (type) {
            case INVITES -> DIP.invites;
            case REPRESENTS -> DIP.represents;
            case HOSTS -> DIP.hosts;
            case WARNS -> DIP.warns;
        };
    }

    /** The relation a direct property IRI stands for, or null when it is not one of the four. */
    static RelationType typeOf(String iri) {
        for (RelationType t : RelationType.values()) if (property(t).getURI().equals(iri)) return t;
        return null;
    }
}
