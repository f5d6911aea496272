package org.parley.rdf;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * One fact of the summary graph as one article states it: the fact's node (named by a hash of
 * everything that identifies the fact, so every article stating it names the same node), the
 * triples that describe it, and the assertions of the article that state it.
 */
public record SummaryFact(Node node, List<Triple> description, Set<Node> attestations) {
    public SummaryFact {
        description = List.copyOf(description);
        attestations = Set.copyOf(attestations);
    }
}
