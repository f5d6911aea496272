package org.parley.extract;

import java.util.List;

/** One family of relation patterns (one relation type), applied to one sentence at a time. */
interface RelationRule {
    void extract(Frame f, ArticleContext ctx, List<Relation> out);
}
