package org.parley.export;

import java.util.List;
import org.parley.extract.RelationType;

/**
 * One relation between two nodes, aggregated over every assertion that supports it.
 *
 * @param id           short id unique within the exported graph ("e0", "e1", ...)
 * @param source       id of the agent's node
 * @param target       id of the target's (or, lacking a target, the event's) node
 * @param relation     which of the four relations
 * @param articles     ids of supporting articles, sorted: all of them, or the first
 *                     {@value EdgeSupport#MAX_LISTED_ARTICLES} when more support it
 * @param articleCount how many distinct articles support it
 * @param evidence     supporting sentences with their articles: all, or the first {@value EdgeSupport#MAX_EVIDENCE}
 * @param hedged       true when no supporting assertion states it outright (all are dip:Hedged)
 */
public record VisualEdge(String id, String source, String target, RelationType relation,
                         List<String> articles, int articleCount, List<Evidence> evidence, boolean hedged) {
    public VisualEdge {
        articles = List.copyOf(articles);
        evidence = List.copyOf(evidence);
    }

    /** An edge whose articles are all listed. */
    public VisualEdge(String id, String source, String target, RelationType relation,
                      List<String> articles, List<Evidence> evidence, boolean hedged) {
        this(id, source, target, relation, articles, articles.size(), evidence, hedged);
    }

    public String label() { return relation.label(); }
}
