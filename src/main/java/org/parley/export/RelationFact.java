package org.parley.export;

import org.apache.jena.graph.Node;
import org.parley.extract.RelationType;

/**
 * One {@code dip:RelationSummary} of the summary graph: a relation as articles state it.
 *
 * @param node     the summary node, whose {@code dip:attestation}s are the assertions that state it
 * @param from     IRI of the agent, or null when the articles do not say who
 * @param fromName the agent's label in those articles, or null
 * @param end      where its edge points: the target actor, else the event; null when neither is known
 * @param endName  the target's (or event's) label, or null
 * @param asserted stated outright ({@code dip:Asserted}), not only hedged
 * @param articles how many stored articles state it
 * @param edgeSummary its {@code dip:EdgeSummary}, which counts the articles of every fact drawn as the same edge;
 *                 null when it has no edge (or the summary predates edge summaries)
 */
record RelationFact(Node node, RelationType relation, String from, String fromName, NodeKey end, String endName,
                    boolean asserted, long articles, Node edgeSummary) {
    /** An edge needs both ends; an invitation whose inviter is unstated has none to draw. */
    boolean drawable() {
        return from != null && end != null;
    }

    FactEdge edge() {
        return new FactEdge(NodeKey.actor(from), relation, end);
    }
}
