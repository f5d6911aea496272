package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.Dependencies;

/**
 * Applies the relation patterns ({@link PatternSet}) to the parsed sentences: finds each trigger by
 * its lemma, reads its arguments through {@link Syntax} (voice, control, relatives, coordination),
 * drops clauses that do not state the act ({@link ClauseMood}) and turns the argument words into the
 * article's entities through the sentence's phrases.
 */
final class PatternEngine {
    /**
     * Nouns for people or bodies acting for someone: "the leaders of Iran and Oman", "NATO leaders",
     * "officials from the Ministry": the argument is whom they act for.
     */
    private static final Set<String> STAND_INS = Set.of("leader", "delegation", "official", "government", "team", "side",
            "minister", "representative", "envoy", "negotiator", "force", "authority", "head", "member", "diplomat",
            "administration", "counterpart", "delegate", "regime", "troop", "army", "military", "president", "guest", "visitor",
            "wife", "husband", "spouse", "chief", "leadership");

    private final PatternSet patterns;

    PatternEngine(PatternSet patterns) {
        this.patterns = patterns;
    }

    /** The relations each trigger of the sentence states, one list per trigger; none where the sentence has no parse. */
    List<List<Relation>> readings(Frame f, ArticleContext ctx) {
        List<List<Relation>> out = new ArrayList<>();
        Dependencies parse = f.refs.sentence.dependencies();
        if (parse == null) return out;
        List<String> words = new ArrayList<>(f.size());
        for (int i = 0; i < f.size(); i++) words.add(f.word(i));
        Syntax syn = new Syntax(parse, words);
        ClauseMood mood = new ClauseMood(syn, f.text());
        Arguments args = new Arguments(f, syn);
        for (int i = 0; i < f.size(); i++) {
            TriggerPattern p = match(syn, i);
            if (p == null || mood.unstated(i)) continue;
            List<Relation> reading = new ArrayList<>(2);
            apply(p, i, syn, mood, args, f, ctx, reading);
            if (!reading.isEmpty()) out.add(reading);
        }
        return out;
    }

    /** The first pattern whose trigger, part of speech and governor fit token i, or null. */
    private TriggerPattern match(Syntax syn, int i) {
        for (TriggerPattern p : patterns.forLemma(syn.lemma(i))) {
            if (p.verb() ? !syn.isVerb(i) : !syn.isNoun(i)) continue;
            Dependencies d = syn.tree();
            int gov = d.head(i);
            // with under= too, via= names the verb the preposition hangs on ("thanked X for the invitation")
            int verb = p.under().isEmpty() || gov == Dependencies.ROOT ? gov : d.head(gov);
            if (!p.via().isEmpty() && (verb == Dependencies.ROOT || !p.via().contains(syn.lemma(verb)) || !syn.isVerb(verb))) continue;
            if (!p.under().isEmpty() && (gov == Dependencies.ROOT || !d.label(i).equals("pobj") || !p.under().contains(syn.lemma(gov)) && !p.under().contains(syn.word(gov)))) continue;
            if (!p.with().isEmpty() && java.util.Arrays.stream(d.children(i)).noneMatch(c -> p.with().contains(syn.word(c)))) continue;
            return p;
        }
        return null;
    }

    private void apply(TriggerPattern p, int trigger, Syntax syn, ClauseMood mood, Arguments args, Frame f,
                       ArticleContext ctx, List<Relation> out) {
        List<String> agents = args.first(trigger, p.agent(), p.personAgent() ? Arguments.Want.PERSON : Arguments.Want.ACTOR);
        // "Croatia was invited": no agent in the sentence; "the bloc invited Y" names one we cannot resolve
        if (agents.isEmpty() && (!p.agentless() || args.anyWords(trigger, p.agent()))) return;
        Arguments.Want want = switch (p.targets()) {
            case ACTOR -> Arguments.Want.ACTOR;
            case EVENT -> Arguments.Want.EVENT;
            case ACTOR_OR_EVENT -> Arguments.Want.ANY;
        };
        List<String> targets = p.targetWords().isEmpty() ? args.first(trigger, p.target(), want)
                : args.firstOfWords(trigger, p.target(), p.targetWords(), want);
        if (targets.isEmpty() && !p.targetless()) return;
        List<String> events = args.first(trigger, p.event(), Arguments.Want.EVENT);
        String event = events.isEmpty() ? null : events.get(0);
        String topic = args.topic(trigger, p.topic());
        boolean hedged = mood.hedged(trigger);
        List<String> agentList = agents.isEmpty() ? java.util.Collections.singletonList(null) : agents;
        List<String> targetList = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
        for (String a : agentList) {
            for (String t : targetList) {
                if (a != null && a.equals(t)) continue;
                out.add(ctx.relation(p.type(), a, t, event, topic, f, hedged, p.confidence()));
            }
        }
    }

    /** Argument words turned into the article's entities. */
    static final class Arguments {
        enum Want { ACTOR, PERSON, EVENT, ANY }

        private final Frame f;
        private final Syntax syn;
        private final ClauseReader clause;

        Arguments(Frame f, Syntax syn) {
            this.f = f;
            this.syn = syn;
            this.clause = new ClauseReader(f);
        }

        /** Whether any slot path leads to a word at all, entity or not. */
        boolean anyWords(int trigger, List<String> paths) {
            for (String path : paths) if (!syn.slot(trigger, path).isEmpty()) return true;
            return false;
        }

        /** The entities of the first slot path that yields any. */
        List<String> first(int trigger, List<String> paths, Want want) {
            return firstOfWords(trigger, paths, Set.of(), want);
        }

        /** The same, counting only argument words with one of these lemmas (any, where empty). */
        List<String> firstOfWords(int trigger, List<String> paths, Set<String> lemmas, Want want) {
            for (String path : paths) {
                List<String> keys = new ArrayList<>();
                for (int t : syn.slot(trigger, path)) {
                    if (!lemmas.isEmpty() && !lemmas.contains(syn.lemma(t))) continue;
                    for (String k : entities(t, want, 0)) if (!keys.contains(k)) keys.add(k);
                }
                if (!keys.isEmpty()) return keys;
            }
            return List.of();
        }

        /** The entities a word stands for: its phrase's, the ones it refers back to, or whom it acts for. */
        private List<String> entities(int t, Want want, int depth) {
            // a state's or person's own mention first: "Ghana" in "Ghana's ambassador" is the state, not the
            // ambassador. Not a name that modifies a noun ("US leader": the leader), nor a body, which the
            // phrase maps to its state ("the Atomic Energy Organization of Iran": Iran)
            Phrase p = f.phraseAt(t);
            for (Ref r : f.refs.refs) {
                if (r.start() > t || r.end() <= t || !r.isActor() || r.key() == null) continue;
                // "shirtfront the Russian": coreference read the demonym as the person it stands for
                if (p != null && p.kind() == EntityKind.PERSON && p.head() != null && r.kind() == EntityKind.STATE
                        && p.end() == r.end() && p.start() >= r.start() - 1) break;
                if (r.kind() == EntityKind.ORGANIZATION || r.end() < f.size() && f.refs.tokens().get(r.end()).pos().startsWith("NN")) break;
                if (want == Want.EVENT || want == Want.PERSON && r.kind() != EntityKind.PERSON) break;
                return List.of(r.key());
            }
            // "the two EU leaders": the people counted, where coreference found them
            if (p != null && p.description() && f.references.containsKey(t) && want != Want.EVENT) return f.references.get(t);
            if (p != null) {
                if (p.kind() == EntityKind.EVENT) return want != Want.ACTOR ? List.of(p.head()) : List.of();
                if (p.isActor()) {
                    String actor = clause.actorOf(p);
                    if (want == Want.PERSON && p.kind() != EntityKind.PERSON) return List.of();
                    if (actor != null && want != Want.EVENT && p.kind() == EntityKind.PERSON && p.title() != null
                            && TitleClass.isPlural(p.title())) {
                        // "his Brazilian and Colombian counterparts, X and Y": each person the plural office lists
                        List<String> listed = new ArrayList<>(List.of(actor));
                        addPeopleInApposition(t, listed);
                        return listed;
                    }
                    if (actor != null) return want != Want.EVENT ? List.of(actor) : List.of();
                }
            }
            if (want == Want.EVENT) return List.of();
            List<String> referents = f.references.get(t);
            if (want == Want.PERSON) return referents != null ? referents : List.of();
            if (referents != null) return referents;
            if (depth == 0 && STAND_INS.contains(syn.lemma(t))) {
                // "China's special envoy for Afghanistan, Yue Xiaoyong", "his counterparts, X and Y": the
                // people the apposition names
                List<String> named = new ArrayList<>();
                addPeopleInApposition(t, named);
                if (!named.isEmpty()) return named;
                // "the leaders of Iran", "NATO leaders", "officials from the Ministry", "Iran's delegation"
                // every one of a coordination: "the defence chiefs of Australia and Japan"
                for (String path : List.of("poss", "compound", "nmod", "prep:of", "prep:from")) {
                    List<String> ks = new ArrayList<>();
                    for (int c : syn.slot(t, path)) {
                        for (String k : entities(c, want, depth + 1)) if (!ks.contains(k)) ks.add(k);
                    }
                    if (!ks.isEmpty()) return ks;
                }
            }
            return List.of();
        }

        /** Adds the named people in apposition to the word ("his counterparts, X and Y") that are not yet in the list. */
        private void addPeopleInApposition(int t, List<String> into) {
            for (int c : syn.slot(t, "appos")) {
                Phrase named = f.phraseAt(c);
                if (named != null && named.kind() == EntityKind.PERSON && named.head() != null && !into.contains(named.head())) {
                    into.add(named.head());
                }
            }
        }

        /** What a warning is about: the words of the first topic slot that yields any, at most ten. */
        String topic(int trigger, List<String> paths) {
            for (String path : paths) {
                List<Integer> ts = syn.slot(trigger, path);
                if (ts.isEmpty()) continue;
                int head = ts.get(0);
                int from = head, to = head;
                for (int k = 0; k < f.size(); k++) {
                    if (syn.tree().dominates(head, k)) {
                        from = Math.min(from, k);
                        to = Math.max(to, k);
                    }
                }
                to = Math.min(to, from + 9);
                while (to > from && !Character.isLetterOrDigit(f.word(to).isEmpty() ? ' ' : f.word(to).charAt(0))) to--;
                return f.refs.sentence.span(from, to + 1);
            }
            return null;
        }
    }
}
