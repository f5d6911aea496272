package org.parley.extract;

/**
 * A mention resolved to an entity of the article (or, for titles, to nothing yet).
 *
 * @param start   first token
 * @param end     token after the last
 * @param key     the entity key, or null for a title
 * @param kind    the entity's kind, or null for a title
 * @param mention the mention it came from
 */
record Ref(int start, int end, String key, EntityKind kind, Mention mention) {
    boolean isActor() { return kind != null && kind.isActor(); }

    boolean isTitle() { return mention.type() == Mention.Type.TITLE; }

    boolean isEvent() { return kind == EntityKind.EVENT; }
}
