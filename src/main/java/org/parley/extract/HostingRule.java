package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * hosts: "X hosted/will host E", "E hosted by X", "with X hosting", "X's hosting (of) E",
 * "thanked X for hosting E", "host country X", "with X as host", and receiving a visitor:
 * "X received Y", "Y was received (greeted) by X", "Y came as a guest of X".
 * The object is the event where an event is hosted, else the guest.
 */
final class HostingRule implements RelationRule {
    /** Each of the co-hosts hosts; co-chairing is not hosting (the guidelines). */
    private static final Set<String> HOST = Set.of("host", "hosts", "hosted", "hosting",
            "co-host", "co-hosts", "co-hosted", "co-hosting", "cohost", "cohosts", "cohosted", "cohosting");
    /** "hosted his counterpart X", "hosted their annual summit" */
    private static final Pattern LOWER_CASE_WORD = Pattern.compile("\\p{Ll}+['’]?");
    private static final Set<String> RECEIVE = Set.of("receive", "receives", "received", "receiving", "welcome",
            "welcomes", "welcomed", "welcoming", "greeted", "greets");

    @Override
    public void extract(Frame f, ArticleContext ctx, List<Relation> out) {
        ClauseReader c = new ClauseReader(f);
        for (int i = 0; i < f.size(); i++) {
            String w = f.word(i);
            boolean host = HOST.contains(w);
            boolean receive = RECEIVE.contains(w);
            if (GUEST.contains(w) && f.word(i + 1).equals("of")) {
                guestOf(f, ctx, c, i, out);
                continue;
            }
            if (!host && !receive) continue;
            if (host && f.word(i - 1).equals("-")) {
                hostedCompound(f, ctx, i, out);
                continue;
            }
            if (f.word(i + 1).equals("-")) continue; // "host-nation support", "host-country agreement": a compound modifier
            if (w.equals("host") && hostingSide(f, ctx, c, i, out)) continue;
            // "a host of issues", "the hosts": the noun, not the verb; but "Indonesia, the host of the summit,"
            if ((w.endsWith("host") || w.endsWith("hosts")) && (f.pos(i - 1).equals("DT") || f.pos(i - 1).startsWith("JJ"))) {
                hostNoun(f, ctx, c, i, out);
                continue;
            }
            if (c.negated(i) || c.wished(i) || c.hypothetical(i) || invitedTo(f, i)) continue;
            boolean hedged = c.hedged(i);
            if (host) host(f, ctx, c, i, hedged, out);
            else receive(f, ctx, c, i, hedged, out);
        }
    }

    private void host(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        List<Phrase> hosts;
        String target = null;
        if (c.passive(i) || f.word(i + 1).equals("by")) {
            // "the summit (being) hosted by Switzerland"; "X was hosted by Y": a visitor as the subject
            hosts = c.byAgent(i + 1);
            Phrase e = eventBefore(f, i);
            target = e != null ? e.head() : null;
            if (target == null && c.passive(i)) {
                for (Phrase g : c.subjects(i)) {
                    if (!isVisitor(ctx, g)) continue;
                    for (Phrase x : hosts) emit(ctx, f, x.head(), g.head(), hedged, 0.8, out);
                }
                return;
            }
        } else if (f.word(i - 1).equals("for")) {
            // "thanked X for hosting E", "grateful to the Chinese leaders and government for hosting"
            Phrase x = null;
            for (int k = i - 2; k >= 0 && k >= i - 4 && x == null; k--) {
                x = f.phraseEndingAt(k + 1);
                if (x == null && !(f.word(k).equals("and") || PhraseChunker.STATE_GROUP_NOUNS.contains(f.word(k)))) break;
            }
            hosts = x != null && (x.isActor() || x.description()) ? c.coordinatedLeft(x) : List.of();
        } else if (MentionFinder.isPossessive(f.word(i - 1)) || withActorBefore(f, i) || playing(f, i) && withActorBefore(f, i - 1)) {
            // "Oman's hosting the talks", "with Türkiye hosting", "with Singapore playing host"
            Phrase x = f.phraseEndingAt(MentionFinder.isPossessive(f.word(i - 1)) || playing(f, i) ? i - 1 : i);
            hosts = x != null && (x.isActor() || x.description()) ? List.of(x) : List.of();
        } else {
            hosts = c.subjects(i);
        }
        if (hosts.isEmpty()) return;
        if (target == null) {
            // "host of the talks", "played host to the Tanzanian president"
            boolean playedHostTo = f.word(i + 1).equals("to") && playing(f, i);
            int from = f.word(i + 1).equals("of") || playedHostTo ? i + 2 : i + 1;
            Phrase e = eventModifiedBy(f, f.phraseAt(skipDeterminers(f, from)));
            // a guest or delegations: "will host the US delegation, ..., and the Russian delegation";
            // "hosted RSF officials", "hosted ministers from Togo and Benin": people the text does not
            // name stand for their side, and people it names nowhere are no event of an earlier sentence
            List<Phrase> guests = e == null ? guests(c, from)
                    : e.isActor() || e.description() ? c.coordinatedRight(e) : List.of();
            if (e != null && e.kind() == EntityKind.EVENT) {
                target = e.head();
            } else if (!guests.isEmpty()) {
                for (Phrase g : guests) {
                    for (Phrase x : hosts) emit(ctx, f, x.head(), c.actorOf(g), hedged, 0.8, out);
                }
                return;
            } else if (unnamedPeopleAt(f, from)) {
                return; // "would host the two presidents": guests, whom the sentence does not name, not an event
            } else {
                target = nearestEventOrLast(f, ctx, c, i);
            }
        }
        if (target == null) return;
        if (f.word(i).startsWith("co")) hosts = withCoHosts(f, c, i, hosts);
        for (Phrase x : hosts) emit(ctx, f, c.actorOf(x), target, hedged, 0.85, out);
    }

    /** "play(s/ed/ing) host": the word before the trigger. */
    private static boolean playing(Frame f, int i) {
        return f.word(i - 1).startsWith("play");
    }

    /** An actor, after "with", ends right before {@code i}: "with Türkiye hosting". */
    private static boolean withActorBefore(Frame f, int i) {
        Phrase x = f.phraseEndingAt(i);
        return x != null && x.start() > 0 && f.word(x.start() - 1).equals("with");
    }

    /** "invited Tusk to co-host a conference": an invitation to host, which is no hosting yet. */
    private static boolean invitedTo(Frame f, int i) {
        if (!f.word(i - 1).equals("to")) return false;
        for (int k = i - 2; k >= 0 && k >= i - 6; k--) {
            if (f.word(k).startsWith("invit")) return true;
            if (f.word(k).equals(",")) return false;
        }
        return false;
    }

    private static boolean unnamedPeopleAt(Frame f, int from) {
        int j = from;
        while (j < f.size() && j < from + 4 && (f.pos(j).equals("DT") || f.pos(j).equals("CD") || f.pos(j).startsWith("JJ"))) j++;
        return j < f.size() && TitleClass.isOfficeWord(f.word(j));
    }

    /** "Qatar will co-host the summit with Egypt": the partner after "with" hosts too. */
    private static List<Phrase> withCoHosts(Frame f, ClauseReader c, int i, List<Phrase> hosts) {
        for (int k = i + 1; k < f.size() && k <= i + 8; k++) {
            String w = f.word(k);
            if (w.equals(",") || w.equals(";") || f.pos(k).startsWith("VB")) break;
            if (!w.equals("with")) continue;
            Phrase partner = f.phraseAt(skipDeterminers(f, k + 1));
            if (partner == null || !partner.isActor()) break;
            List<Phrase> all = new ArrayList<>(hosts);
            all.addAll(c.coordinatedRight(partner));
            return all;
        }
        return hosts;
    }

    /** Actors or descriptions of people named as objects from token {@code from}, as the clause reader finds them. */
    private static List<Phrase> guests(ClauseReader c, int from) {
        return c.objects(from).stream().filter(g -> g.isActor() || g.description()).toList();
    }

    /** "Indonesia, the host of the summit," / "Kenya is the host of the talks": the noun with its event. */
    private void hostNoun(Frame f, ArticleContext ctx, ClauseReader c, int i, List<Relation> out) {
        if (!f.word(i + 1).equals("of") && !f.word(i + 1).equals("to")) return;
        Phrase e = f.phraseAt(skipDeterminers(f, i + 2));
        if (e == null || e.kind() != EntityKind.EVENT || c.negated(i) || c.hypothetical(i)) return;
        int k = i - 1;
        while (k >= 0 && (f.pos(k).equals("DT") || f.pos(k).startsWith("JJ"))) k--;
        String link = f.word(k);
        if (!(link.equals(",") || link.equals("is") || link.equals("was") || link.equals("as") || link.equals("will"))) return;
        if (link.equals("will") || f.word(k - 1).equals("be")) k--;
        Phrase x = f.phraseEndingAt(k); // the actor right before the link word
        if (x == null || !(x.isActor() || x.description())) return;
        emit(ctx, f, c.actorOf(x), e.head(), c.hedged(i), 0.8, out);
    }

    private static final Set<String> TIME_DEICTICS = Set.of("this", "next", "last");
    private static final Set<String> TIME_UNITS = Set.of("year", "month", "week");
    private static final Set<String> HOST_SIDES = Set.of("country", "nation", "government", "state");

    /**
     * "host country Kenya", "Kenya, the host nation,", "with Kenya as host": the state that hosts the
     * event the sentence or the article is about. Returns whether the pattern was there.
     */
    private boolean hostingSide(Frame f, ArticleContext ctx, ClauseReader c, int i, List<Relation> out) {
        Phrase x = null;
        if (HOST_SIDES.contains(f.word(i + 1))) {
            Phrase after = f.phraseAt(i + 2);
            int k = i - 1;
            if (f.word(k).equals("the")) k--;
            Phrase before = f.word(k).equals(",") ? f.phraseEndingAt(k) : null;
            x = after != null && after.start() == i + 2 ? after : before;
        } else if (f.word(i - 1).equals("as") || f.word(i - 1).equals("the") && f.word(i - 2).equals("as")) {
            // "with Kenya as host", "Kenya, as host of the summit,"
            int as = f.word(i - 1).equals("as") ? i - 1 : i - 2;
            x = f.phraseEndingAt(f.word(as - 1).equals(",") ? as - 1 : as);
            // "As host of the summit, Kenya invited ...": the subject after the opening phrase
            if (x == null && as == 0) x = subjectAfterOpening(f, i);
        } else if (HOST_BEFORE_NAME.contains(f.word(i - 1))) {
            // "But host Brazil's President Lula was less diplomatic", "the host Kenya": the noun before a state's name
            Phrase after = f.phraseStartingAt(i + 1);
            if (after != null && after.kind() == EntityKind.STATE) x = after;
            // "host Brazil's President Lula": the state that owns the office
            if (after != null && after.kind() == EntityKind.PERSON && after.owner() != null && ctx.kind(after.owner()) == EntityKind.STATE
                    && MentionFinder.isPossessive(f.word(i + 2))) {
                x = new Phrase(i + 1, i + 2, after.owner(), EntityKind.STATE, null, null, false);
            }
        }
        if (x == null || x.kind() != EntityKind.STATE || c.negated(i) || c.hypothetical(i)) return false;
        Phrase named = f.word(i + 1).equals("of") ? f.phraseAt(skipDeterminers(f, i + 2)) : null;
        String event = named != null && named.kind() == EntityKind.EVENT ? named.head() : nearestEventOrLast(f, ctx, c, i);
        if (event != null) emit(ctx, f, x.head(), event, c.hedged(i), 0.7, out);
        return true;
    }

    /** Words after which "host" before a state's name is a noun: the sentence's start, "but host Brazil", "the host Kenya". */
    private static final Set<String> HOST_BEFORE_NAME = Set.of("", "but", "and", "the", ",", "(", "while", "with");

    /** The actor right after the first comma: "As host of the summit, Kenya ...". */
    private static Phrase subjectAfterOpening(Frame f, int i) {
        for (int k = i + 1; k < f.size() && k < i + 12; k++) {
            if (f.word(k).equals(",")) return f.phraseStartingAt(k + 1);
        }
        return null;
    }

    private static String nearestEventOrLast(Frame f, ArticleContext ctx, ClauseReader c, int i) {
        Phrase e = c.nearestEvent(i);
        return e != null ? e.head() : ctx.lastEventBefore(f);
    }

    private static final Set<String> GUEST = Set.of("guest", "guests");

    /** "Museveni will attend as a guest of the Kenyan government": whose guest hosts the one who comes. */
    private void guestOf(Frame f, ArticleContext ctx, ClauseReader c, int i, List<Relation> out) {
        if (c.negated(i) || c.hypothetical(i)) return;
        List<Phrase> hosts = c.objects(i + 2);
        if (hosts.isEmpty()) return;
        int as = i - 1;
        while (as > 0 && (f.word(as).equals("a") || f.word(as).equals("the") || f.pos(as).startsWith("JJ"))) as--;
        if (!f.word(as).equals("as")) return;
        for (int k = as - 1; k >= 0; k--) {
            if (!f.pos(k).startsWith("VB")) continue;
            for (Phrase g : c.subjects(k)) {
                String guest = c.actorOf(g);
                for (Phrase x : hosts) if (isVisitor(ctx, guest)) emit(ctx, f, c.actorOf(x), guest, c.hedged(i), 0.75, out);
            }
            return;
        }
    }

    private void receive(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        if (c.passive(i)) {
            List<Phrase> hosts = c.byAgent(i + 1);
            for (Phrase g : c.subjects(i)) {
                for (Phrase x : hosts) if (isVisitor(ctx, g)) emit(ctx, f, x.head(), g.head(), hedged, 0.75, out);
            }
            return;
        }
        List<Phrase> guests = c.objects(i + 1);
        if (guests.isEmpty()) return;
        List<Phrase> hosts = c.subjects(i);
        for (Phrase x : hosts) {
            for (Phrase g : guests) {
                // "welcomed Turkey's position": what is welcomed is the possessor's, not the possessor;
                // "received Sudanese officials": people the text does not name stand for their state
                String guest = c.actorOf(g);
                if (isVisitor(ctx, guest) && !possessor(f, g)) emit(ctx, f, x.head(), guest, hedged, 0.75, out);
            }
        }
    }

    /**
     * "Turkey's position", "the Chinese leaders' remarks", "the US decision", "the Saudi initiative":
     * what is welcomed is something of the actor's, not the actor.
     */
    private static boolean possessor(Frame f, Phrase p) {
        int k = p.end();
        String next = f.word(k);
        boolean modifiedNoun = k < f.size() && f.pos(k).startsWith("NN") && !f.refs.tokens().get(k).isCapitalized();
        return MentionFinder.isPossessive(next) || next.equals("'") || next.equals("’") || modifiedNoun;
    }

    /** People, states and organizations are received as visitors ("received the Hamas delegation"). */
    private static boolean isVisitor(ArticleContext ctx, Phrase g) {
        return isVisitor(ctx, g.head());
    }

    private static boolean isVisitor(ArticleContext ctx, String key) {
        return key != null && ctx.kind(key) != null && ctx.kind(key).isActor();
    }

    /**
     * "host the Quad foreign ministers' meeting", "host the NATO leaders' summit": an actor that
     * only modifies the event after it is not the guest; the event is what is hosted.
     */
    private static Phrase eventModifiedBy(Frame f, Phrase p) {
        if (p == null || p.kind() == EntityKind.EVENT) return p;
        for (int k = p.end(); k < f.size() && k <= p.end() + 3; k++) {
            Phrase next = f.phraseStartingAt(k);
            if (next != null) return next.kind() == EntityKind.EVENT ? next : p;
            // lower-case nouns and adjectives, with plural possessives ("foreign ministers'")
            String pos = f.pos(k);
            boolean word = LOWER_CASE_WORD.matcher(f.word(k)).matches() && !f.refs.tokens().get(k).isCapitalized();
            boolean functionWord = pos.startsWith("VB") || pos.equals("IN") || pos.equals("CC") || pos.equals("TO")
                    || pos.equals("DT") || pos.startsWith("PRP") || pos.equals("MD");
            boolean modifier = word && !functionWord || pos.equals("POS") || f.word(k).equals("'") || f.word(k).equals("’");
            if (!modifier) return p;
        }
        return p;
    }

    /**
     * "the Kenya-hosted summit", "the U.S.-hosted Summit of the Americas": the actor before the
     * hyphen hosts the event the compound modifies. The compound states a fact whatever the clause
     * around it does ("X will not attend the Kenya-hosted summit").
     */
    private static void hostedCompound(Frame f, ArticleContext ctx, int i, List<Relation> out) {
        Phrase host = f.phraseEndingAt(i - 1);
        if (host == null || !host.isActor()) return;
        for (int k = i + 1; k < f.size() && k <= i + 4; k++) {
            Phrase next = f.phraseAt(k);
            if (next != null) {
                if (next.kind() == EntityKind.EVENT) emit(ctx, f, host.head(), next.head(), false, 0.8, out);
                return;
            }
            if (!LOWER_CASE_WORD.matcher(f.word(k)).matches() || f.pos(k).startsWith("VB") || f.pos(k).equals("IN")) return;
        }
    }

    private static Phrase eventBefore(Frame f, int i) {
        Phrase best = null;
        for (Phrase p : f.phrases) if (p.kind() == EntityKind.EVENT && p.end() <= i) best = p;
        return best;
    }

    private static int skipDeterminers(Frame f, int j) {
        // "the host of this year's summit": a time's possessive is a determiner here
        if (TIME_DEICTICS.contains(f.word(j)) && TIME_UNITS.contains(f.word(j + 1)) && MentionFinder.isPossessive(f.word(j + 2))) j += 3;
        while (j < f.size() && f.phraseAt(j) == null && (f.word(j).equals("the") || f.word(j).equals("a")
                || f.word(j).equals("an") || PhraseChunker.POSSESSIVE_PRONOUNS.contains(f.word(j)) || f.pos(j).startsWith("JJ")
                || f.pos(j).equals("RB"))) j++;
        return j;
    }

    private static void emit(ArticleContext ctx, Frame f, String host, String target, boolean hedged, double confidence,
                             List<Relation> out) {
        if (host == null || target == null || host.equals(target)) return;
        if (ctx.kind(host) == null || !ctx.kind(host).isActor()) return;
        out.add(ctx.relation(RelationType.HOSTS, host, target, ctx.kind(target) == EntityKind.EVENT ? target : null,
                null, f, hedged, confidence));
    }
}
