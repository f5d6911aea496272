package org.parley.extract;

import java.time.LocalDate;
import java.util.Set;

/**
 * An actor, event or place found in one article.
 *
 * @param key      identifies the entity within the article's extraction; relations refer to it
 * @param kind     what it is
 * @param label    canonical name (the fullest form the article or the gazetteer gives)
 * @param names    every surface form seen in the article, the label included
 * @param role     an office the text gives a person ("Foreign Minister"), or null
 * @param globalId a stable identifier across articles where world knowledge gives one (a gazetteer IRI), or null
 * @param location for an event, the key of the place it happens in, or null
 * @param date     for an event, when it happens, or null
 */
public record Entity(String key, EntityKind kind, String label, Set<String> names, String role,
                     String globalId, String location, LocalDate date) {
    public Entity {
        names = Set.copyOf(names);
    }
}
