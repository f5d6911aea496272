package org.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * invites: "X invited Y (to E)", "Y was invited (by X)", "Y received an invitation from X",
 * "X extended an invitation to Y", "X's invitation to Y", "at the invitation of X, Y ...", "Y came at the
 * invitation of X".
 * Negated, wished-for and hypothetical invitations yield nothing.
 */
final class InvitationRule implements RelationRule {
    private static final Set<String> VERBS = Set.of("invite", "invites", "invited", "inviting");
    private static final Set<String> NOUNS = Set.of("invitation", "invitations", "invite");
    private static final Set<String> EXTEND = Set.of("extended", "extends", "extend", "sent", "sends", "issued", "issues", "gave", "give", "offered");
    private static final Set<String> RECEIVE = Set.of("received", "receives", "receive", "accepted", "accepts", "got", "has", "had");
    /** Passing an invitation on: "was delivered to", "was handed to". */
    private static final Set<String> DELIVER = Set.of("delivered", "handed", "conveyed", "passed", "forwarded");
    /** Turning an invitation down says it was made: "Y declined an invitation from X" is X inviting Y. */
    private static final Set<String> DECLINE = Set.of("declined", "declines", "decline", "rejected", "rejects", "reject",
            "refused", "refuses", "turned", "turns", "spurned", "snubbed");

    @Override
    public void extract(Frame f, ArticleContext ctx, List<Relation> out) {
        ClauseReader c = new ClauseReader(f);
        for (int i = 0; i < f.size(); i++) {
            String w = f.word(i);
            boolean verb = VERBS.contains(w) && !(w.equals("invite") && isNoun(f, i));
            boolean noun = NOUNS.contains(w) && !verb;
            if (!verb && !noun) continue;
            int governing = noun ? verbBefore(f, i) : -1;
            boolean declined = governing >= 0 && DECLINE.contains(f.word(governing));
            if (!declined && c.negated(i) || c.wished(i) || c.hypothetical(i)) continue;
            boolean hedged = c.hedged(i);
            if (verb) verbal(f, ctx, c, i, hedged, out);
            else nominal(f, ctx, c, i, hedged, out);
        }
    }

    private static boolean isNoun(Frame f, int i) {
        String prev = f.word(i - 1);
        return prev.equals("the") || prev.equals("an") || prev.equals("this");
    }

    private void verbal(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        Phrase event = eventAfter(f, c, i);
        boolean reducedPassive = f.word(i).equals("invited") && f.word(i + 1).equals("to") && c.objects(i + 1).isEmpty();
        // "Norway's minister X, invited as an observer, pledged ...": the participle describes the one before it
        // but "This year's host, Japan, invited South Korea": a participle takes no object
        int next = f.word(i + 1).equals("the") ? i + 2 : i + 1;
        Phrase object = f.phraseStartingAt(next);
        Phrase described = f.word(i).equals("invited") && f.word(i - 1).equals(",") && (object == null || !object.isActor())
                ? f.phraseEndingAt(i - 1) : null;
        if (described != null && described.isActor() && !f.word(i + 1).equals("by")) {
            emit(ctx, f, null, described.head(), event, hedged, 0.8, out);
            return;
        }
        // "Ghana and Togo are among those invited": a participle after "among those" is passive too
        boolean amongThose = f.word(i - 1).equals("those") && f.word(i - 2).equals("among");
        if (c.passive(i) || f.word(i + 1).equals("by") || reducedPassive || amongThose) {
            List<Phrase> invitees = c.subjects(i);
            if (invitees.isEmpty()) invitees = amongTheInvited(f, c, i);
            List<Phrase> inviters = c.byAgent(i + 1);
            // "Kenyan officials were invited": people the text does not name stand for their side
            for (Phrase y : invitees) {
                if (inviters.isEmpty()) emit(ctx, f, null, c.actorOf(y), event, hedged, 0.8, out);
                for (Phrase x : inviters) emit(ctx, f, x.head(), c.actorOf(y), event, hedged, 0.85, out);
            }
            return;
        }
        List<Phrase> inviters = c.subjects(i);
        List<String> invitees = new java.util.ArrayList<>();
        if (c.isPronoun(i + 1)) {
            String ref = ctx.pronounReferent(f, i + 1, inviters.isEmpty() ? null : inviters.get(0).head());
            if (ref != null) invitees.add(ref);
        } else {
            for (Phrase y : c.objects(i + 1)) invitees.add(c.actorOf(y));
        }
        for (Phrase x : inviters) for (String y : invitees) emit(ctx, f, x.head(), y, event, hedged, 0.85, out);
    }

    private void nominal(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        Phrase event = eventAfter(f, c, i);
        int at = f.word(i - 2).equals("at") ? i - 2 : f.word(i - 1).equals("at") ? i - 1 : -1;
        if (f.word(i + 1).equals("of") && at >= 0) {
            List<Phrase> inviters = c.objects(i + 2);
            if (inviters.isEmpty()) return;
            for (Phrase y : guestsAtTheInvitation(f, c, ctx, at, inviters.get(inviters.size() - 1).end(), inviters.get(0).head())) {
                for (Phrase x : inviters) emit(ctx, f, x.head(), y.head(), event, hedged, 0.85, out);
            }
            return;
        }
        Phrase atWhose = MentionFinder.isPossessive(f.word(i - 1)) ? f.phraseEndingAt(i - 1) : null;
        if (atWhose != null && (atWhose.isActor() || atWhose.description()) && atWhose.start() > 0
                && f.word(atWhose.start() - 1).equals("at")) {
            // "Abiy arrived at Kenya's invitation", "At Ruto's invitation, Abiy flew to Nairobi"
            for (Phrase y : guestsAtTheInvitation(f, c, ctx, atWhose.start() - 1, i + 1, atWhose.head())) {
                emit(ctx, f, atWhose.head(), y.head(), event, hedged, 0.85, out);
            }
            return;
        }
        int verb = verbBefore(f, i);
        String verbWord = verb >= 0 ? f.word(verb) : "";
        List<Phrase> from = afterWord(f, c, i, "from");
        List<Phrase> to = afterWord(f, c, i, "to");
        if (to.isEmpty() && !from.isEmpty() && f.word(from.get(from.size() - 1).end()).equals("to")) {
            to = c.objects(from.get(from.size() - 1).end() + 1); // "an invitation from Prime Minister X to Premier Y"
        }
        Phrase possessor = MentionFinder.isPossessive(f.word(i - 1)) ? f.phraseEndingAt(i - 1) : null;
        if (possessor != null && (possessor.isActor() || possessor.description()) && from.isEmpty()) from = List.of(possessor);
        if (RECEIVE.contains(verbWord) || DECLINE.contains(verbWord)) {
            // "Y received an invitation from X", "Indonesia accepted Norway's invitation", "Y declined X's invitation"
            List<Phrase> invitees = c.subjects(verb);
            for (Phrase y : invitees) {
                if (from.isEmpty()) emit(ctx, f, null, y.head(), event, hedged, 0.7, out);
                for (Phrase x : from) emit(ctx, f, x.head(), y.head(), event, hedged, 0.85, out);
            }
            return;
        }
        if (!from.isEmpty() && !to.isEmpty()) {
            // "conveyed an invitation from Prime Minister X to Premier Y": whoever carries it, X invites Y
            for (Phrase x : from) for (Phrase y : to) emit(ctx, f, x.head(), c.actorOf(y), event, hedged, 0.85, out);
            return;
        }
        if (EXTEND.contains(verbWord) || DELIVER.contains(verbWord) && from.isEmpty() && statesOnly(c.subjects(verb))) {
            // "sent invitations to the leaders of the G20": leaders the text does not name stand for their side;
            // "Tokyo has conveyed an invitation to X": a state carries its own invitation
            for (Phrase x : c.subjects(verb)) for (Phrase y : to) emit(ctx, f, x.head(), c.actorOf(y), event, hedged, 0.85, out);
            return;
        }
        // "An invitation from Norway was delivered to Fiji"
        if (!from.isEmpty()) {
            int end = from.get(from.size() - 1).end();
            int j = handedOnTo(f, end, end + 4);
            if (j >= 0) {
                for (Phrase y : c.objects(j + 2)) for (Phrase x : from) emit(ctx, f, x.head(), y.head(), event, hedged, 0.8, out);
                return;
            }
        }
        // "The invitations were extended by Ruto to the leaders of Ethiopia and Uganda"
        for (int j = i + 1; j < f.size() - 2 && j <= i + 4; j++) {
            if (!EXTEND.contains(f.word(j)) || !f.word(j + 1).equals("by")) continue;
            List<Phrase> by = c.objects(j + 2);
            if (by.isEmpty() || !f.word(by.get(by.size() - 1).end()).equals("to")) break;
            for (Phrase y : c.objects(by.get(by.size() - 1).end() + 1)) {
                for (Phrase x : by) emit(ctx, f, x.head(), c.actorOf(y), event, hedged, 0.8, out);
            }
            return;
        }
        // "The invitation (to attend the summit) was extended to Ethiopia (by Kenya)"
        int handed = handedOnTo(f, i + 1, i + 8);
        List<Phrase> invitees = handed >= 0 ? c.objects(handed + 2) : List.of();
        if (!invitees.isEmpty()) {
            int end = invitees.get(invitees.size() - 1).end();
            // who delivers or conveys an invitation is a messenger, not the inviter
            List<Phrase> by = f.word(end).equals("by") && EXTEND.contains(f.word(handed)) ? c.objects(end + 1) : List.of();
            for (Phrase y : invitees) {
                if (by.isEmpty()) emit(ctx, f, null, y.head(), event, hedged, 0.7, out);
                for (Phrase x : by) emit(ctx, f, x.head(), y.head(), event, hedged, 0.8, out);
            }
            return;
        }
        // "The invitation to Fiji was sent by Norway"
        if (!to.isEmpty()) {
            for (int j = to.get(to.size() - 1).end(); j < f.size() - 2; j++) {
                if (EXTEND.contains(f.word(j)) && f.word(j + 1).equals("by")) {
                    for (Phrase x : c.objects(j + 2)) for (Phrase y : to) emit(ctx, f, x.head(), y.head(), event, hedged, 0.8, out);
                    return;
                }
            }
        }
        // "X's invitation to Y"
        if (MentionFinder.isPossessive(f.word(i - 1))) {
            Phrase x = f.phraseEndingAt(i - 1);
            if (x != null && (x.isActor() || x.description())) {
                for (Phrase y : to) emit(ctx, f, x.head(), y.head(), event, hedged, 0.8, out);
            }
            return;
        }
        // "the invitation to the United States remains open": an invitation made, by someone unstated
        if (f.word(i + 1).equals("to") && DEFINITE.contains(f.word(i - 1))) {
            for (Phrase y : c.objects(i + 2)) emit(ctx, f, null, c.actorOf(y), event, hedged, 0.7, out);
        }
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "that");

    private static boolean statesOnly(List<Phrase> phrases) {
        return !phrases.isEmpty() && phrases.stream().allMatch(p -> p.kind() == EntityKind.STATE);
    }

    /**
     * Who came at the invitation: the subject of the clause that follows when the phrase opens the
     * sentence ("At the invitation of X, Y visited ..."), else the subject of the verb before it
     * ("Y arrived in Tokyo at the invitation of X, the ministry said"), never what follows X.
     *
     * @param at     where "at" stands
     * @param phraseEnd just past the invitation phrase ("... of X", "... X's invitation")
     */
    private static List<Phrase> guestsAtTheInvitation(Frame f, ClauseReader c, ArticleContext ctx, int at, int phraseEnd, String inviter) {
        if (at == 0) {
            int after = phraseEnd;
            if (f.word(after).equals(",")) after++;
            return c.objects(after);
        }
        // "Y arrived in Beijing for a visit, at the invitation of X": the comma only sets the phrase off
        int from = f.word(at - 1).equals(",") ? at - 2 : at - 1;
        Phrase first = null;
        for (int k = from; k >= 0; k--) {
            if (f.word(k).equals(",") || f.word(k).equals(";")) break;
            if (f.pos(k).startsWith("VB")) {
                List<Phrase> subjects = c.subjects(k);
                return subjects.isEmpty() ? visitorOf(f, ctx, k, inviter) : subjects;
            }
            Phrase p = f.phraseAt(k);
            if (p != null && p.isActor() && p.start() == k) first = p;
        }
        // "Ghana's Mahama heads to Nairobi at Kenya's invitation": a headline's verb the tagger took for a
        // noun; the clause's first actor is who comes
        return first != null && first.start() == 0 ? List.of(first) : List.of();
    }

    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");

    /**
     * "Ethiopia was among the countries invited by Kenya", "Among the leaders invited were X and Y":
     * who is said to be among those invited; none when "invited" does not follow "among the N".
     */
    private static List<Phrase> amongTheInvited(Frame f, ClauseReader c, int i) {
        int among = -1;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (f.word(k).equals("among")) among = k;
        }
        if (among < 0) return List.of();
        for (int k = among + 1; k < i; k++) if (!f.pos(k).startsWith("NN") && !f.pos(k).startsWith("JJ") && !f.pos(k).equals("DT")) return List.of();
        if (among > 0 && COPULAS.contains(f.word(among - 1))) return c.subjects(among - 1);
        if (among == 0) {
            for (int k = i + 1; k < f.size(); k++) if (COPULAS.contains(f.word(k))) return c.objects(k + 1);
        }
        return List.of();
    }

    private static final Set<String> VISITS = Set.of("visit", "trip", "tour");

    /**
     * Whose visit is the subject of the verb at {@code verb}: "Mahama's visit (to Kenya) comes at ...";
     * for a sentence that opens with "The visit comes at ...", the person the sentence before opens
     * with, unless that is the inviter. None otherwise.
     */
    private static List<Phrase> visitorOf(Frame f, ArticleContext ctx, int verb, String inviter) {
        for (Phrase e : f.phrases) {
            if (e.kind() != EntityKind.EVENT || e.end() > verb) continue;
            if (e.start() >= 2 && MentionFinder.isPossessive(f.word(e.start() - 1))) {
                Phrase visitor = f.phraseEndingAt(e.start() - 1);
                if (visitor != null && visitor.isActor()) return List.of(visitor);
            } else if (e.start() <= 1 && VISITS.contains(f.word(e.end() - 1))) {
                String visitor = ctx.personOpeningSentenceBefore(f);
                if (visitor != null && !visitor.equals(inviter)) {
                    return List.of(new Phrase(e.start(), e.end(), visitor, EntityKind.PERSON, null, null, false));
                }
            }
        }
        return List.of();
    }

    /** The first "extended to" / "delivered to" from token {@code from} up to {@code last}: where the verb is, or -1. */
    private static int handedOnTo(Frame f, int from, int last) {
        for (int j = from; j < f.size() - 1 && j <= last; j++) {
            if ((EXTEND.contains(f.word(j)) || DELIVER.contains(f.word(j))) && f.word(j + 1).equals("to")) return j;
        }
        return -1;
    }

    private static List<Phrase> afterWord(Frame f, ClauseReader c, int i, String word) {
        for (int j = i + 1; j < f.size() && j <= i + 3; j++) {
            if (f.word(j).equals(word)) return c.objects(j + 1);
        }
        return List.of();
    }

    private static int verbBefore(Frame f, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            if (f.pos(k).startsWith("VB") || f.word(k).equals("has")) return k;
            // "Mahama accepts Kenya's invitation": a headline's verb the tagger may take for a noun
            if (RECEIVE.contains(f.word(k)) || DECLINE.contains(f.word(k)) || EXTEND.contains(f.word(k))) return k;
        }
        return -1;
    }

    /** The event invited to, after the trigger; one in the reporting clause is where it was told, not the invitation's. */
    private static Phrase eventAfter(Frame f, ClauseReader c, int i) {
        for (Phrase p : f.phrases) {
            if (p.kind() == EntityKind.EVENT && p.start() > i) return c.reportedBetween(i, p.start()) ? null : p;
        }
        return null;
    }

    private static void emit(ArticleContext ctx, Frame f, String agent, String target, Phrase event, boolean hedged,
                             double confidence, List<Relation> out) {
        if (target == null || target.equals(agent)) return;
        if (ctx.kind(target) == null || !ctx.kind(target).isActor()) return;
        out.add(ctx.relation(RelationType.INVITES, agent, target, event == null ? null : event.head(), null, f, hedged, confidence));
    }
}
