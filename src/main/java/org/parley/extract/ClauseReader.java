package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shallow clause reading around a trigger word: who is its subject, what are its objects (with
 * coordination on both sides), and whether it is negated, hedged or hypothetical. The rules are
 * the plain shapes of English news sentences, not a parser: they look only inside the trigger's clause.
 */
final class ClauseReader {
    static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "'s");
    static final Set<String> AUX = Set.of("is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "to",
            "also", "set", "scheduled", "expected", "likely", "due", "going", "reportedly", "later", "formally",
            "officially", "already", "personally", "courteously", "then", "now", "recently", "previously",
            "again", "once", "jointly", "publicly", "privately", "repeatedly", "further", "earlier", "today", "honoured",
            "honored", "pleased", "ready", "’s", "n't", "not", "never", "just", "still", "finally", "reported",
            "both", "all", "each"); // floating quantifiers: "X and Y have both been invited"
    static final Set<String> PREPOSITIONS = Set.of("in", "of", "from", "with", "at", "to", "for", "by", "against", "on",
            "about", "into", "between", "among", "after", "before", "during", "under", "over", "like", "including",
            "than", "toward", "towards", "near", "via", "across", "without", "within", "upon", "amid", "despite", "per");
    static final Set<String> BOUNDARIES = Set.of(";", ":", "“", "”", "\"", "—", "–", "(", ")", "?");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "refused", "declined", "denied",
            "without", "nor", "neither", "won't", "cannot", "yet");
    /** An offer or a readiness to act, which is no act yet: "offered to host", "would be ready to host". */
    private static final Set<String> OFFERS = Set.of("offer", "offers", "offered", "offering", "volunteered", "ready",
            "willing", "prepared");
    private static final Set<String> WISHES = Set.of("hope", "hopes", "hoped", "hoping", "plan", "plans", "planned",
            "planning", "want", "wants", "wanted", "wish", "wishes", "request", "requested", "requests", "seek",
            "seeks", "seeking", "sought", "considering", "consider", "considers", "trying", "try", "tries", "like",
            "urge", "urged", "urges", "asked", "ask", "asks", "intend", "intends", "whether", "proposal", "proposed");
    private static final Set<String> HEDGES = Set.of("likely", "expected", "reportedly", "reported", "reports",
            "allegedly", "possibly", "probably", "may", "might", "could", "would", "unconfirmed", "sources", "according",
            "rumours", "rumors", "believed");
    private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "say", "told", "tell", "added", "announced",
            "confirmed", "stated", "noted", "reported", "claimed", "revealed", "stressed", "declared", "insisted", "wrote");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i");
    private static final Set<String> CLAUSE_OPENERS = Set.of("after", "before", "since", "until");
    private static final Set<String> DELEGATIONS = Set.of("delegation", "delegations", "team");

    private final Frame f;

    ClauseReader(Frame f) {
        this.f = f;
    }

    /** The subject phrases of the verb at {@code trigger}, with the actors coordinated with them. */
    List<Phrase> subjects(int trigger) {
        // "China's embassy said the vessels had intruded and warned Manila": the reporter does both;
        // so in a headline's "PM Lee says Singapore honoured to host summit, invites US leader"
        boolean headlineList = f.word(trigger - 1).equals(",") && f.word(trigger).endsWith("s");
        if (trigger > 0 && (f.word(trigger - 1).equals("and") || f.word(trigger - 1).equals("but") || headlineList)) {
            for (int r = trigger - 2; r >= 0; r--) {
                if (!REPORTING_VERBS.contains(f.word(r)) || !f.pos(r).startsWith("VB")) continue;
                List<Phrase> reporters = subjects(r);
                if (!reporters.isEmpty()) return reporters;
                break;
            }
        }
        List<Phrase> sharedWithFirstConjunct = parallelAuxiliarySubjects(trigger);
        if (!sharedWithFirstConjunct.isEmpty()) return sharedWithFirstConjunct;
        // "X, an adviser to Y, went further, threatening ...": a participle after a comma is the main verb's subject's
        if (trigger > 1 && f.word(trigger - 1).equals(",") && f.word(trigger).endsWith("ing")) {
            for (int v = trigger - 2; v >= 0 && !BOUNDARIES.contains(f.word(v)); v--) {
                if (f.pos(v).startsWith("VB") && !f.word(v).endsWith("ing")) {
                    List<Phrase> main = subjects(v);
                    if (!main.isEmpty()) return main;
                    break;
                }
            }
        }
        int k = trigger - 1;
        while (k >= 0) {
            String w = f.word(k);
            int quoteOpen = QUOTES.contains(w) ? openingQuote(k) : -1;
            if (quoteOpen >= 0) {
                k = quoteOpen - 1; // 'accused the Europeans of "hindering" peace efforts and cautioned': a quoted word or two
                continue;
            }
            if (BOUNDARIES.contains(w)) break;
            // (a participle after a comma, ", threatening ...", opens a clause of its own: no apposition closes there)
            if (w.equals(",") && onlyAuxiliariesBetween(k + 1, trigger) && (k + 1 < trigger || !f.word(trigger).endsWith("ing"))) {
                // "Palau, one of 12 countries that maintain ties with Taipei, is hosting": past the apposition
                Phrase head = beforeApposition(k);
                if (head != null) return coordinatedLeft(head);
            }
            if (w.equals("that") || w.equals("which") || w.equals("who")) {
                if (isComplementizer(k)) {
                    return pronounSubject(k + 1, trigger);
                }
                Phrase rel = f.phraseEndingAt(k);
                if (rel == null && k >= 1) rel = f.phraseEndingAt(k - 1); // "The Taliban movement that ..."
                if (rel != null && (rel.isActor() || rel.description())) return coordinatedLeft(rel);
                break;
            }
            if (w.equals("country") && f.word(k - 1).equals("whose")) {
                // "The Dutch defence minister, whose country is hosting": the country of the one named before
                int j = k - 2;
                while (j >= 0 && f.word(j).equals(",")) j--;
                Phrase owner = f.phraseEndingAt(j + 1);
                if (owner != null && owner.owner() != null) {
                    return List.of(new Phrase(owner.start(), owner.end(), owner.owner(), EntityKind.STATE, null, null, false));
                }
                if (owner != null && owner.kind() == EntityKind.STATE) return List.of(owner);
                break;
            }
            Phrase p = f.phraseAt(k);
            if (p != null && (p.isActor() || p.description())) {
                if ((!prepositional(p) || opensClause(p)) && verbFollows(p, trigger)) return coordinatedLeft(p);
                k = p.start() - 1;
                continue;
            }
            k--;
        }
        return pronounSubject(Math.max(k + 1, 0), trigger);
    }

    private static final Set<String> QUOTES = Set.of("\"", "\u201d", "''");

    /** Where the short quotation that closes at {@code close} opens (at most four words back), or -1. */
    private int openingQuote(int close) {
        for (int k = close - 1; k >= 0 && k >= close - 5; k--) {
            String w = f.word(k);
            if (w.equals("\"") || w.equals("\u201c") || w.equals("``")) return k;
            if (BOUNDARIES.contains(w) || w.equals(",")) return -1;
        }
        return -1;
    }

    private static final Set<String> FINITE_AUXILIARIES = Set.of("has", "have", "had", "will", "would", "is", "was", "are", "were");

    /**
     * "Beijing has demanded that Takaichi retract the remarks and has cautioned Japan": a verb after
     * "and" and an auxiliary shares the subject of the verb after the same auxiliary earlier in the
     * sentence, not of the clause in between.
     */
    private List<Phrase> parallelAuxiliarySubjects(int trigger) {
        int aux = trigger - 1;
        while (aux > 0 && f.pos(aux).equals("RB")) aux--;
        if (aux < 1 || !FINITE_AUXILIARIES.contains(f.word(aux)) || !f.word(aux - 1).equals("and")) return List.of();
        for (int k = 0; k < aux - 1; k++) {
            if (!f.word(k).equals(f.word(aux))) continue;
            int verb = k + 1;
            while (verb < aux && f.pos(verb).equals("RB")) verb++;
            if (verb < aux - 1 && f.pos(verb).startsWith("VB")) return subjects(verb);
            return List.of();
        }
        return List.of();
    }

    private boolean onlyAuxiliariesBetween(int from, int to) {
        for (int j = from; j < to; j++) {
            int past = pastTimePhrase(j, to); // "X, head of ..., yesterday received"
            if (past > j) {
                j = past - 1;
                continue;
            }
            if (!AUX.contains(f.word(j)) && !f.pos(j).equals("RB") && !f.pos(j).equals("MD")) return false;
        }
        return true;
    }

    /**
     * The actor an apposition that closes at the comma {@code close} is set off from: "Palau" in
     * "Palau, one of 12 countries that ..., is hosting". Null where the apposition opens with no
     * actor before it, or names an actor itself (then it is no apposition but a list).
     */
    private Phrase beforeApposition(int close) {
        for (int j = close - 1; j > 0; j--) {
            String w = f.word(j);
            if (BOUNDARIES.contains(w)) return null;
            if (!w.equals(",")) continue;
            Phrase head = f.phraseAt(j - 1); // the phrase may take in the apposition's office: "X, a senior adviser to"
            if (head != null && head.end() > close) return null;
            if (head == null || !head.isActor()) return null;
            if (f.word(j + 1).equals("and") || f.phraseStartingAt(j + 1) != null) return null;
            return head;
        }
        return null;
    }

    /** "Iran said on Monday that it had invited X": a pronoun subject stands for the reporting verb's subject. */
    private List<Phrase> pronounSubject(int from, int trigger) {
        for (int k = from; k < trigger; k++) {
            if (PRONOUNS.contains(f.word(k)) && f.pos(k).startsWith("PRP")) {
                int verb = reportingVerbBefore(from);
                if (verb >= 0) return subjects(verb);
                return List.of();
            }
        }
        return List.of();
    }

    /** Who reports the clause at {@code k}: "Israel said (that) Hezbollah would pay ...": Israel; none when no reporting verb is near. */
    List<Phrase> reporterBefore(int k) {
        int verb = reportingVerbBefore(k);
        return verb >= 0 ? subjects(verb) : List.of();
    }

    private int reportingVerbBefore(int k) {
        for (int j = k - 1; j >= 0 && j >= k - 6; j--) {
            if (REPORTING_VERBS.contains(f.word(j))) return j;
        }
        return -1;
    }

    private boolean isComplementizer(int k) {
        if (!f.word(k).equals("that")) return false;
        return reportingVerbBefore(k) >= 0 || f.pos(k - 1).startsWith("VB");
    }

    /** Whether the tokens between a phrase and the trigger let the phrase be the trigger's subject. */
    private boolean verbFollows(Phrase p, int trigger) {
        int j = p.end();
        while (j < trigger) {
            String w = f.word(j);
            if (w.equals(",")) {
                // a parenthetical between subject and verb, or the comma closing an apposition
                int close = nextComma(j + 1, trigger);
                j = close < 0 ? j + 1 : close + 1;
                continue;
            }
            // "X and several other top officials were invited": a plain noun phrase coordinated with the subject
            if (w.equals("and") && plainNounPhraseUntilAux(j + 1, trigger)) return true;
            if (AUX.contains(w) || f.pos(j).equals("RB") || f.pos(j).equals("MD")) {
                j++;
                continue;
            }
            if (PhraseChunker.STATE_GROUP_NOUNS.contains(w) || w.equals("leaders") || w.equals("movement")) {
                j++;
                continue;
            }
            // where the subject is: "China's embassy in Manila warned", "the delegation in Geneva said"
            Phrase where = f.phraseAt(j + 1);
            if ((w.equals("in") || w.equals("at")) && where != null && where.kind() == EntityKind.PLACE && where.start() == j + 1) {
                j = where.end();
                continue;
            }
            // a time phrase between subject and verb ("on Sunday", "later on Friday", "yesterday", "last week")
            int past = pastTimePhrase(j, trigger);
            if (past > j) {
                j = past;
                continue;
            }
            if (f.pos(j).startsWith("VB")) return true; // "X asked Y to ... and warned": the first verb of a coordination
            return false;
        }
        return true;
    }

    /** Past a time phrase at {@code j} ("on Monday evening", "in March", "yesterday", "last week"), or {@code j}. */
    private int pastTimePhrase(int j, int limit) {
        String w = f.word(j);
        if ((w.equals("on") || w.equals("in") || w.equals("this") || w.equals("last")) && j + 1 < limit
                && f.refs.tokens().get(j + 1).isCapitalized() && f.phraseAt(j + 1) == null) {
            return j + 2 < limit && PARTS_OF_DAY.contains(f.word(j + 2)) ? j + 3 : j + 2;
        }
        if (DAYS.contains(w.toLowerCase(Locale.ROOT))) return j + 1;
        if ((w.equals("this") || w.equals("last") || w.equals("next")) && j + 1 < limit && TIME_UNITS.contains(f.word(j + 1))) return j + 2;
        return j;
    }

    private static final Set<String> DAYS = Set.of("yesterday", "today", "tonight", "tomorrow");
    private static final Set<String> PARTS_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> TIME_UNITS = Set.of("week", "month", "year", "weekend");

    private boolean plainNounPhraseUntilAux(int from, int trigger) {
        int j = from;
        boolean noun = false;
        while (j < trigger) {
            String pos = f.pos(j);
            if (f.phraseAt(j) != null) return false;
            if (pos.startsWith("NN")) noun = true;
            else if (!(pos.startsWith("JJ") || pos.equals("DT") || pos.equals("CD"))) break;
            j++;
        }
        if (!noun) return false;
        while (j < trigger && (AUX.contains(f.word(j)) || f.pos(j).equals("RB"))) j++;
        return j == trigger;
    }

    private int nextComma(int from, int limit) {
        for (int j = from; j < limit; j++) if (f.word(j).equals(",")) return j;
        return -1;
    }

    /**
     * "a week after Erdogan received X", "before Kenya hosted the talks": a word that is a
     * preposition before a noun opens a clause when the phrase it governs has a verb of its own.
     */
    private boolean opensClause(Phrase p) {
        int k = governingWord(p);
        return k >= 0 && CLAUSE_OPENERS.contains(f.word(k));
    }

    /** The word before a phrase and its leading "the" and adjectives, which governs it; -1 at the start. */
    private int governingWord(Phrase p) {
        int k = p.start() - 1;
        while (k >= 0 && (f.word(k).equals("the") || f.pos(k).startsWith("JJ") || STYLES.contains(f.word(k)))) k--;
        return k;
    }

    /** "His Highness the Amir X", "Her Majesty": a style before a name governs nothing (the tagger may call it a verb). */
    private static final Set<String> STYLES = Set.of("highness", "majesty", "excellency", "holiness", "royal");

    private boolean prepositional(Phrase p) {
        int k = governingWord(p);
        if (k < 0) return false;
        String w = f.word(k);
        if (PREPOSITIONS.contains(w)) return true;
        // the object of a verb ("asked Pakistan to desist") is not a subject
        if (f.pos(k).startsWith("VB") && !AUX.contains(w) && !REPORTING_VERBS.contains(w)) return true;
        // inside a coordination that a preposition governs: "to Iraq and Oman"
        if (w.equals("and")) {
            Phrase before = f.phraseEndingAt(k);
            if (before != null && before.isActor()) return prepositional(before);
        }
        return false;
    }

    /** p and the actors before it joined by commas and "and": "Qatar, Egypt and the United States". */
    List<Phrase> coordinatedLeft(Phrase p) {
        List<Phrase> out = new ArrayList<>();
        out.add(0, p);
        Phrase cur = p;
        while (true) {
            int k = beforeSpouseNoun(cur.start()) - 1;
            int glue = 0;
            while (k >= 0 && (f.word(k).equals(",") || f.word(k).equals("and") || f.word(k).equals("&") || f.word(k).equals("the")
                    || f.pos(k).equals("RB") && f.phraseAt(k) == null)) {
                if (f.word(k).equals(",") || f.word(k).equals("and") || f.word(k).equals("&")) glue++;
                k--;
            }
            if (glue == 0 || k < 0) break;
            Phrase prev = f.phraseEndingAt(k + 1);
            if (prev == null || !prev.isActor() && !prev.description()) break;
            // "Visiting Lebanon, Katz warns", "In addition to Kim, Choe ... were invited": not a list
            // (headlines list without "and": "Qatar, Egypt, US invite ...")
            if (!hasAnd(prev.end(), cur.start()) && prepositional(prev)) break;
            out.add(0, prev);
            cur = prev;
        }
        return out;
    }

    /**
     * "X and her husband Y", "X and his wife, Y": where the name at {@code start} follows a spouse
     * noun, where "his wife" begins; else {@code start}.
     */
    int beforeSpouseNoun(int start) {
        int k = start - 1;
        if (k >= 0 && f.word(k).equals(",")) k--;
        boolean spouse = k >= 1 && MentionFinder.SPOUSE_NOUNS.contains(f.word(k)) && PhraseChunker.POSSESSIVE_PRONOUNS.contains(f.word(k - 1));
        return spouse ? k - 1 : start;
    }

    private boolean hasAnd(int from, int to) {
        for (int k = from; k < to; k++) if (f.word(k).equals("and") || f.word(k).equals("&")) return true;
        return false;
    }

    /** The actor phrases right after token {@code from}, with those coordinated with them. */
    List<Phrase> objects(int from) {
        int j = pastTimePhrase(from, f.size()); // "received on Monday evening X"
        while (j < f.size() && (f.word(j).equals("the") || f.word(j).equals("his") || f.word(j).equals("her")
                || f.pos(j).equals("RB") || f.word(j).equals("a") || f.word(j).equals("an"))) {
            if (f.phraseAt(j) != null) break;
            j++;
        }
        Phrase p = f.phraseAt(j);
        // "separate delegations from Hamas and Israel": past the adjectives before a group noun
        int g = j;
        while (p == null && g < f.size() - 1 && f.pos(g).startsWith("JJ") && !f.refs.tokens().get(g).isCapitalized()) g++;
        if (g > j && (DELEGATIONS.contains(f.word(g)) || TitleClass.isPlural(f.word(g)))) j = g;
        // "a delegation from Uganda", "envoys from Ethiopia": the state or body whose delegation or people they are
        boolean group = DELEGATIONS.contains(f.word(j)) || TitleClass.isPlural(f.word(j));
        if (p == null && group && (f.word(j + 1).equals("from") || f.word(j + 1).equals("of"))) {
            return objects(j + 2);
        }
        if (p == null || !(p.isActor() || p.description())) return namedAfterIncluding(j);
        // "the heads of state of Ethiopia and Uganda", "the leaders of Egypt and Qatar": the states they lead
        if (p.description() && p.owner() == null && p.title() != null && TitleClass.isPlural(p.title()) && f.word(p.end()).equals("of")) {
            int k = p.end() + 1;
            if ((f.word(k).equals("state") || f.word(k).equals("government")) && f.word(k + 1).equals("of")) k += 2;
            List<Phrase> whose = objects(k);
            if (!whose.isEmpty()) return whose;
        }
        return coordinatedRight(p);
    }

    /**
     * "invited regional leaders, including Kenya's William Ruto": a plain noun phrase whose members
     * are named after "including" or "such as", or after a colon ("seven countries: A, B and C"), stands for them.
     */
    private static final Set<String> COMPARATIVES = Set.of("more", "fewer", "less");

    private List<Phrase> namedAfterIncluding(int from) {
        int k = from;
        // "regional leaders", "several heads of state", "more than 50 heads of state and government"
        while (k < f.size() && k < from + 9 && (f.phraseAt(k) == null || f.phraseAt(k).description())
                && !f.refs.tokens().get(k).isCapitalized()
                && (f.pos(k).startsWith("NN") || f.pos(k).startsWith("JJ") || f.pos(k).equals("CD")
                || f.word(k).equals("than") && k > from && COMPARATIVES.contains(f.word(k - 1))
                || (f.word(k).equals("of") || f.word(k).equals("and")) && k > from && f.pos(k + 1).startsWith("NN"))) k++;
        if (k == from) return List.of();
        if (f.word(k).equals(":")) {
            k++;
        } else {
            if (f.word(k).equals(",")) k++;
            if (f.word(k).equals("including")) k++;
            else if (f.word(k).equals("such") && f.word(k + 1).equals("as")) k += 2;
            else return List.of();
        }
        Phrase named = f.phraseStartingAt(k);
        return named != null && (named.isActor() || named.description()) ? coordinatedRight(named) : List.of();
    }

    List<Phrase> coordinatedRight(Phrase p) {
        List<Phrase> out = new ArrayList<>();
        List<Boolean> linkedByAnd = new ArrayList<>();
        out.add(p);
        Phrase cur = p;
        while (true) {
            int k = cur.end();
            // skip a reduced relative "led by X" after a delegation
            if (f.word(k).equals(",") && (f.word(k + 1).equals("led") || f.word(k + 1).equals("headed"))) k++;
            if (f.word(k).equals("led") || f.word(k).equals("headed")) {
                Phrase by = f.phraseAt(k + 2);
                if (f.word(k + 1).equals("by") && by != null) k = by.end();
            }
            // "the Arakan Army (AA) and ...": an acronym in brackets restates the actor
            if (f.word(k).equals("(") && f.word(k + 2).equals(")") && isUpperCase(f.refs.tokens().get(k + 1).text())) k += 3;
            int glue = 0;
            while (k < f.size() && (f.word(k).equals(",") || f.word(k).equals("and") || f.word(k).equals("&") || f.word(k).equals("the"))) {
                if (!f.word(k).equals("the")) glue++;
                k++;
            }
            if (glue == 0) break;
            Phrase next = f.phraseStartingAt(k);
            if (next == null || !next.isActor() && !next.description()) break;
            out.add(next);
            linkedByAnd.add(hasAnd(cur.end(), next.start()));
            cur = next;
        }
        // "At the invitation of X, Y visited": a comma alone does not make a list; one ends in "and"
        while (!linkedByAnd.isEmpty() && !linkedByAnd.get(linkedByAnd.size() - 1)) {
            linkedByAnd.remove(linkedByAnd.size() - 1);
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The phrase after "by" following token {@code from} (passives: "was invited by X"), or empty. */
    List<Phrase> byAgent(int from) {
        int j = from;
        for (int n = 0; n < 4 && j < f.size(); n++, j++) {
            if (f.word(j).equals("by")) return objects(j + 1);
            if (BOUNDARIES.contains(f.word(j)) || f.word(j).equals(",")) break;
        }
        return List.of();
    }

    boolean negated(int trigger) {
        // A negation belongs to the nearest main verb: in "will not attend the summit hosted by Egypt"
        // it is attendance that is denied. A noun trigger's own verb ("did not receive an invitation") may
        // stand between.
        if (inDeniedReport(trigger)) return true;
        int verbsToPass = f.pos(trigger).startsWith("VB") ? 0 : 1;
        for (int k = trigger - 1; k >= 0 && k >= trigger - 4; k--) {
            String w = f.word(k);
            if (NEGATIONS.contains(w)) return true;
            if (BOUNDARIES.contains(w) || w.equals(",")) break;
            if (f.pos(k).startsWith("VB") && !AUX.contains(w) && verbsToPass-- == 0) break;
        }
        return false;
    }

    private static final Set<String> DENIALS = Set.of("dismissed", "denied", "rejected", "refuted", "dismisses", "denies",
            "rejects", "dismissing", "denying", "rejecting");
    private static final Set<String> REPORTS = Set.of("reports", "report", "claims", "claim", "suggestions", "speculation",
            "rumours", "rumors", "allegations");

    /** "dismissed reports that India had been invited": the clause of a report the sentence denies. */
    private boolean inDeniedReport(int trigger) {
        for (int k = trigger - 1; k >= 2 && k >= trigger - 10; k--) {
            String w = f.word(k);
            if (BOUNDARIES.contains(w) || w.equals(",")) return false;
            if (w.equals("that") && REPORTS.contains(f.word(k - 1)) && DENIALS.contains(f.word(k - 2))) return true;
        }
        return false;
    }

    /** Wished-for or planned but not done: "hopes to invite", "Kiev's request to invite". */
    boolean wished(int trigger) {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 4; k--) {
            String w = f.word(k);
            if (WISHES.contains(w)) return true;
            // "offered to host the talks" is an offer, "ready to host" a readiness; "offered an invitation" is made
            if (OFFERS.contains(w) && f.word(k + 1).equals("to")) return true;
            if (BOUNDARIES.contains(w) || w.equals(",")) break;
        }
        return false;
    }

    /** Inside "if ..." or "whether ...", or a question. */
    boolean hypothetical(int trigger) {
        if (f.text().strip().endsWith("?")) return true;
        // "If Ethiopia builds the dam, Egypt will warn ...": the main clause of a condition
        if ((f.word(0).equals("if") || f.word(0).equals("unless")) && commaBetween(0, trigger)) return true;
        // "Brazil would warn Argentina if ...": a conditional act
        if (conditionalModalBefore(trigger) && wordAfter(trigger, "if")) return true;
        for (int k = trigger - 1; k >= 0; k--) {
            String w = f.word(k);
            if (w.equals("if") || w.equals("unless") || w.equals("whether")) return true;
            if (BOUNDARIES.contains(w) || w.equals(",") || w.equals("that")) break;
        }
        return false;
    }

    private boolean commaBetween(int from, int to) {
        for (int k = from; k < to; k++) if (f.word(k).equals(",")) return true;
        return false;
    }

    private boolean conditionalModalBefore(int trigger) {
        for (int k = trigger - 1; k >= 0 && k >= trigger - 3; k--) {
            if (f.word(k).equals("would") || f.word(k).equals("could")) return true;
        }
        return false;
    }

    private boolean wordAfter(int trigger, String word) {
        for (int k = trigger + 1; k < f.size(); k++) if (f.word(k).equals(word)) return true;
        return false;
    }

    boolean hedged(int trigger) {
        for (int k = 0; k < trigger; k++) if (HEDGES.contains(f.word(k))) return true;
        return false;
    }

    boolean passive(int trigger) {
        if (f.word(trigger).endsWith("ing")) return false; // "is hosting", "Oman's hosting"
        int k = trigger - 1;
        while (k >= 0 && f.pos(k).equals("RB")) k--;
        return k >= 0 && BE.contains(f.word(k).replace('\u2019', '\''));
    }

    /** Whether a reporting verb comes between two tokens: "invited X to visit Tokyo, Y told a news conference". */
    boolean reportedBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) if (REPORTING_VERBS.contains(f.word(k))) return true;
        return false;
    }

    /** The first event phrase after (or failing that, before) a token, in this sentence. */
    Phrase nearestEvent(int from) {
        Phrase best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Phrase p : f.phrases) {
            if (p.kind() != EntityKind.EVENT) continue;
            int d = p.start() >= from ? p.start() - from : (from - p.end()) + 1000;
            if (d < bestDistance) {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * The actor a phrase stands for: its head, or for an unresolved plural description ("the
     * Chinese leaders") the state it names.
     */
    String actorOf(Phrase p) {
        if (p.head() != null) return p.head();
        if (p.description() && p.owner() != null && p.title() != null && TitleClass.isPlural(p.title())) {
            // "the two EU leaders" named before are those people (the pattern engine reads them), not the EU
            for (int k = p.start(); k < p.end(); k++) if (f.references.containsKey(k)) return null;
            return p.owner();
        }
        return null;
    }

    private static boolean isUpperCase(String w) {
        return !w.isEmpty() && w.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.' || ch == '-');
    }

    boolean isPronoun(int i) {
        String w = f.word(i);
        // "invites US leader": the country, not "us"
        boolean us = w.equals("us") && i < f.size() && !f.refs.tokens().get(i).text().equals("US");
        return w.equals("him") || w.equals("her") || w.equals("them") || us;
    }
}
