package org.parley.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * warns: "X warned (Y) (of|against|that) ...", "X threatened Y", "X issued a warning to Y",
 * "with X warning of ... against Y", "X vowed to retaliate against Y", "X said Y would pay a heavy
 * price". The object is the warned actor the sentence names, else null; the topic is what is
 * warned of.
 */
final class WarningRule implements RelationRule {
    private static final Set<String> VERBS = Set.of("warn", "warns", "warned", "warning", "threaten", "threatens",
            "threatened", "threatening", "caution", "cautions", "cautioned");
    private static final Set<String> NOUNS = Set.of("warning", "warnings", "threat", "threats", "ultimatum");
    private static final Set<String> ISSUE = Set.of("issued", "issues", "issue", "issuing", "sent", "sends", "send",
            "delivered", "gave", "give", "repeated", "renewed", "sounded", "sounds", "made", "makes");

    @Override
    public void extract(Frame f, ArticleContext ctx, List<Relation> out) {
        ClauseReader c = new ClauseReader(f);
        for (int i = 0; i < f.size(); i++) {
            String w = f.word(i);
            int issuer = NOUNS.contains(w) ? issuingVerb(f, i) : -1;
            boolean nounUse = issuer >= 0;
            boolean verbUse = VERBS.contains(w) && !nounUse && !isNounUse(f, i) || vowsRetaliation(f, i);
            if (!verbUse && !nounUse) {
                payThePrice(f, ctx, c, i, out);
                fromTo(f, ctx, c, i, out);
                fronted(f, ctx, c, i, out);
                continue;
            }
            if (c.negated(i) || c.wished(i) || c.hypothetical(i)) continue;
            boolean hedged = c.hedged(i);
            if (verbUse && c.passive(i)) {
                passive(f, ctx, c, i, hedged, out);
                continue;
            }
            int verb = nounUse ? issuer : i;
            List<Phrase> warners;
            if (w.equals("warning") && f.word(i - 2).equals("with") || w.endsWith("ing") && f.phraseEndingAt(i) != null
                    && f.word(f.phraseEndingAt(i).start() - 1).equals("with")) {
                Phrase x = f.phraseEndingAt(i);
                warners = x == null ? List.of() : List.of(x);
            } else if (w.endsWith("ing") && f.word(i - 1).equals(",") && f.phraseEndingAt(i - 1) != null && f.phraseEndingAt(i - 1).isActor()
                    && f.phraseEndingAt(i - 1).start() <= 1) {
                warners = List.of(f.phraseEndingAt(i - 1)); // "Kenya, warning Ethiopia against escalation, moved troops"
            } else {
                warners = c.subjects(verb);
            }
            if (warners.isEmpty()) continue;
            // "Israeli officials have warned Damascus": people the text does not name stand for their side
            String target = target(f, ctx, c, i, nounUse, c.actorOf(warners.get(0)));
            String topic = topic(f, i);
            for (String y : withCoordinated(f, c, i, target)) {
                for (Phrase x : warners) {
                    String warner = c.actorOf(x);
                    if (warner == null || warner.equals(y)) continue;
                    out.add(ctx.relation(RelationType.WARNS, warner, y, null, topic, f, hedged, y == null ? 0.7 : 0.8));
                }
            }
        }
    }

    /** "Somalia was warned by Kenya against ...": the warner after "by", the warned the subject; no warner, no warning. */
    private static void passive(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean hedged, List<Relation> out) {
        List<Phrase> warners = c.byAgent(i + 1);
        if (warners.isEmpty()) return;
        String topic = topic(f, i);
        for (Phrase y : c.subjects(i)) {
            for (Phrase x : warners) {
                if (x.head() == null || x.head().equals(y.head())) continue;
                out.add(ctx.relation(RelationType.WARNS, x.head(), y.head(), null, topic, f, hedged, 0.8));
            }
        }
    }

    /** "warned Egypt and Sudan against ...": every actor coordinated with the target after the trigger is warned too. */
    private static List<String> withCoordinated(Frame f, ClauseReader c, int i, String target) {
        if (target == null) return Collections.singletonList(null);
        for (Phrase p : f.phrases) {
            if (p.start() <= i || !target.equals(p.head())) continue;
            List<String> heads = new ArrayList<>();
            for (Phrase q : c.coordinatedRight(p)) if (q.head() != null && !heads.contains(q.head())) heads.add(q.head());
            return heads;
        }
        return List.of(target);
    }

    /**
     * A warning noun with its warner and addressee: "The warning from Brazil to Venezuela came after
     * ...", "the warning to Somalia came from Kenya", "the warning came from Kenya".
     */
    private static void fromTo(Frame f, ArticleContext ctx, ClauseReader c, int i, List<Relation> out) {
        if (!NOUNS.contains(f.word(i)) || c.negated(i) || c.hypothetical(i)) return;
        int j = i + 1;
        List<Phrase> to = List.of();
        if (f.word(j).equals("to")) {
            to = c.objects(j + 1);
            if (to.isEmpty()) return;
            j = to.get(to.size() - 1).end();
        }
        if (CAME.contains(f.word(j)) && f.word(j + 1).equals("from")) j++;
        if (!f.word(j).equals("from")) return;
        List<Phrase> from = c.objects(j + 1);
        if (from.isEmpty()) return;
        int after = from.get(from.size() - 1).end();
        if (to.isEmpty() && f.word(after).equals("to")) to = c.objects(after + 1);
        String target = head(to, from.get(0).head());
        for (Phrase x : from) {
            if (x.head() != null) out.add(ctx.relation(RelationType.WARNS, x.head(), target, null, null, f, c.hedged(i), 0.75));
        }
    }

    private static final Set<String> CAME = Set.of("came", "comes", "come");

    /** "In a stern warning to Somalia, Kenya said ...": a warning fronted in a phrase is the main clause subject's. */
    private static void fronted(Frame f, ArticleContext ctx, ClauseReader c, int i, List<Relation> out) {
        if (!NOUNS.contains(f.word(i)) || c.negated(i) || c.hypothetical(i)) return;
        int k = i - 1;
        while (k > 0 && (f.pos(k).startsWith("JJ") || f.pos(k).equals("DT") || f.pos(k).equals("RB"))) k--;
        if (k != 0 || !f.word(0).equalsIgnoreCase("in")) return;
        int comma = i + 1;
        while (comma < f.size() && comma <= i + 12 && !f.word(comma).equals(",")) comma++;
        if (comma >= f.size() || !f.word(comma).equals(",")) return;
        Phrase x = f.phraseAt(skipThe(f, comma + 1));
        String warner = x == null ? null : c.actorOf(x);
        if (warner == null || !(x.isActor() || x.description())) return;
        String target = f.word(i + 1).equals("to") ? head(c.objects(i + 2), warner) : null;
        out.add(ctx.relation(RelationType.WARNS, warner, target, null, null, f, c.hedged(comma + 1), 0.75));
    }

    /** "issued a sharp warning": the verb of issuing up to three words before the noun, or -1. */
    private static int issuingVerb(Frame f, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            if (ISSUE.contains(f.word(k))) return k;
            boolean modifier = f.pos(k).startsWith("JJ") || f.pos(k).equals("DT") || f.pos(k).equals("RB")
                    || f.pos(k).startsWith("NN") && !f.refs.tokens().get(k).isCapitalized(); // "a sharp/NN warning"
            if (!modifier || f.phraseAt(k) != null) return -1;
        }
        return -1;
    }

    // "a warning", "the warning": a noun, handled only with a verb of issuing
    private static boolean isNounUse(Frame f, int i) {
        String prev = f.word(i - 1);
        if (prev.equals(",") && f.phraseEndingAt(i - 1) != null) return false; // "Kenya, warning Ethiopia ..." 
        boolean adjectiveBefore = f.word(i).startsWith("warning") && f.pos(i - 1).startsWith("JJ") && f.phraseAt(i - 1) == null;
        return prev.equals("a") || prev.equals("the") || adjectiveBefore || MentionFinder.isPossessive(prev)
                || f.word(i).equals("warning") && f.pos(i).startsWith("NN") && !f.word(i - 2).equals("with")
                && f.phraseEndingAt(i) == null;
    }

    private static String target(Frame f, ArticleContext ctx, ClauseReader c, int i, boolean noun, String warner) {
        int j = i + 1;
        if (noun) {
            // "a warning to Somalia", "a veiled threat against Somalia"
            for (; j < f.size() && j <= i + 2; j++) {
                if (f.word(j).equals("to") || f.word(j).equals("against")) return head(c.objects(j + 1), warner);
            }
            return null;
        }
        // direct object, after adverbs and time phrases: "warned Russia privately", "warned on Monday that"
        while (j < f.size() && (f.pos(j).equals("RB") || f.word(j).equals("on") && f.refs.tokens().get(j + 1 < f.size() ? j + 1 : j).isCapitalized())) {
            j += f.word(j).equals("on") ? 2 : 1;
        }
        if (c.isPronoun(j)) return ctx.pronounReferent(f, j, warner);
        String direct = head(c.objects(j), warner);
        if (direct != null) return direct;
        // "threatened sanctions against Ethiopia", "threatened to retaliate against Japan", "threatened to
        // cut aid to Ghana": the object or the infinitive of the threat names whom it is against
        if (f.phraseAt(j) == null) {
            boolean infinitive = f.word(j).equals("to") && f.pos(j + 1).startsWith("VB");
            boolean withholding = infinitive && WITHHOLD.contains(f.word(j + 1));
            // "threatened to expel Ethiopian troops", "to strike Iran": whom the threatened act is done to
            if (infinitive && HOSTILE_ACTS.contains(f.word(j + 1))) {
                Phrase p = f.phraseAt(skipArticle(f, j + 2));
                if (p != null && p.isActor()) return notSelf(p.head(), warner);
            }
            for (int k = infinitive ? j + 2 : j; k < f.size() && k <= j + 4; k++) {
                String w = f.word(k);
                if (w.equals("against") || w.equals("on") || withholding && (w.equals("to") || w.equals("with"))) {
                    Phrase p = f.phraseAt(skipThe(f, k + 1));
                    if (p != null && p.isActor()) return notSelf(p.head(), warner);
                }
                if (!(f.pos(k).startsWith("NN") || f.pos(k).startsWith("JJ") || f.pos(k).equals("DT"))) break;
            }
        }
        if (f.word(j).equals("that") && !CONDITIONS.contains(f.word(j + 1))) {
            // "warned that Serbia would not sit idly by if Pristina continued": whose act the condition
            // names is whom the warning is about; else, "threatened that Hezbollah would pay", the clause's subject
            String conditioned = actorAfterCondition(f, j + 1, warner);
            if (conditioned != null) return conditioned;
            Phrase p = f.phraseAt(skipThe(f, j + 1));
            if (p != null && p.isActor()) return notSelf(p.head(), warner);
        }
        String inResponse = inResponseTo(f, i);
        if (inResponse != null) return notSelf(inResponse, warner);
        boolean about = f.word(j).equals("of") || f.word(j).equals("against") || f.word(j).equals("about");
        // "threatened to retaliate if Israel attacked", "warned that if the US struck"
        boolean conditional = f.word(j).equals("that") || f.word(j).equals("to") && f.pos(j + 1).startsWith("VB");
        if (about || conditional) {
            // "warned of a regional war if the US attacked", "warning of military action against Tehran",
            // "cautioned against a US strike": whose action the warning is about
            for (int k = j; k < f.size(); k++) {
                String w = f.word(k);
                if (w.equals(";") || w.equals(".")) break;
                if (CONDITIONS.contains(w) || about && w.equals("against")) {
                    Phrase p = f.phraseAt(skipArticle(f, k + 1));
                    if (p != null && p.isActor()) return notSelf(p.head(), warner);
                }
            }
            return null;
        }
        // "threatened 'resolute countermeasures' if Brussels pressed ahead": the condition's actor
        return actorAfterCondition(f, j, warner);
    }

    private static final Set<String> CONDITIONS = Set.of("if", "unless", "should");

    /** The actor right after the first "if" or "unless" from {@code from} to the sentence's end, other than the warner. */
    private static String actorAfterCondition(Frame f, int from, String warner) {
        for (int k = from; k < f.size(); k++) {
            String w = f.word(k);
            if (w.equals(";") || w.equals(".")) return null;
            if (!w.equals("if") && !w.equals("unless")) continue;
            Phrase p = f.phraseAt(skipArticle(f, k + 1));
            return p != null && p.isActor() ? notSelf(p.head(), warner) : null;
        }
        return null;
    }
    private static final Set<String> VOWS = Set.of("vow", "vows", "vowed", "vowing", "pledged", "promised");
    private static final Set<String> RETALIATION = Set.of("retaliate", "avenge", "punish");

    /**
     * "Israel said Hezbollah would pay a heavy price for any attack": a threat without a verb of
     * warning, from who says it to who would pay.
     */
    private static void payThePrice(Frame f, ArticleContext ctx, ClauseReader c, int i, List<Relation> out) {
        if (!f.word(i).equals("price")) return;
        int pay = -1;
        for (int k = i - 1; k >= 0 && k >= i - 4; k--) if (f.word(k).equals("pay")) pay = k;
        if (pay < 0 || !f.word(pay - 1).equals("would") && !f.word(pay - 1).equals("will")) return;
        if (c.negated(pay) || c.hypothetical(pay)) return;
        List<Phrase> payers = c.subjects(pay);
        List<Phrase> warners = c.reporterBefore(pay);
        for (Phrase x : warners) {
            for (Phrase y : payers) {
                String warner = c.actorOf(x), warned = c.actorOf(y);
                if (warner == null || warned == null || warner.equals(warned)) continue;
                out.add(ctx.relation(RelationType.WARNS, warner, warned, null, f.refs.sentence.span(pay + 1, i + 1), f, c.hedged(pay), 0.7));
            }
        }
    }

    /** "vowed to retaliate against Israel", "promised to punish the attackers": a threat by another verb. */
    private static boolean vowsRetaliation(Frame f, int i) {
        return VOWS.contains(f.word(i)) && f.word(i + 1).equals("to") && RETALIATION.contains(f.word(i + 2));
    }
    /** Acts threatened against someone: "to expel Ethiopian troops", "to strike Iran", "to sanction Russian banks". */
    private static final Set<String> HOSTILE_ACTS = Set.of("expel", "attack", "strike", "target", "sanction", "punish",
            "bomb", "invade", "hit", "blockade", "isolate", "annex", "arrest", "destroy");

    /** What one threatens to stop giving or doing: "to cut aid to X", "to suspend cooperation with X". */
    private static final Set<String> WITHHOLD = Set.of("cut", "suspend", "halt", "stop", "end", "withhold", "freeze",
            "block", "reduce", "slash", "withdraw", "sever");

    /** Past "the", "a", "an" or "any": "against any Israeli attack". */
    private static int skipArticle(Frame f, int j) {
        String w = f.word(j);
        return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("any") ? j + 1 : j;
    }

    /** "threatens war in response to Israel's warning": the threat answers, so is addressed to, that actor. */
    private static String inResponseTo(Frame f, int i) {
        for (int k = i + 1; k + 3 < f.size(); k++) {
            if (f.word(k).equals("in") && f.word(k + 1).equals("response") && f.word(k + 2).equals("to")) {
                Phrase p = f.phraseAt(skipThe(f, k + 3));
                return p != null && p.isActor() ? p.head() : null;
            }
            if (f.word(k).equals(",") || f.word(k).equals(";")) return null;
        }
        return null;
    }

    private static int skipThe(Frame f, int j) {
        return f.word(j).equals("the") ? j + 1 : j;
    }

    private static String head(List<Phrase> phrases, String warner) {
        for (Phrase p : phrases) {
            if (p.head() != null) return notSelf(p.head(), warner);
            // "warned Somalia's leaders": office holders named by no one else are their state's
            if (p.description() && p.owner() != null) return notSelf(p.owner(), warner);
        }
        return null;
    }

    private static String notSelf(String target, String warner) {
        return target != null && target.equals(warner) ? null : target;
    }

    /** What is warned of: a quoted phrase right after the trigger, else the words after "of"/"against". */
    private static String topic(Frame f, int i) {
        for (int j = i + 1; j < f.size() && j <= i + 8; j++) {
            String w = f.word(j);
            if (w.equals("“") || w.equals("\"")) {
                int k = j + 1;
                while (k < f.size() && !f.word(k).equals("”") && !f.word(k).equals("\"") && k < j + 10) k++;
                if (k > j + 1 && k < f.size()) return f.refs.sentence.span(j + 1, k);
            }
        }
        for (int j = i + 1; j < f.size() && j <= i + 5; j++) {
            String w = f.word(j);
            if (w.equals("of") || w.equals("against") || w.equals("with") || w.equals("about")) {
                int k = j + 1;
                while (k < f.size() && k < j + 7 && !Set.of(",", "if", "that", ".", "and", "unless", "over", "for").contains(f.word(k))) k++;
                if (k > j + 1) return f.refs.sentence.span(j + 1, k).replaceFirst("^(a|an|the) ", "");
            }
        }
        // "threatened sanctions against Ethiopia": the threat's own noun
        int k = i + 1;
        while (k < f.size() && (f.pos(k).startsWith("JJ") || f.pos(k).startsWith("NN")) && !f.refs.tokens().get(k).isCapitalized()) k++;
        if (k > i + 1 && (f.word(k).equals("against") || f.word(k).equals("on"))) return f.refs.sentence.span(i + 1, k);
        return null;
    }
}
