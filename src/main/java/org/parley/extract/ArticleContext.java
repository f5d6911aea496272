package org.parley.extract;


/** What relation rules may know about the article beyond the sentence they read. */
interface ArticleContext {
    /** The entity key that a pronoun ("him", "them") at token i of the frame refers to, or null. */
    String pronounReferent(Frame f, int i, String excludeKey);

    /** The person the sentence before this frame opens with, as its subject, or null. */
    String personOpeningSentenceBefore(Frame f);

    /** The last event mentioned before this frame, or null. */
    String lastEventBefore(Frame f);

    /** Builds a relation whose evidence is the frame's sentence. */
    Relation relation(RelationType type, String agent, String target, String event, String topic,
                      Frame f, boolean hedged, double confidence);

    /** Entity kind of a key. */
    EntityKind kind(String key);

    /** The state whose body an organization is by its name ("Turkish foreign ministry"), or null. */
    String stateOfBody(String orgKey);
}
