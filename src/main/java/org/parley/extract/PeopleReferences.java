package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who a pronoun or a description of people refers to, for the words no phrase resolves:
 * <ul>
 * <li>"he" or "she" opening a clause after "X said (that)" is X; opening a sentence, past an
 *     adverbial at most ("In March he ..."), it is the person the sentence before opened with (the
 *     topic continues);</li>
 * <li>"they" or "them" opening a sentence is the actors the sentence before opened with, where
 *     those were several ("X and Y met ... They were hosted by Z");</li>
 * <li>"both leaders", "the two EU leaders" are the last two people the sentences before named
 *     together;</li>
 * <li>"the visitors", "the guests", "the visiting delegation" are who last came: the subjects of
 *     the last sentence that has someone visit, arrive or travel, or the person said to lead
 *     them ("The delegation was led by X").</li>
 * </ul>
 * The answers go into each frame's {@link Frame#references}, one or more entity keys a token.
 */
final class PeopleReferences {
    private static final Set<String> SINGULAR = Set.of("he", "she");
    private static final Set<String> PLURAL = Set.of("they", "them");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "added", "stressed", "noted", "announced",
            "stated", "insisted", "confirmed", "explained", "wrote", "tweeted");
    private static final Set<String> VISITOR_NOUNS = Set.of("visitors", "guests", "visitor", "guest");
    private static final Set<String> LEADS = Set.of("led", "headed");
    private static final java.util.Map<String, Integer> COUNTS = java.util.Map.of("both", 2, "two", 2, "three", 3, "four", 4);
    private static final Set<String> PARTY_NOUNS = Set.of("delegations", "sides", "parties", "countries", "nations", "governments");
    private static final Set<String> OBJECTS = Set.of("him", "her", "them");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us");
    private static final Set<String> CLOSING_QUOTES = Set.of("\u201d", "\"", "''");
    private static final Set<String> PARTIES = Set.of("delegation", "mission", "team", "group", "party", "entourage");

    void resolve(List<Frame> frames) {
        List<String> visitors = List.of();
        List<Couple> couples = new ArrayList<>();
        for (int fi = 0; fi < frames.size(); fi++) {
            Frame f = frames.get(fi);
            Frame before = fi > 0 ? frames.get(fi - 1) : null;
            ClauseReader c = new ClauseReader(f);
            for (int i = 0; i < f.size(); i++) {
                String w = f.word(i);
                if (nationalityNoun(f, i)) {
                    standForItsPerson(frames, fi, f, f.phraseAt(i));
                    continue;
                }
                int counted = countedGroupSize(f, i);
                if (f.phraseAt(i) != null && !(f.phraseAt(i).description() && counted > 0)) continue;
                List<String> refs = List.of();
                if (SINGULAR.contains(w)) refs = singular(f, c, i, before);
                else if (PLURAL.contains(w) && i == 0 && before != null) refs = openingActors(before, 2);
                else if (OBJECTS.contains(w) && f.pos(i).equals("PRP") && before != null) refs = objectReferent(f, i, before);
                else if (FIRST_PERSON.contains(w.toLowerCase(java.util.Locale.ROOT))) refs = speakerAfterQuote(f, c, i, before);
                else if (counted > 0) refs = lastNamedTogether(frames, fi, counted, EntityKind.PERSON);
                else if (countedPartiesSize(f, i) > 0) refs = lastNamedTogether(frames, fi, countedPartiesSize(f, i), null);
                else if (VISITOR_NOUNS.contains(w) && f.word(i - 1).equals("the") || w.equals("visiting") && f.word(i - 1).equals("the")) {
                    refs = visitors;
                } else if (w.equals("couple")) refs = couple(f, i, couples);
                if (!refs.isEmpty()) f.references.put(i, refs);
            }
            visitors = visitorsAfter(f, c, visitors);
            couples.addAll(couplesIn(f, c));
        }
    }

    /**
     * "threatened to shirtfront the Russian": a demonym used as a noun, "the" before it and no noun
     * after it, is a person of that state, not the state.
     */
    private static boolean nationalityNoun(Frame f, int i) {
        Phrase p = f.phraseAt(i);
        if (p == null || p.kind() != EntityKind.STATE || !f.word(i - 1).equals("the") || p.start() < i - 1) return false;
        boolean demonym = f.refs.refs.stream().anyMatch(r -> r.start() == i && r.end() == p.end() && r.mention().gaz() != null
                && r.mention().gaz().form() == Gazetteer.Form.DEMONYM);
        if (!demonym) return false;
        int next = p.end();
        return next >= f.size() || !f.refs.tokens().get(next).isCapitalized() && !f.pos(next).startsWith("NN") && !f.pos(next).startsWith("JJ")
                && !f.pos(next).equals("CD");
    }

    /** Makes the demonym's phrase the latest person named before as holding an office of that state; leaves it where none was. */
    private static void standForItsPerson(List<Frame> frames, int fi, Frame f, Phrase demonym) {
        for (int gi = fi; gi >= 0; gi--) {
            List<Phrase> ps = frames.get(gi).phrases;
            for (int k = ps.size() - 1; k >= 0; k--) {
                Phrase p = ps.get(k);
                if (gi == fi && p.start() >= demonym.start()) continue;
                if (p.kind() == EntityKind.PERSON && p.head() != null && demonym.head().equals(p.owner())) {
                    f.phrases.set(f.phrases.indexOf(demonym),
                            new Phrase(demonym.start(), demonym.end(), p.head(), EntityKind.PERSON, p.owner(), p.title(), false));
                    return;
                }
            }
        }
    }

    /** Two people the text names as a couple; {@code owner} is the state or body the first holds an office of, or null. */
    private record Couple(String first, String spouse, String owner) {}

    private static final Set<String> SPOUSE_TITLES = Set.of("lady", "gentleman"); // "First Lady Y"

    /**
     * "X and his wife Y", "X with his spouse, Y", "X and First Lady Y": the couples a sentence names,
     * which "the presidential couple" may later mean.
     */
    private static List<Couple> couplesIn(Frame f, ClauseReader c) {
        List<Couple> out = new ArrayList<>();
        for (Phrase spouse : f.phrases) {
            if (spouse.kind() != EntityKind.PERSON || spouse.head() == null) continue;
            int possessive = c.beforeSpouseNoun(spouse.start());
            int firstLady = firstLadyAt(f, spouse);
            int k;
            if (possessive != spouse.start()) k = possessive - 1;
            else if (firstLady >= 0) k = firstLady - 1;
            else continue;
            if (!(f.word(k).equals("and") || f.word(k).equals("with"))) continue;
            Phrase first = f.phraseEndingAt(k);
            if (first != null && first.kind() == EntityKind.PERSON && first.head() != null && !first.head().equals(spouse.head())) {
                out.add(new Couple(first.head(), spouse.head(), first.owner()));
            }
        }
        return out;
    }

    /** Where "First Lady" begins, before the person's phrase or as its start ("X and First Lady Y"); else -1. */
    private static int firstLadyAt(Frame f, Phrase p) {
        int s = p.start();
        int beforeComma = f.word(s - 1).equals(",") ? s - 1 : s;
        for (int k : new int[] {s, s - 1, beforeComma - 2}) {
            if (f.word(k).equals("first") && SPOUSE_TITLES.contains(f.word(k + 1))) return k;
        }
        return -1;
    }

    /**
     * "the presidential couple", "the Icelandic royal couple": the last couple named, or the last whose
     * first holds an office of the state the description names.
     */
    private static List<String> couple(Frame f, int i, List<Couple> couples) {
        int the = i - 1;
        while (the >= 0 && i - the <= 3 && !f.word(the).equals("the")) the--;
        if (the < 0 || !f.word(the).equals("the")) return List.of();
        String state = null;
        for (Ref r : f.refs.refs) if (r.start() > the && r.end() <= i && r.kind() == EntityKind.STATE) state = r.key();
        for (int k = couples.size() - 1; k >= 0; k--) {
            Couple c = couples.get(k);
            if (state == null || state.equals(c.owner())) return List.of(c.first(), c.spouse());
        }
        return List.of();
    }

    /**
     * "both leaders", "the two EU leaders", "the three foreign ministers": for a plural noun of office
     * holders counted by "both" or a small number, the count; else 0.
     */
    private static int countedGroupSize(Frame f, int i) {
        String w = f.word(i);
        if (!w.endsWith("s") || !TitleClass.isOfficeWord(w)) return 0;
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Integer n = COUNTS.get(f.word(k));
            if (n != null) return n;
            // only modifiers between ("the two EU leaders"), not an owner ("the three countries' ministers -- A, B and C")
            if (!f.pos(k).startsWith("JJ") && !f.pos(k).startsWith("NN") || f.word(k).endsWith("'") || f.word(k).endsWith("\u2019")) return 0;
        }
        return 0;
    }

    /**
     * "the two delegations", "both sides": for the parties to something counted by "both" or a small
     * number, the count; else 0. They are the states and groups named together before.
     */
    private static int countedPartiesSize(Frame f, int i) {
        if (!PARTY_NOUNS.contains(f.word(i))) return 0;
        Integer n = COUNTS.get(f.word(i - 1));
        return n != null ? n : 0;
    }

    /**
     * The group a counted description stands for: the last {@code n} people (or, for a null kind,
     * states and groups) named in the nearest
     * sentence before that names at least {@code n} ("X hosted the summit, welcoming Y and Z. The two
     * leaders ...": Y and Z, who were named after their host), leaving out people this sentence names.
     */
    private static List<String> lastNamedTogether(List<Frame> frames, int fi, int n, EntityKind kind) {
        Set<String> here = new java.util.HashSet<>(actorsOf(frames.get(fi), kind));
        for (int k = fi - 1; k >= 0 && k >= fi - 3; k--) {
            List<String> people = new ArrayList<>(actorsOf(frames.get(k), kind));
            people.removeAll(here);
            if (people.size() >= n) return List.copyOf(people.subList(people.size() - n, people.size()));
        }
        return List.of();
    }

    /** "X said he would ...": X; "He ..." opening a sentence: whom the sentence before opened with. */
    private static List<String> singular(Frame f, ClauseReader c, int i, Frame before) {
        int k = i - 1;
        if (k >= 0 && f.word(k).equals("that")) k--;
        if (k >= 0 && REPORTING.contains(f.word(k))) {
            List<String> reporters = actors(c.subjects(k), EntityKind.PERSON);
            if (reporters.size() == 1) return reporters;
        }
        if ((opensSentence(f, i) || afterOpeningQuotation(f, i)) && before != null) {
            String person = OpeningPronouns.openingPerson(before);
            if (person != null) return List.of(person);
        }
        // "Mr Rasmussen's country is outside the Commonwealth but he was invited": the one person the sentence named before
        if (k >= 0 && CLAUSE_JOINS.contains(f.word(k))) {
            int join = k;
            List<String> earlier = actors(f.phrases.stream().filter(p -> p.end() <= join).toList(), EntityKind.PERSON);
            if (earlier.size() == 1) return earlier;
        }
        return List.of();
    }

    /**
     * "“Any attack will be met with force,” he warned": the speaker of a quotation that opens the
     * sentence, right after it closes, continues the topic as a pronoun opening the sentence would.
     */
    private static boolean afterOpeningQuotation(Frame f, int i) {
        int k = i - 1;
        if (k >= 0 && f.word(k).equals(",")) k--;
        if (k < 0 || !CLOSING_QUOTES.contains(f.word(k))) return false;
        if (k >= 1 && f.word(k - 1).equals(",")) k--;
        String first = f.word(0);
        return first.equals("\u201c") || first.equals("\"") || first.equals("``");
    }

    private static final Set<String> CLAUSE_JOINS = Set.of("but", "and", "while", "although", "though", "because", "as", "after",
            "before", "when", "since", "so");

    /**
     * "Ruto arrived in Accra. Mahama welcomed him at the airport": "him" or "her" after a verb is the
     * person the sentence before opened with, and "them" the actors it opened with, where this
     * sentence does not name them itself (then the writer meant someone else).
     */
    private static List<String> objectReferent(Frame f, int i, Frame before) {
        Set<String> here = new java.util.HashSet<>(actors(f.phrases, null));
        if (f.word(i).equals("them")) {
            List<String> opening = openingActors(before, 2);
            return opening.stream().anyMatch(here::contains) ? List.of() : opening;
        }
        String person = OpeningPronouns.openingPerson(before);
        return person != null && !here.contains(person) ? List.of(person) : List.of();
    }

    /**
     * "“I have invited Ghana to the summit,” Ruto said": a first-person pronoun in a quotation is
     * whoever the sentence says spoke it, named right after the quotation closes.
     */
    private static List<String> speakerAfterQuote(Frame f, ClauseReader c, int i, Frame before) {
        int close = -1;
        for (int k = i + 1; k < f.size() && close < 0; k++) if (CLOSING_QUOTES.contains(f.word(k))) close = k;
        if (close < 0) return List.of();
        for (int k = close + 1; k < f.size() && k <= close + 6; k++) {
            if (!REPORTING.contains(f.word(k))) continue;
            // "“We have invited Oman,” he said": the speaker is whom the pronoun refers to
            if (SINGULAR.contains(f.word(k - 1))) return singular(f, c, k - 1, before);
            List<String> speakers = actors(c.subjects(k), null);
            if (speakers.isEmpty()) {
                Phrase after = f.phraseStartingAt(k + 1); // "..., said Ruto"
                if (after != null && after.isActor() && after.head() != null) speakers = List.of(after.head());
            }
            return speakers.size() == 1 ? speakers : List.of();
        }
        return List.of();
    }

    /** "He ...", "In March he ...", "On Monday, she ...": the pronoun is the sentence's first actor, after an opening adverbial at most. */
    private static boolean opensSentence(Frame f, int i) {
        for (int k = 0; k < i; k++) {
            Phrase p = f.phraseAt(k);
            if (f.pos(k).startsWith("VB") || f.pos(k).startsWith("PRP") || p != null && p.isActor()) return false;
        }
        return true;
    }

    /** The actors a sentence opens with, as the subjects of its first verb, where there are at least {@code min}. */
    private static List<String> openingActors(Frame f, int min) {
        for (int v = 0; v < f.size(); v++) {
            if (!f.pos(v).startsWith("VB")) continue;
            List<String> subjects = actors(new ClauseReader(f).subjects(v), null);
            return subjects.size() >= min ? subjects : List.of();
        }
        return List.of();
    }

    /** Who has come, after this sentence: its visiting subjects, or the person leading them. */
    private static List<String> visitorsAfter(Frame f, ClauseReader c, List<String> before) {
        for (int i = 0; i < f.size(); i++) {
            String w = f.word(i);
            if (LEADS.contains(w) && f.word(i + 1).equals("by") && partyBefore(f, i)) {
                List<String> leaders = actors(c.byAgent(i + 1), EntityKind.PERSON);
                if (!leaders.isEmpty()) return leaders;
            }
            if (w.startsWith("visit") || w.startsWith("arriv") || w.startsWith("travel")) {
                List<String> who = actors(c.subjects(i), null);
                if (!who.isEmpty()) return who;
            }
        }
        return before;
    }

    /** "The delegation was led by", "the mission, headed by": a visiting party is named before the verb. */
    private static boolean partyBefore(Frame f, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) if (PARTIES.contains(f.word(k))) return true;
        return false;
    }

    /** The frame's actors of the kind, or its states and organizations where the kind is null. */
    private static List<String> actorsOf(Frame f, EntityKind kind) {
        if (kind != null) return actors(f.phrases, kind);
        List<String> out = new ArrayList<>(actors(f.phrases, EntityKind.STATE));
        for (String o : actors(f.phrases, EntityKind.ORGANIZATION)) if (!out.contains(o)) out.add(o);
        out.sort(java.util.Comparator.comparingInt(a -> firstStart(f, a)));
        return out;
    }

    private static int firstStart(Frame f, String key) {
        for (Phrase p : f.phrases) if (key.equals(p.head())) return p.start();
        return Integer.MAX_VALUE;
    }

    private static List<String> actors(List<Phrase> phrases, EntityKind only) {
        List<String> out = new ArrayList<>();
        for (Phrase p : phrases) {
            if (p.head() == null || !p.isActor() || only != null && p.kind() != only) continue;
            if (!out.contains(p.head())) out.add(p.head());
        }
        return out;
    }
}
