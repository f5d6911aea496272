package org.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * represents, from explicit wording: "X (and Y) will represent Z", "Z will be represented by X",
 * "X led the Iranian delegation", "the Ukrainian delegation (was) led by X (and joined by Y)",
 * "X, on behalf of Z", "Speaking on behalf of Z, X ...". Official roles ("Iranian Foreign Minister X") are {@link RoleFinder}'s.
 */
final class RepresentationRule implements RelationRule {
    private static final Set<String> REPRESENT = Set.of("represent", "represents", "represented", "representing");
    private static final Set<String> LEAD = Set.of("led", "leads", "lead", "leading", "headed", "heads", "head", "heading");
    /** Between a group and its "led by": "will again be", "has been", "was". */
    private static final Set<String> AUXILIARIES = Set.of("will", "would", "shall", "be", "been", "being", "is", "was",
            "are", "were", "has", "have", "had");
    private static final Set<String> GROUPS = Set.of("delegation", "team", "delegations", "side", "negotiating");

    @Override
    public void extract(Frame f, ArticleContext ctx, List<Relation> out) {
        ClauseReader c = new ClauseReader(f);
        for (int i = 0; i < f.size(); i++) {
            String w = f.word(i);
            if (c.negated(i) || c.hypothetical(i)) continue;
            boolean hedged = c.hedged(i);
            if (REPRESENT.contains(w)) {
                if (c.passive(i) || f.word(i + 1).equals("by")) {
                    for (Phrase z : c.subjects(i)) for (Phrase x : c.byAgent(i + 1)) emit(ctx, f, x.head(), z.head(), hedged, out);
                } else {
                    for (Phrase x : c.subjects(i)) for (Phrase z : c.objects(i + 1)) emit(ctx, f, x.head(), z.head(), hedged, out);
                }
            } else if (LEAD.contains(w)) {
                lead(f, ctx, c, i, hedged, out);
            } else if (w.equals("as") && i > 0) {
                asOffice(f, ctx, c, i, hedged, out);
            } else if (w.equals("respectively")) {
                respectively(f, ctx, c, i, hedged, out);
            } else if (w.equals("behalf") && f.word(i - 1).equals("on") && f.word(i + 1).equals("of")) {
                onBehalfOf(f, ctx, c, i, hedged, out);
            }
        }
    }

    /**
     * "X, on behalf of Z, ...", and fronted, "Speaking on behalf of Z, X called ...": where nothing
     * before the phrase can be its subject, the subject of the clause after it speaks for Z.
     */
    private void onBehalfOf(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        List<Phrase> represented = c.objects(i + 2);
        if (represented.isEmpty()) return;
        List<Phrase> speakers = c.subjects(i - 1);
        int after = represented.get(represented.size() - 1).end();
        if (speakers.isEmpty() && f.word(after).equals(",")) speakers = c.objects(after + 1);
        for (Phrase z : represented) for (Phrase x : speakers) emit(ctx, f, x.head(), z.head(), hedged, out);
    }

    /**
     * "his German, French and UK counterparts, respectively, X, Y and Z": the states listed before
     * an office word and the people listed after "respectively" pair up in order.
     */
    private void respectively(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        int k = i - 1;
        while (k >= 0 && f.word(k).equals(",")) k--;
        if (k < 0 || !TitleClass.isOfficeWord(f.word(k))) return;
        java.util.List<String> states = new java.util.ArrayList<>();
        int left = k - 1;
        Phrase office = f.phraseAt(k);
        if (office != null && office.owner() != null && ctx.kind(office.owner()) == EntityKind.STATE) {
            states.add(office.owner()); // "UK counterparts" came out as one phrase
            left = office.start() - 1;
        }
        for (int j = left; j >= 0; j--) {
            String w = f.word(j);
            Phrase p = f.phraseAt(j);
            if (p != null && p.kind() == EntityKind.STATE) {
                states.add(0, p.head());
                j = p.start();
            } else if (!(w.equals(",") || w.equals("and"))) {
                break;
            }
        }
        int j = i + 1;
        while (j < f.size() && f.word(j).equals(",")) j++;
        java.util.List<Phrase> people = c.objects(j);
        if (states.size() < 2 || states.size() != people.size()) return;
        for (int n = 0; n < states.size(); n++) emit(ctx, f, people.get(n).head(), states.get(n), hedged, out);
    }

    /** "X attended the talks as Ghana's envoy": an office held for the occasion. */
    private void asOffice(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        Phrase office = f.phraseAt(i + 1 < f.size() && f.word(i + 1).equals("the") ? i + 2 : i + 1);
        if (office == null || office.kind() != EntityKind.PERSON || office.title() == null || office.owner() == null
                || office.start() > i + 2) return;
        int verb = -1;
        for (int k = i - 1; k >= 0; k--) {
            if (f.pos(k).startsWith("VB")) {
                verb = k;
                break;
            }
        }
        if (verb < 0) return;
        for (Phrase x : c.subjects(verb)) emit(ctx, f, x.head(), office.owner(), hedged, out);
    }

    private void lead(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        if (f.word(i + 1).equals("by")) {
            // "the Ukrainian delegation (was) led by X", "The Ukrainian team was led by X ... and joined by Y"
            Phrase group = groupBefore(f, i);
            if (group == null) return;
            for (Phrase x : c.objects(i + 2)) emit(ctx, f, x.head(), group.head(), hedged, out);
            for (int j = i + 2; j < f.size() - 2; j++) {
                if (f.word(j).equals("joined") && f.word(j + 1).equals("by")) {
                    for (Phrase x : c.objects(j + 2)) emit(ctx, f, x.head(), group.head(), hedged, out);
                }
            }
            return;
        }
        // "X led the Saudi delegation", "X, who heads Kenya's foreign ministry", "X leads the IAEA"
        int j = i + 1;
        if (f.word(j).equals("the")) j++;
        Phrase group = f.phraseAt(j);
        if (group == null) return;
        String represented = isGroup(f, group) ? group.head() : actorOfBody(ctx, group);
        if (represented == null) return;
        for (Phrase x : c.subjects(i)) emit(ctx, f, x.head(), represented, hedged, out);
    }

    /**
     * Whom the head of a body acts for: a state's body ("Kenya's foreign ministry", "the Kenyan army")
     * its state, an international organization or group of the gazetteer itself; null for bodies the
     * text alone names, such as parties, which heading does not make one represent.
     */
    private static String actorOfBody(ArticleContext ctx, Phrase body) {
        if (body.kind() != EntityKind.ORGANIZATION || body.head() == null) return null;
        String state = body.owner() != null ? body.owner() : ctx.stateOfBody(body.head());
        if (state != null && ctx.kind(state) == EntityKind.STATE) return state;
        return body.head().startsWith("http") ? body.head() : null;
    }

    /** "the US delegation", "The Ukrainian team", "a Hamas delegation": a state or organization phrase that the chunker extended over a group noun. */
    private static boolean isGroup(Frame f, Phrase p) {
        return (p.kind() == EntityKind.STATE || p.kind() == EntityKind.ORGANIZATION) && GROUPS.contains(f.word(p.end() - 1));
    }

    /** "the delegation from Kenya", "a delegation of the African Union": the actor a group noun is of. */
    private static boolean ownsGroupBefore(Frame f, Phrase p) {
        if (p.kind() != EntityKind.STATE && p.kind() != EntityKind.ORGANIZATION) return false;
        int j = p.start() - 1;
        if (f.word(j).equals("the")) j--;
        return (f.word(j).equals("from") || f.word(j).equals("of")) && GROUPS.contains(f.word(j - 1));
    }

    /**
     * The group before "led by": "the Ukrainian delegation, led by", "the delegation from Kenya,
     * headed by", and "Ukraine's delegation will again be led by", where it is the possessor's.
     */
    private static Phrase groupBefore(Frame f, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) {
            Phrase p = f.phraseEndingAt(k + 1);
            if (p != null && (isGroup(f, p) || ownsGroupBefore(f, p))) return p;
        }
        int k = i - 1;
        while (k >= 0 && (AUXILIARIES.contains(f.word(k)) || f.pos(k).equals("RB") || f.word(k).equals(","))) k--;
        if (k < 2 || !GROUPS.contains(f.word(k)) || !MentionFinder.isPossessive(f.word(k - 1))) return null;
        Phrase owner = f.phraseEndingAt(k - 1);
        boolean side = owner != null && (owner.kind() == EntityKind.STATE || owner.kind() == EntityKind.ORGANIZATION);
        return side ? owner : null;
    }

    private static void emit(ArticleContext ctx, Frame f, String agent, String target, boolean hedged, List<Relation> out) {
        if (agent == null || target == null || agent.equals(target)) return;
        if (ctx.kind(agent) != EntityKind.PERSON) return;
        EntityKind k = ctx.kind(target);
        // a person stood in for ("will represent President Ruto") is resolved to their side later
        if (k != EntityKind.STATE && k != EntityKind.ORGANIZATION && k != EntityKind.PERSON) return;
        out.add(ctx.relation(RelationType.REPRESENTS, agent, target, null, null, f, hedged, 0.85));
    }
}
