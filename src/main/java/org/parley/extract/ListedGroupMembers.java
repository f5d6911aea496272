package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Invitations to a group whose members the article lists later: "Kishida will invite Yoon and the
 * leaders of seven other countries ... The seven countries are India, Brazil and Vietnam." The
 * listing sentence ("The [other] [N] ... countries are / include A, B and C") names the members of a
 * group an earlier invitation counted ("seven other countries"); each member is invited by the same
 * inviter to the same event. The evidence stays the invitation's sentence, which holds the trigger,
 * the inviter and the group that refers to the members.
 */
final class ListedGroupMembers {
    private static final Set<String> GROUP_NOUNS = Set.of("countries", "nations", "states", "leaders", "organizations",
            "organisations", "guests", "invitees", "members");
    private static final Set<String> LISTING_VERBS = Set.of("are", "were", "include", "included", "includes");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "dozen");
    /** The most words a group's description may take between "the" and its noun ("other seven non-G-7"). */
    private static final int MAX_MODIFIERS = 5;

    /** The invitations that the listing sentences of the article add to those found. */
    List<Relation> listed(List<Frame> frames, List<Relation> found, ArticleContext ctx) {
        List<Relation> out = new ArrayList<>();
        for (int fi = 0; fi < frames.size(); fi++) {
            Frame f = frames.get(fi);
            int noun = groupSubject(f);
            if (noun < 0) continue;
            List<Phrase> members = new ClauseReader(f).objects(noun + 2);
            if (members.isEmpty()) continue;
            String number = numberBefore(f, noun);
            for (int gi = fi - 1; gi >= 0; gi--) {
                Frame g = frames.get(gi);
                int trigger = invitationCountingGroup(g, f.word(noun), number);
                if (trigger < 0) continue;
                for (Invitation inv : invitations(g, trigger, found, ctx)) {
                    for (Phrase m : members) {
                        if (!m.isActor() || m.head() == null || m.head().equals(inv.agent())) continue;
                        out.add(ctx.relation(RelationType.INVITES, inv.agent(), m.head(), inv.event(), null, g, inv.hedged(), 0.7));
                    }
                }
                break;
            }
        }
        return out;
    }

    private record Invitation(String agent, String event, boolean hedged) {}

    /**
     * Who invites the group, to what: as the invitation rules read the sentence where they found
     * someone invited with it ("invite Yoon and the leaders of seven other countries"), else the
     * sentence's subjects ("Japan invited the leaders of seven countries").
     */
    private static List<Invitation> invitations(Frame g, int trigger, List<Relation> found, ArticleContext ctx) {
        List<Invitation> out = new ArrayList<>();
        for (Relation r : found) {
            if (r.type() == RelationType.INVITES && r.charStart() == g.sentenceStart()) {
                Invitation inv = new Invitation(r.agent(), r.event(), r.modality() == Modality.HEDGED);
                if (!out.contains(inv)) out.add(inv);
            }
        }
        if (!out.isEmpty()) return out;
        ClauseReader c = new ClauseReader(g);
        if (c.negated(trigger) || c.wished(trigger) || c.hypothetical(trigger)) return out;
        Phrase event = c.nearestEvent(trigger);
        String eventKey = event == null ? null : event.head();
        for (Phrase s : c.subjects(trigger)) {
            String agent = c.actorOf(s);
            if (agent != null && ctx.kind(agent) != null && ctx.kind(agent).isActor()) out.add(new Invitation(agent, eventKey, c.hedged(trigger)));
        }
        return out;
    }

    /** The group noun of a sentence "The [other] [N] ... NOUN are|include ...", or -1. */
    private static int groupSubject(Frame f) {
        if (!f.word(0).equals("the") && !f.word(0).equals("other")) return -1;
        for (int k = 1; k <= MAX_MODIFIERS + 1 && k < f.size() - 2; k++) {
            String w = f.word(k);
            if (GROUP_NOUNS.contains(w)) return LISTING_VERBS.contains(f.word(k + 1)) ? k : -1;
            if (w.equals(",") || w.equals("and") || LISTING_VERBS.contains(w) || f.pos(k).startsWith("VB")) return -1;
        }
        return -1;
    }

    private static String numberBefore(Frame f, int noun) {
        for (int k = 1; k < noun; k++) {
            String w = f.word(k);
            if (NUMBER_WORDS.contains(w) || w.chars().allMatch(Character::isDigit)) return w;
        }
        return null;
    }

    private static final Set<String> INVITE_VERBS = Set.of("invite", "invites", "invited", "inviting");

    /**
     * The invitation verb of a sentence that counts a group of the same noun (and number, where the
     * listing gives one) after it: "invited the leaders of seven other countries"; -1 if none.
     */
    private static int invitationCountingGroup(Frame f, String noun, String number) {
        int trigger = -1;
        for (int k = 0; k < f.size(); k++) {
            if (INVITE_VERBS.contains(f.word(k))) trigger = k;
            if (trigger < 0 || !f.word(k).equals(noun)) continue;
            for (int j = k - 1; j > trigger && j >= k - MAX_MODIFIERS; j--) {
                String w = f.word(j);
                if (w.equals(",") || w.equals("and")) break;
                if (number == null ? NUMBER_WORDS.contains(w) || w.equals("other") : w.equals(number)) return trigger;
            }
        }
        return -1;
    }
}
