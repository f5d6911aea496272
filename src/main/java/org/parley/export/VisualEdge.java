package org.parley.export;

import java.util.List;
import org.parley.extract.RelationType;

/**
 * One relation between two nodes, aggregated over every assertion that supports it.
 *
 * @param id       short id unique within the exported graph ("e0", "e1", ...)
 * @param source   id of the agent's node
 * @param target   id of the target's (or, lacking a target, the event's) node
 * @param relation which of the four relations
 * @param articles ids of the distinct articles that support it, sorted
 * @param evidence the distinct supporting sentences with their articles
 * @param hedged   true when no supporting assertion states it outright (all are dip:Hedged)
 */
public record VisualEdge(String id, String source, String target, RelationType relation,
                         List<String> articles, List<Evidence> evidence, boolean hedged) {
    public VisualEdge {
        articles = List.copyOf(articles);
        evidence = List.copyOf(evidence);
    }

    public String label() { return relation.label(); }

    public int articleCount() { return articles.size(); }
}
