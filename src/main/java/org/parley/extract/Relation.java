package org.parley.extract;

/**
 * One relation as an article states it.
 *
 * @param type       which of the four
 * @param agent      entity key of who invites/represents/hosts/warns, or null when unstated
 * @param target     entity key of the invitee/represented/hosted/warned, or null when unstated
 * @param event      entity key of the event it concerns, or null
 * @param topic      for warnings, what is warned of, or null
 * @param charStart  start of the evidence sentence in the article text
 * @param charEnd    end of the evidence sentence in the article text
 * @param evidence   the evidence sentence
 * @param confidence 0..1
 * @param modality   asserted or hedged
 */
public record Relation(RelationType type, String agent, String target, String event, String topic,
                       int charStart, int charEnd, String evidence, double confidence, Modality modality) {}
