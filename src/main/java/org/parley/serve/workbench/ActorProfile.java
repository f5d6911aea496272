package org.parley.serve.workbench;

import java.util.List;

/**
 * What the store knows about one actor, read from the summary graph.
 *
 * @param iri       the actor
 * @param label     the name most articles give it
 * @param types     Person, State or Organization, with the articles that say so
 * @param names     every name articles give it
 * @param roles     every role articles give it
 * @param relations its relations, as agent and as target
 * @param dated     its relations' assertions counted by kind and publication date
 * @param undated   how many of its relations' assertions come from articles without a date
 */
record ActorProfile(String iri, String label, List<Counted> types, List<Counted> names, List<Counted> roles,
                    List<Relation> relations, List<DatedCount> dated, long undated) {

    /** A name, role or type with the number of articles that state it. */
    record Counted(String text, long articles) {}

    /**
     * One summarized relation the actor takes part in.
     *
     * @param kind      the assertion class's local name: Invitation, Representation, Hosting or Warning
     * @param outgoing  true when the actor is the agent
     * @param otherIri  the actor at the other end, or null (an event, or unstated)
     * @param otherName that actor's name, or null
     * @param role      the representative's role, for representations, or null
     * @param hedged    true when the articles only report it as likely
     * @param evidence  a few of the sentences that state it
     */
    record Relation(String kind, boolean outgoing, String otherIri, String otherName, String role, String event,
                    String place, String date, String topic, boolean hedged, long articles, List<Evidence> evidence) {}

    /** A sentence that states a relation, and where: the article and the sentence's offsets in its text. */
    record Evidence(String sentence, String articleId, String title, String published, Integer start, Integer end) {}

    /** How many assertions of one kind come from articles published on one day. */
    record DatedCount(String kind, String published, long count) {}
}
