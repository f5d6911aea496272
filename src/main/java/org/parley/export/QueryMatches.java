package org.parley.export;

import java.util.Set;

/**
 * What a --query picked: assertions by IRI (a CONSTRUCT that returns dip:agent/dip:target style
 * triples) and edges by their ends (direct relation triples such as ?s dip:invites ?o).
 */
public record QueryMatches(Set<String> assertions, Set<StoredAssertion.EdgeKey> edges) {
    public QueryMatches {
        assertions = Set.copyOf(assertions);
        edges = Set.copyOf(edges);
    }

    public boolean matches(StoredAssertion a) {
        return assertions.contains(a.iri()) || edges.contains(a.edgeKey());
    }
}
