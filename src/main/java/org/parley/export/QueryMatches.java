package org.parley.export;

import java.util.Set;
import org.parley.extract.RelationType;

/**
 * What a --query picked: assertions by IRI (a CONSTRUCT that returns dip:agent/dip:target style
 * triples) and edges by their ends (direct relation triples such as ?s dip:invites ?o).
 */
public record QueryMatches(Set<String> assertions, Set<Edge> edges) {
    /** A direct relation triple: agent, relation, and the target actor's or event's IRI. */
    public record Edge(String agent, RelationType relation, String end) {}

    public QueryMatches {
        assertions = Set.copyOf(assertions);
        edges = Set.copyOf(edges);
    }
}
