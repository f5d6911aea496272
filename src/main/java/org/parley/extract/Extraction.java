package org.parley.extract;

import java.util.List;
import java.util.Optional;
import org.parley.ingest.Article;

/** What the extract stage found in one article: its entities and the relations between them. */
public record Extraction(Article article, List<Entity> entities, List<Relation> relations) {
    public Extraction {
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    public Optional<Entity> entity(String key) {
        if (key == null) return Optional.empty();
        return entities.stream().filter(e -> e.key().equals(key)).findFirst();
    }
}
