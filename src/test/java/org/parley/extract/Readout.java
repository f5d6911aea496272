package org.parley.extract;

import java.util.List;
import java.util.Objects;
import org.parley.ingest.Article;
import org.parley.pipeline.ArticlePipeline;

/**
 * A short article run through the whole pipeline and read back as labels, so that a failing
 * pattern test prints "invites(Kenya -> Brazil)" rather than entity keys.
 */
record Readout(Extraction extraction) {

    static Readout of(ArticlePipeline pipeline, String text) {
        return new Readout(pipeline.extract(new Article("sentence", text, null, null, null)));
    }

    /** An article with a headline: line 1, as a reader of text files takes it. */
    static Readout headlined(ArticlePipeline pipeline, String headline, String body) {
        return new Readout(pipeline.extract(new Article("sentence", headline + "\n" + body, headline, null, null)));
    }

    /** Relations of one type as "type(agent -> target)", "?" where a side is unstated; sorted. */
    List<String> tuples(RelationType type) {
        return relations(type).stream().map(this::tuple).sorted().toList();
    }

    List<Relation> relations(RelationType type) {
        return extraction.relations().stream().filter(r -> r.type() == type).toList();
    }

    /** The one relation of this type and these labels; fails listing what was found instead. */
    Relation relation(String tuple) {
        for (RelationType t : RelationType.values())
            for (Relation r : relations(t)) if (tuple(r).equals(tuple)) return r;
        throw new AssertionError("no " + tuple + " among " + extraction.relations().stream().map(this::tuple).toList());
    }

    String tuple(Relation r) {
        return r.type().label() + "(" + label(r.agent()) + " -> " + label(r.target()) + ")";
    }

    /** The label of an entity key, "?" for none. */
    String label(String key) {
        return extraction.entity(key).map(Entity::label).orElse(key == null ? "?" : "<unlisted " + key + ">");
    }

    /** Actors as "Kind:Label", sorted. */
    List<String> actors() {
        return extraction.entities().stream().filter(e -> e.kind().isActor())
                .map(e -> e.kind().label() + ":" + e.label()).sorted().toList();
    }

    /** Event labels, sorted. */
    List<String> events() {
        return extraction.entities().stream().filter(e -> e.kind() == EntityKind.EVENT).map(Entity::label).sorted().toList();
    }

    Entity entity(String label) {
        return extraction.entities().stream().filter(e -> Objects.equals(e.label(), label)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity labelled " + label + " among "
                        + extraction.entities().stream().map(Entity::label).toList()));
    }
}
