package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.nlp.Dependencies;

/**
 * Grammatical roles read off a sentence's dependency parse, with the alternations of English undone
 * once for every relation: the logical subject and object of a verb in the active, the passive, a
 * reduced relative ("the talks hosted by Qatar"), a relative clause ("Araghchi, who arrived"), a
 * controlled infinitive ("agreed to invite Croatia") or a participle ("..., warning that"); and
 * the arguments of nouns (possessors, compounds, prepositional complements) and of the verbs that
 * govern them ("extended an invitation to Y").
 *
 * <p>A slot path names where an argument is, from the trigger: {@code subj}, {@code obj},
 * {@code ssubj} (the surface subject: a passive's patient, "Y was received"), {@code dative},
 * {@code poss}, {@code compound}, {@code appos}, {@code attr}, {@code prep:WORD}
 * (the object of that preposition), {@code gov} (the word governing the trigger, for a noun: its
 * verb), {@code adv} (the clause a participle trigger adds to) and {@code clause} (the verb a
 * preposition governing the trigger attaches to), joined by
 * dots: {@code gov.subj}, {@code gov.prep:to}, {@code clause.ssubj}.
 */
final class Syntax {
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");
    private static final Set<String> SUBJECT_LABELS = Set.of("nsubj", "csubj");
    /** Passives that report what is to come ("is expected to host"), unlike readiness ("is prepared to host"). */
    private static final Set<String> RAISING_PASSIVES = Set.of("expect", "schedule", "set", "slate", "tip", "due", "plan", "poise");
    private final Dependencies d;
    private final List<String> words;

    Syntax(Dependencies d, List<String> lowerCaseWords) {
        this.d = d;
        this.words = lowerCaseWords;
    }

    Dependencies tree() { return d; }

    String lemma(int i) { return d.lemma(i).toLowerCase(Locale.ROOT); }

    /** The word as written, in lower case: "following" where the lemma is "follow". */
    String word(int i) { return words.get(i); }

    boolean isVerb(int i) { return d.tag(i).startsWith("VB"); }

    boolean isNoun(int i) { return d.tag(i).startsWith("NN"); }

    /** "was invited", "being hosted", the reduced relative "the talks hosted by Qatar", and "..., hosted by Z". */
    boolean passive(int v) {
        if (hasChild(v, "auxpass") || hasChild(v, "nsubjpass")) return true;
        String label = d.label(v);
        return d.tag(v).equals("VBN") && (label.equals("acl") || label.equals("advcl") || label.equals("relcl") && !hasChild(v, "nsubj"))
                && !hasChild(v, "aux");
    }

    /**
     * Who the clause is about, as it is written: the subject of an active verb, the patient of a
     * passive ("at the invitation of X, Y was received by Z": Y), else the logical subjects.
     */
    List<Integer> surfaceSubjects(int v) {
        if (passive(v)) {
            int s = d.child(v, "nsubjpass");
            if (s >= 0) return withCompanions(v, coordinated(List.of(antecedent(s))), true, false);
        }
        return subjects(v);
    }

    /** The logical subjects of the verb at v (the "by" agent of a passive), with what is coordinated with them. */
    List<Integer> subjects(int v) {
        List<Integer> heads = coordinated(subjectHeads(v, 0));
        // "hosted by X with his spouse, Y": the spouse shares the agent's part, not the patient's
        return passive(v) ? withCompanions(v, heads, false, true) : withCompanions(v, heads, true, true);
    }

    /**
     * "Kenya, along with Uganda, warned ...", "Peru was invited, along with Chile": the parser hangs
     * the companion on the verb, but it shares the surface subject's part in the clause.
     */
    private List<Integer> withCompanions(int v, List<Integer> subjects, boolean along, boolean spouse) {
        List<Integer> companions = companions(v, along, spouse);
        if (subjects.isEmpty() || companions.isEmpty()) return subjects;
        List<Integer> out = new ArrayList<>(subjects);
        for (int c : companions) if (!out.contains(c)) out.add(c);
        return out;
    }

    /**
     * The objects of "along with" or "together with" attached to the token, and the one named in
     * "with his wife, Y" ("hosted by X with his spouse, Y": a couple hosts together), with their conjuncts.
     */
    private List<Integer> companions(int at, boolean along, boolean spouse) {
        List<Integer> out = new ArrayList<>();
        for (int c : d.children(at)) {
            if (!d.label(c).equals("prep")) continue;
            String w = words.get(c);
            if (along && (w.equals("along") || w.equals("together"))) {
                for (int with : d.children(c)) if (words.get(with).equals("with")) out.addAll(pobj(with));
            } else if (w.equals("with")) {
                for (int m : d.children(c)) {
                    if (along && d.label(m).equals("advmod") && (words.get(m).equals("along") || words.get(m).equals("together"))) out.addAll(pobj(c));
                }
                if (spouse) for (int o : pobj(c)) out.addAll(spouseNamed(o));
            }
        }
        List<Integer> all = new ArrayList<>();
        for (int c : out) addWithConjuncts(c, all, 0);
        return all;
    }

    /** "his wife, Y" (the name in apposition) or "his wife Y" (the name the noun modifies): Y; else none. */
    private List<Integer> spouseNamed(int o) {
        boolean owned = false;
        if (MentionFinder.SPOUSE_NOUNS.contains(words.get(o))) {
            for (int k : d.children(o)) if (d.label(k).equals("poss")) owned = true;
            return owned ? children(o, "appos") : List.of();
        }
        for (int k : d.children(o)) {
            if (!MentionFinder.SPOUSE_NOUNS.contains(words.get(k))) continue;
            for (int p : d.children(k)) if (d.label(p).equals("poss")) return List.of(o);
        }
        return List.of();
    }

    private List<Integer> subjectHeads(int v, int depth) {
        if (depth > 4) return List.of();
        if (passive(v)) {
            int by = d.child(v, "agent");
            if (by >= 0) return pobj(by);
            return List.of();
        }
        // the parser may give a long coordinated subject two subject arcs rather than a conjunct
        List<Integer> own = new ArrayList<>(1);
        for (int c : d.children(v)) {
            if (!SUBJECT_LABELS.contains(d.label(c))) continue;
            own.add(antecedent(c));
        }
        if (!own.isEmpty()) return own;
        int h = d.head(v);
        if (h == Dependencies.ROOT) return List.of();
        String label = d.label(v);
        // "Kenya, warning that ...": a participle modifying a noun has that noun for its subject
        if (label.equals("acl") && d.tag(v).equals("VBG")) return List.of(h);
        // "X is expected to host", "X is due to host": the subject of a passive that governs the infinitive
        if (label.equals("xcomp") && passive(h) && RAISING_PASSIVES.contains(lemma(h))) {
            int raised = d.child(h, "nsubjpass");
            if (raised >= 0) return List.of(antecedent(raised));
        }
        // "agreed to invite", "X hosted and welcomed Y", "X called ..., warning that": the governing clause's subject
        if (label.equals("xcomp") || label.equals("conj") && isVerb(h) || label.equals("advcl") && d.tag(v).equals("VBG")) {
            return subjectHeads(h, depth + 1);
        }
        // "X will attend after receiving an invitation": a gerund after a preposition of the clause has its subject
        int clause = clauseOfGerund(v);
        if (clause >= 0) return subjectHeads(clause, depth + 1);
        return List.of();
    }

    /** For a gerund that is the object of a preposition on a verb ("after receiving", "before being received"), that verb; else -1. */
    private int clauseOfGerund(int v) {
        if (!d.label(v).equals("pcomp") || d.head(v) == Dependencies.ROOT) return -1;
        boolean gerund = d.tag(v).equals("VBG") || passive(v) && hasGerundAuxiliary(v);
        int prep = d.head(v);
        int verb = d.head(prep);
        return gerund && d.label(prep).equals("prep") && verb != Dependencies.ROOT && isVerb(verb) ? verb : -1;
    }

    private boolean hasGerundAuxiliary(int v) {
        for (int c : d.children(v)) if (d.label(c).equals("auxpass") && d.tag(c).equals("VBG")) return true;
        return false;
    }

    /** The logical objects of the verb at v: the passive's subject, the noun a reduced relative modifies, else the direct object. */
    List<Integer> objects(int v) {
        List<Integer> heads = new ArrayList<>(1);
        if (passive(v)) {
            int s = d.child(v, "nsubjpass");
            if (s >= 0) return withCompanions(v, coordinated(List.of(antecedent(s))), true, false);
            else if (isRelative(v) || d.label(v).equals("acl")) heads.add(d.head(v));
            else if (d.label(v).equals("conj") && isVerb(d.head(v))) return objects(d.head(v));
            // "X toured Havana before being received by Y": the one received is the clause's subject
            else if (clauseOfGerund(v) >= 0) return subjects(clauseOfGerund(v));
            // "X and Y met in Berlin, hosted by Z": a passive participle on a clause is about its subject
            else if (d.label(v).equals("advcl") && d.tag(v).equals("VBN") && d.head(v) != Dependencies.ROOT) return subjects(d.head(v));
        } else {
            int o = d.child(v, "dobj");
            if (o >= 0) heads.add(antecedent(o));
        }
        return coordinated(heads);
    }

    /**
     * For a relative pronoun, the noun its clause modifies ("the meeting, which Cambodia is expected
     * to host": the meeting), however deep in the clause it stands; for any other word, the word.
     */
    int antecedent(int t) {
        if (!RELATIVE_PRONOUNS.contains(words.get(t)) || !(d.tag(t).startsWith("W") || words.get(t).equals("that"))) return t;
        int k = d.head(t);
        for (int steps = 0; k != Dependencies.ROOT && steps < 6; steps++) {
            if (isRelative(k)) return d.head(k);
            k = d.head(k);
        }
        return t;
    }

    private boolean isRelative(int v) {
        String label = d.label(v);
        return (label.equals("relcl") || label.equals("acl")) && d.head(v) != Dependencies.ROOT;
    }

    /** The objects of a preposition, with what is coordinated with them. */
    private List<Integer> pobj(int prep) {
        List<Integer> out = new ArrayList<>(1);
        for (int c : d.children(prep)) if (d.label(c).equals("pobj") || d.label(c).equals("pcomp")) out.add(c);
        return out;
    }

    /** The tokens a slot path leads to from the anchor, each with the tokens coordinated with it. */
    List<Integer> slot(int anchor, String path) {
        int at = anchor;
        String[] steps = path.split("\\.");
        for (int s = 0; s < steps.length - 1; s++) {
            at = move(at, steps[s]);
            if (at < 0) return List.of();
        }
        return fill(at, steps[steps.length - 1]);
    }

    private int move(int at, String step) {
        return switch (step) {
            case "gov" -> d.head(at);
            // the clause a participle adds to: "called on X to ..., warning that"
            case "adv" -> d.label(at).equals("advcl") ? d.head(at) : -1;
            case "clause" -> {
                int prep = d.head(at);
                if (prep == Dependencies.ROOT || !d.label(at).equals("pobj")) yield -1;
                int h = d.head(prep);
                // "X is on an official visit at the invitation of Y": past the nouns the phrase hangs on, to the verb
                for (int steps = 0; steps < 3 && h != Dependencies.ROOT && !isVerb(h) && d.label(h).equals("pobj"); steps++) {
                    int p = d.head(h);
                    if (p == Dependencies.ROOT) break;
                    h = d.head(p);
                }
                yield h;
            }
            default -> {
                List<Integer> next = fill(at, step);
                yield next.isEmpty() ? -1 : next.get(0);
            }
        };
    }

    private List<Integer> fill(int at, String step) {
        if (at == Dependencies.ROOT) return List.of();
        return switch (step) {
            case "subj" -> subjects(at);
            case "ssubj" -> surfaceSubjects(at);
            case "obj" -> objects(at);
            case "self" -> List.of(at);
            case "head" -> d.head(at) == Dependencies.ROOT ? List.of() : coordinated(List.of(d.head(at)));
            case "dative" -> dative(at);
            case "poss", "appos", "attr", "compound", "nmod", "npadvmod", "oprd", "ccomp", "xcomp", "dobj", "advcl", "acl" ->
                    coordinated(children(at, step));
            default -> {
                if (!step.startsWith("prep:")) throw new IllegalArgumentException("unknown slot step: " + step);
                yield preposition(at, step.substring(5));
            }
        };
    }

    /** "sent Y an invitation", "extended the invitation to Y". */
    private List<Integer> dative(int v) {
        List<Integer> out = new ArrayList<>();
        for (int c : d.children(v)) {
            if (!d.label(c).equals("dative")) continue;
            if (d.tag(c).equals("IN") || d.tag(c).equals("TO")) out.addAll(pobj(c));
            else out.add(c);
        }
        return coordinated(out);
    }

    /** Objects of the preposition {@code word} attached to the token ({@code by} also as a passive's agent). */
    private List<Integer> preposition(int at, String word) {
        List<Integer> out = new ArrayList<>();
        for (int c : d.children(at)) {
            String label = d.label(c);
            boolean prep = label.equals("prep") || label.equals("agent") || label.equals("dative");
            if (prep && words.get(c).equals(word)) out.addAll(pobj(c));
        }
        return coordinated(out);
    }

    private List<Integer> children(int at, String label) {
        List<Integer> out = new ArrayList<>(1);
        for (int c : d.children(at)) if (d.label(c).equals(label)) out.add(c);
        return out;
    }

    boolean hasChild(int at, String label) {
        return d.child(at, label) >= 0;
    }

    /**
     * Each token with the conjuncts chained to it: the parser hangs "B" on "A" and "C" on "B" in
     * "A, B and C", and "X and Y" in a preposition's object.
     */
    List<Integer> coordinated(List<Integer> heads) {
        if (heads.isEmpty()) return heads;
        List<Integer> out = new ArrayList<>(heads.size() + 2);
        for (int h : heads) addWithConjuncts(h, out, 0);
        return out;
    }

    private void addWithConjuncts(int t, List<Integer> out, int depth) {
        if (out.contains(t) || depth > 30) return;
        out.add(t);
        for (int c : d.children(t)) if (d.label(c).equals("conj")) addWithConjuncts(c, out, depth + 1);
        // "Kenya, together with Uganda,": a companion hung on the noun is one more of them
        if (isNoun(t)) for (int c : companions(t, true, true)) addWithConjuncts(c, out, depth + 1);
    }
}
