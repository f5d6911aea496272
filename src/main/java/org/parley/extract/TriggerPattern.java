package org.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * One line of a relation's pattern file: a trigger word and where its arguments stand.
 *
 * @param type       the relation it states
 * @param verb       whether the trigger is a verb (else a noun)
 * @param lemma      the trigger's lemma ("invite", "invitation")
 * @param via        for a noun: the verbs that must govern it ("extended an invitation"); empty for any
 * @param under      for a noun: the prepositions that must govern it ("at the invitation of"); empty for any
 * @param with       words one of which must modify the trigger ("a strong message"); empty for any
 * @param agent      slot paths tried in order for who acts (see {@link Syntax})
 * @param target     slot paths tried in order for whom it is done to
 * @param event      slot paths for the event it concerns
 * @param topic      slot paths for what a warning is about
 * @param targets    what the target may be
 * @param targetWords where not empty, the lemmas the target's own word must have ("led the delegation")
 * @param personAgent whether only a person may be the agent
 * @param agentless  whether the relation stands with no agent found ("Croatia was invited")
 * @param targetless whether it stands with no target found ("X warned of war")
 * @param confidence how sure a match is
 * @param examples   sentences of our own with the relation each must give, as "sentence => agent > target"
 * @param source     file and line, for messages
 */
record TriggerPattern(RelationType type, boolean verb, String lemma, Set<String> via, Set<String> under, Set<String> with,
                      List<String> agent, List<String> target, List<String> event, List<String> topic,
                      Targets targets, Set<String> targetWords, boolean personAgent, boolean agentless, boolean targetless, double confidence,
                      List<String> examples, String source) {

    /** What a pattern's target may be. */
    enum Targets { ACTOR, EVENT, ACTOR_OR_EVENT }
}
