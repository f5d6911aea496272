package org.parley.export;

import java.nio.file.Path;
import java.time.LocalDate;
import org.parley.extract.RelationType;

/**
 * Which part of the graph to export. Every criterion that is set must hold (they compose by "and");
 * the actor's neighbourhood is taken within what the other criteria leave.
 *
 * @param articleId only assertions from the article with this dip:sourceId, or null
 * @param actor     only the neighbourhood of the actor with this label or alternative label (any case), or null
 * @param depth     how many hops the neighbourhood reaches
 * @param relation  only this relation, or null
 * @param since     only assertions from articles published on or after this date, or null
 * @param query     a SPARQL CONSTRUCT or SELECT ?s ?p ?o file naming the edges to keep, or null
 */
public record Selection(String articleId, String actor, int depth, RelationType relation, LocalDate since, Path query) {
    public static final int DEFAULT_DEPTH = 1;

    public Selection {
        if (depth < 0) throw new IllegalArgumentException("--depth must be 0 or more, not " + depth);
    }

    public static Selection everything() {
        return new Selection(null, null, DEFAULT_DEPTH, null, null, null);
    }

    public Selection withArticle(String id) { return new Selection(id, actor, depth, relation, since, query); }
    public Selection withActor(String name, int hops) { return new Selection(articleId, name, hops, relation, since, query); }
    public Selection withRelation(RelationType r) { return new Selection(articleId, actor, depth, r, since, query); }
    public Selection withSince(LocalDate d) { return new Selection(articleId, actor, depth, relation, d, query); }
    public Selection withQuery(Path q) { return new Selection(articleId, actor, depth, relation, since, q); }
}
