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
 * @param nested   a phrase inside another ("U.S. President Donald Trump" in "Trump's special envoy"): it
 *                 carries an office but is not a constituent of the sentence
 */
record Phrase(int start, int end, String head, EntityKind kind, String owner, String title, boolean description,
              boolean nested) {
    Phrase(int start, int end, String head, EntityKind kind, String owner, String title, boolean description) {
        this(start, end, head, kind, owner, title, description, false);
    }

    boolean isActor() { return kind != null && kind.isActor(); }

    Phrase withHead(String key) { return new Phrase(start, end, key, kind, owner, title, false, nested); }

    Phrase withOwner(String newOwner, String newTitle) { return new Phrase(start, end, head, kind, newOwner, newTitle, description, nested); }

    Phrase asNested() { return new Phrase(start, end, head, kind, owner, title, description, true); }
}
