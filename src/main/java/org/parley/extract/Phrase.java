package org.parley.extract;

/**
 * A noun phrase built from resolved mentions, with the entity it is about (its head) and, for
 * people, the office and the actor the office belongs to.
 *
 * @param start   first token
 * @param end     token after the last
 * @param head    the entity key the phrase refers to; for a description ("the Iranian president") null until resolved
 * @param kind    the head's kind (PERSON for descriptions)
 * @param owner   the actor whose office the title is ("Iran" in "Iran's Foreign Minister X"), or null
 * @param title   the office ("Foreign Minister"), or null
 * @param description whether the phrase names no one and only describes ("the Turkish foreign minister")
 */
record Phrase(int start, int end, String head, EntityKind kind, String owner, String title, boolean description) {
    boolean isActor() { return kind != null && kind.isActor(); }

    Phrase withHead(String key) { return new Phrase(start, end, key, kind, owner, title, false); }
}
