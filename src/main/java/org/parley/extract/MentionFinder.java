package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Finds the spans of one sentence that name actors, titles, places and events, from the gazetteer,
 * the lexicons and the shape of the words (capitalized runs). It does not decide who is who
 * across sentences: that is {@link PersonDirectory}'s job.
 */
public final class MentionFinder {
    static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "or", "nor", "according", "however",
            "earlier", "later", "meanwhile", "after", "before", "while", "during", "with", "without", "this", "that",
            "these", "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "its", "my",
            "your", "there", "here", "when", "where", "what", "who", "whom", "whose", "why", "how", "if", "as",
            "nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone", "nothing", "everything",
            "something", "none", "others", "since", "until", "under", "over", "also", "both", "all", "some", "no", "not", "yes", "by", "from", "to",
            "into", "about", "against", "between", "among", "despite", "following", "amid", "per", "via", "than",
            "then", "so", "yet", "still", "now", "just", "only", "even", "such", "any", "each", "every", "other",
            "another", "many", "much", "more", "most", "few", "several", "last", "next", "first", "second",
            "one", "two", "three", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "do", "does", "did", "said", "says", "quote",
            "source", "details", "background", "read", "watch", "photo", "reporting", "editing", "update",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "today", "yesterday", "tomorrow");
    static final Set<String> NAME_CONNECTORS = Set.of(
            "bin", "bint", "ibn", "al", "el", "de", "da", "van", "von", "der", "den", "le", "la", "du", "ben", "abu", "dos", "di");
    static final Set<String> ORGANIZATION_HEADS = Set.of(
            "ministry", "office", "council", "department", "agency", "organization", "organisation", "committee",
            "commission", "assembly", "forces", "force", "army", "navy", "military", "party", "movement", "front",
            "union", "league", "bank", "fund", "court", "tribunal", "presidency", "directorate", "corps", "guard",
            "guards", "parliament", "senate", "congress", "cabinet", "government", "authority", "institute",
            "service", "services", "bureau", "secretariat", "staff", "brigade", "brigades", "group", "association",
            "alliance", "coalition", "federation", "foundation", "embassy", "consulate", "mission", "command",
            "chiefs", "police", "administration", "knesset", "duma", "majlis", "politburo", "junta", "regime",
            "company", "corporation", "centre", "center", "program", "programme", "delegation");
    static final Set<String> PLACE_HEADS = Set.of(
            "palace", "cosmodrome", "strait", "strip", "lake", "lakes", "sea", "seas", "ocean", "river", "island", "islands",
            "peninsula", "mountains", "mountain", "square", "street", "airport", "base", "resort", "hotel", "dam", "shoal",
            "reef", "bridge", "pipeline", "crossing",
            "region", "province", "city", "valley", "gulf", "bay", "coast", "bank", "heights", "desert", "canal",
            "east", "west", "north", "south", "europe", "asia", "africa", "america", "americas", "hall", "house",
            "building", "centre", "center", "port", "border", "day", "route", "road", "corridor", "highway", "territory",
            "villa", "guesthouse",
            // venues, not actors: "the University of Helsinki", "Turku Castle"
            "university", "academy", "akademi", "college", "castle", "museum", "cathedral",
            // the same venues as other languages name them: "Palacio de la Revolución", "Palais de l'Élysée"
            "palacio", "palais", "palazzo", "palast", "plaza", "castillo", "casa", "maison", "schloss");
    /** World regions that end a place's name: "Indo-Pacific", "the Western Balkans", "South Caucasus". */
    static final Set<String> REGION_HEADS = Set.of("pacific", "atlantic", "balkans", "caucasus", "sahel", "arctic",
            "caribbean", "mediterranean", "levant", "maghreb");
    /** Verbs that take an event as their object, which a tagger may read as nouns before it: no part of the event's name. */
    static final Set<String> GOVERNING_VERBS = Set.of("hold", "holds", "held", "attend", "attends", "attended", "begin",
            "begins", "began", "resume", "resumes", "resumed", "open", "opens", "opened", "join", "joins", "joined",
            "host", "hosts", "hosted", "start", "starts", "started", "end", "ends", "ended", "conclude", "concludes",
            "concluded", "launch", "launches", "launched", "boycott", "boycotts", "boycotted", "skip", "skips", "skipped");
    /** Last words of the names of agreements and texts ("the Paris Agreement", "the Minsk Protocol"): no one's name. */
    static final Set<String> DOCUMENT_HEADS = Set.of("agreement", "agreements", "accord", "accords", "treaty", "protocol",
            "convention", "charter", "declaration", "pact", "initiative", "resolution", "memorandum", "doctrine",
            "framework", "roadmap", "plan", "act");
    static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "middle", "upper", "lower", "northern",
            "southern", "eastern", "western", "greater", "far", "near");
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "across", "around");
    static final Set<String> LOCATIVES = Set.of("in", "at", "near", "into", "outside", "inside", "across", "around", "via", "from", "to", "toward", "towards");

    /** Words that number or date an occasion, which taggers of headlines often misread as adverbs. */
    private static final Set<String> EVENT_ORDINALS = Set.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "next", "new", "annual", "inaugural", "first-ever", "historic");
    static final Set<String> SPOUSE_NOUNS = Set.of("wife", "husband", "spouse");

    /** Words that qualify an office without being one ("Acting Foreign Minister", "Senior General"). */
    private static final Set<String> TITLE_QUALIFIERS = Set.of("interim", "acting", "senior", "former", "outgoing",
            "incoming", "caretaker");
    private static final Set<Mention.Type> NAME_RUNS_OF_EVENTS = Set.of(Mention.Type.PERSON_NAME, Mention.Type.PLACE_NAME, Mention.Type.BARE_NAME);

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;

    Gazetteer gazetteer() { return gazetteer; }

    public MentionFinder(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
    }

    public List<Mention> find(Sentence s) {
        List<Token> t = s.tokens();
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            Mention m = media(s, i);
            if (m == null) m = personAfterTitle(s, i, out);
            if (m == null) m = gazetteer(s, i);
            if (m == null) m = title(s, i);
            if (m == null) m = honorific(s, i);
            if (m == null) m = nameRun(s, i, out);
            if (m != null && m.type() == Mention.Type.ORGANIZATION_NAME) m = withStatePrefix(s, m, out);
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        addStateBodies(s, out);
        out.removeIf(m -> isNationality(s, m));
        if (isTitleCased(s)) demoteUnknownNames(s, out);
        addEvents(s, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private Mention media(Sentence s, int i) {
        if (!s.tokens().get(i).isCapitalized()) return null;
        for (int j = Math.min(s.tokens().size(), i + 6); j > i; j--) {
            String text = s.span(i, j);
            if (lexicon.isMedia(text)) {
                // one-word outlets that are also English words ("Time", "Dawn") only count capitalized mid-sentence
                if (j - i == 1 && i == 0 && !isUpper(text) && !speechOrRelationVerbAfter(s, 1)) return null; // but "Xinhua said"
                // short outlets are acronyms ("RT", "AP"): "the Rt Hon" is a courtesy title
                if (j - i == 1 && text.length() <= 3 && !isUpper(text)) return null;
                // "Foreign Affairs Minister X": an outlet's name that starts a longer title is the title's
                if (j < s.tokens().size() && lexicon.isTitle(s.span(i, j + 1).toLowerCase(Locale.ROOT))) return null;
                return new Mention(i, j, Mention.Type.MEDIA, text, null);
            }
        }
        return outletByHead(s, i);
    }

    /** Last words of news outlets' names: "Jiji Press", "Khaama Press", "The Australian Financial Review", "Kyiv Post". */
    private static final Set<String> OUTLET_HEADS = Set.of("press", "news", "times", "post", "herald", "tribune", "gazette",
            "journal", "review", "telegraph", "chronicle", "observer");

    /** An outlet not in the list: two to four name words ending in an outlet's head, and no name word after it. */
    private Mention outletByHead(Sentence s, int i) {
        List<Token> t = s.tokens();
        for (int j = i + 2; j <= Math.min(t.size(), i + 4); j++) {
            if (!isNameWord(s, j - 1)) return null;
            if (!OUTLET_HEADS.contains(t.get(j - 1).text().toLowerCase(Locale.ROOT))) continue;
            if (j < t.size() && isNameWord(s, j)) return null; // "White House Press Secretary Karine Jean-Pierre"
            return new Mention(i, j, Mention.Type.MEDIA, s.span(i, j), null);
        }
        return null;
    }

    /** "Defense Minister Israel Katz": after a title, a state's name followed by a name is a person's first name. */
    private Mention personAfterTitle(Sentence s, int i, List<Mention> found) {
        if (found.isEmpty()) return null;
        Mention prev = found.get(found.size() - 1);
        if ((prev.type() != Mention.Type.TITLE && prev.type() != Mention.Type.HONORIFIC) || prev.end() != i) return null;
        if (i + 1 >= s.tokens().size()) return null;
        // "Vice Premier He Lifeng", "spokeswoman He Yongqian": the family name He, not the pronoun
        if (s.tokens().get(i).text().equals("He") && isNameWord(s, i + 1)) {
            int end = extendName(s, i + 1);
            return new Mention(i, end, Mention.Type.PERSON_NAME, s.span(i, end), null);
        }
        Optional<Gazetteer.Match> g = gazetteer.lookup(s.tokens().get(i).text());
        if (g.isEmpty() || !isNameWord(s, i + 1) || gazetteer.lookup(s.tokens().get(i + 1).text()).isPresent()) return null;
        int end = extendName(s, i + 1);
        return new Mention(i, end, Mention.Type.PERSON_NAME, s.span(i, end), null);
    }

    private Mention gazetteer(Sentence s, int i) {
        List<Token> t = s.tokens();
        if (!startsLikeName(t.get(i)) || !gazetteer.mayStartForm(t.get(i).text())) return null;
        for (int j = Math.min(t.size(), i + gazetteer.longestForm()); j > i; j--) {
            String text = s.span(i, j);
            Optional<Gazetteer.Match> m = gazetteer.lookup(text);
            if (m.isPresent()) {
                // a name continues past the gazetteer form ("Jordan Bardella", "Washington Post") only with capitals
                if (j < t.size() && m.get().form() != Gazetteer.Form.DEMONYM && isNameWord(s, j) && !isAlsoKnown(s, j)
                        && contiguousWords(s, j) && !isUpper(text) && !startsTitle(s, j) && !afterPostingTo(s, i)
                        && !stateOfOffice(s, i, m.get())) {
                    return null;
                }
                return new Mention(i, j, Mention.Type.GAZETTEER, text, m.get());
            }
        }
        return null;
    }

    /**
     * "the UN's nuclear watchdog": the other gazetteer entry a gazetteer name names as its possessor,
     * which the article thereby mentions too.
     */
    Optional<Gazetteer.Match> namedPossessor(Mention m) {
        if (m.type() != Mention.Type.GAZETTEER) return Optional.empty();
        String text = m.text().replace('\u2019', '\'');
        int possessive = text.indexOf("'s ");
        if (possessive <= 0) return Optional.empty();
        String possessor = text.substring(0, possessive).replaceFirst("^(?i)the ", "");
        return gazetteer.lookup(possessor).filter(p -> !p.entry().iri().equals(m.gaz().entry().iri()));
    }

    /**
     * "Ambassador to Israel Mike Huckabee", "Special Envoy for Sudan Tom Perriello": after a posting's
     * "to" or an envoy's "for" the state is the post, and the name after it a person's.
     */
    private boolean afterPostingTo(Sentence s, int i) {
        List<Token> t = s.tokens();
        int k = i - 1;
        if (k >= 0 && t.get(k).text().equalsIgnoreCase("the")) k--;
        if (k < 1) return false;
        String preposition = t.get(k).text().toLowerCase(Locale.ROOT);
        if (!preposition.equals("to") && !preposition.equals("for")) return false;
        // "Special Representative of the State Department for Afghanistan Tom West": past the body the envoy is of
        int j = k - 1;
        while (j > 1 && t.get(j).isCapitalized() && !lexicon.isTitle(t.get(j).text().toLowerCase(Locale.ROOT))) j--;
        if (j < k - 1) {
            if (t.get(j).text().equalsIgnoreCase("the")) j--;
            if (j < 1 || !t.get(j).text().equals("of")) return false;
            j--;
        }
        String title = t.get(j).text().toLowerCase(Locale.ROOT);
        if (!lexicon.isTitle(title)) return false;
        return preposition.equals("to") ? TitleClass.isPostedTo(title) : TitleClass.isPostedFor(title);
    }

    /** "President of Iceland Gudni Johannesson": a state named as an office's, after which the holder's name follows. */
    private boolean stateOfOffice(Sentence s, int i, Gazetteer.Match m) {
        if (m.form() != Gazetteer.Form.NAME || m.entry().kind() != EntityKind.STATE) return false;
        List<Token> t = s.tokens();
        int k = i - 1;
        if (k >= 0 && t.get(k).text().equalsIgnoreCase("the")) k--;
        return k >= 1 && t.get(k).text().equals("of") && lexicon.isTitle(t.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    private boolean isAlsoKnown(Sentence s, int j) {
        String w = s.tokens().get(j).text();
        List<Token> t = s.tokens();
        // "White House Indo-Pacific coordinator": a region after a body's name is the field of the office that follows
        boolean region = REGION_HEADS.contains(w.toLowerCase(Locale.ROOT)) || j + 2 < t.size() && t.get(j + 1).text().equals("-")
                && REGION_HEADS.contains(t.get(j + 2).text().toLowerCase(Locale.ROOT));
        return region || gazetteer.lookup(w).isPresent() || lexicon.isTitle(w.toLowerCase(Locale.ROOT))
                || ORGANIZATION_HEADS.contains(w.toLowerCase(Locale.ROOT)) || PLACE_HEADS.contains(w.toLowerCase(Locale.ROOT))
                || lexicon.isEventNoun(w);
    }

    private static boolean contiguousWords(Sentence s, int j) {
        return s.tokens().get(j).start() - s.tokens().get(j - 1).end() <= 1;
    }

    private static final Set<String> PORTFOLIOS = Set.of("affairs", "development", "security", "defence", "defense",
            "trade", "energy", "finance", "economy", "health", "education", "cooperation", "planning", "information",
            "justice", "interior", "relations", "policy", "communications");
    /** Titles that are also first names ("Amir Khan Mottaki", "Sultan bin Saad Al Muraikhi"): a name when a name follows, then another name word. */
    private static final Set<String> NAME_LIKE_TITLES = Set.of("amir", "emir", "sultan");

    /** Fields a cabinet post may be named for before "Minister" or "Secretary" ("Security Secretary", "Climate Minister"). */
    private static final Set<String> CABINET_FIELDS = Set.of("security", "homeland", "climate", "environment", "agriculture",
            "transport", "labour", "labor", "tourism", "culture", "industry", "commerce", "trade", "finance", "treasury",
            "energy", "health", "education", "justice", "interior", "home", "information", "immigration", "housing",
            "water", "mines", "mining", "fisheries", "science", "technology", "digital", "economy", "development",
            "cooperation", "planning", "communications", "public", "welfare", "sports", "youth", "veterans", "war");
    private static final Set<String> CABINET_HEADS = Set.of("minister", "secretary");

    private Mention title(Sentence s, int i) {
        List<Token> t = s.tokens();
        Mention cabinet = cabinetPost(s, i);
        if (cabinet != null) return cabinet;
        if (!mayStartTitle(t.get(i))) return null;
        for (int j = Math.min(t.size(), i + lexicon.longestTitle()); j > i; j--) {
            String words = s.span(i, j).toLowerCase(Locale.ROOT).replace(" - ", "-").replace('\u2019', '\'');
            if (lexicon.isTitle(words) || lexicon.isTitle(Lexicon.singular(words))) {
                // "official visit", "head of state visit": a title word before an event noun is an adjective
                if (j < t.size() && lexicon.isEventNoun(t.get(j).text()) && !t.get(i).isCapitalized() && !visitsSomewhere(s, j)) return null;
                if (j == i + 1 && NAME_LIKE_TITLES.contains(words) && j + 1 < t.size() && (isNameWord(s, j) || isConnector(s, j)) && isNameWord(s, j + 1)
                        && (i == 0 || !isPossessive(t.get(i - 1).text()) && !t.get(i - 1).text().equalsIgnoreCase("the")
                        && gazetteer.lookup(t.get(i - 1).text()).isEmpty())) return null;
                // "Egypt's General Intelligence Service", "the General Assembly": a rank that starts a body's name
                if (j == i + 1 && t.get(i).isCapitalized() && startsOrganizationName(s, i)) return null;
                return new Mention(i, portfolioEnd(s, j), Mention.Type.TITLE, s.span(i, portfolioEnd(s, j)), null);
            }
        }
        return null;
    }

    /**
     * "Security Secretary", "Homeland Security Secretary", "Climate Minister": a capitalised field
     * before "Minister" or "Secretary" names a cabinet post, whether or not the word list has it.
     */
    private Mention cabinetPost(Sentence s, int i) {
        List<Token> t = s.tokens();
        int k = i;
        while (k < t.size() && k < i + 2 && t.get(k).isCapitalized() && CABINET_FIELDS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) k++;
        if (k == i || k >= t.size() || !t.get(k).isCapitalized() || !CABINET_HEADS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        return new Mention(i, k + 1, Mention.Type.TITLE, s.span(i, k + 1), null);
    }

    /**
     * "Minister of State for Foreign Affairs", "Under Secretary of State for Political Affairs", "Assistant
     * Secretary of State for East Asian and Pacific Affairs": the portfolio is part of the title.
     */
    private static int portfolioEnd(Sentence s, int j) {
        List<Token> t = s.tokens();
        if (j >= t.size() || !(t.get(j).text().equals("for") || t.get(j).text().equals("of"))) return j;
        int k = j + 1;
        // "for East Asian and Pacific Affairs": a portfolio may name a region of several words
        while (k < t.size() && k <= j + 6 && (t.get(k).isCapitalized() || t.get(k).text().equals("and"))) {
            if (PORTFOLIOS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) return k + 1;
            k++;
        }
        return j;
    }

    /** Whether the capitalized run from {@code i} ends in an organization's head: a rank word there is part of the name. */
    private boolean startsOrganizationName(Sentence s, int i) {
        List<Token> t = s.tokens();
        int k = i + 1;
        while (k < t.size() && t.get(k).isCapitalized() && !FUNCTION_WORDS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) k++;
        return k > i + 1 && ORGANIZATION_HEADS.contains(t.get(k - 1).text().toLowerCase(Locale.ROOT));
    }

    private static int pastAbbreviationDot(Sentence s, int i) {
        int end = i + 1;
        List<Token> t = s.tokens();
        return end < t.size() && t.get(end).text().equals(".") && t.get(end).start() == t.get(i).end() ? end + 1 : end;
    }

    private Mention honorific(Sentence s, int i) {
        Token tok = s.tokens().get(i);
        if (!tok.isCapitalized() || !lexicon.isHonorific(tok.text()) || startsOrganizationName(s, i)) return null;
        int end = pastAbbreviationDot(s, i);
        // "Lt. Gen. Abdel Fattah Al Burhan", "Maj. Gen. X": ranks in a row are one honorific
        while (end < s.tokens().size() && s.tokens().get(end).isCapitalized() && lexicon.isHonorific(s.tokens().get(end).text())) {
            end = pastAbbreviationDot(s, end);
        }
        if (end >= s.tokens().size() || !isNameWord(s, end)) return null;
        return new Mention(i, end, Mention.Type.HONORIFIC, s.span(i, end), null);
    }

    private Mention nameRun(Sentence s, int i, List<Mention> found) {
        if (isConnector(s, i) && i + 2 < s.tokens().size() && s.tokens().get(i + 1).text().equals("-")
                && isNameWord(s, i + 2) && s.tokens().get(i + 1).start() == s.tokens().get(i).end()) {
            int end = extendName(s, i + 2);
            // "al-Sisi" is a surname to resolve; "Al-Harith Idriss" a full name that starts with its particle
            String last = s.tokens().get(end - 1).text().toLowerCase(Locale.ROOT);
            boolean fullName = nameWords(s, i + 2, end) >= 2 && !ORGANIZATION_HEADS.contains(last) && !PLACE_HEADS.contains(last)
                    && !DOCUMENT_HEADS.contains(last) && !lexicon.isEventNoun(last);
            return new Mention(i, end, fullName ? Mention.Type.PERSON_NAME : Mention.Type.BARE_NAME, nameText(s, i, end), null);
        }
        if (s.tokens().get(i).isCapitalized() && lexicon.isHonorific(s.tokens().get(i).text()) && startsOrganizationName(s, i)) {
            // "General Intelligence Service": a rank that starts a body's name
            int k = i + 1;
            while (k < s.tokens().size() && isNameWord(s, k)) k++;
            int end = extendOrganization(s, k);
            return new Mention(i, end, Mention.Type.ORGANIZATION_NAME, s.span(i, end), null);
        }
        if (!isNameWord(s, i)) return null;
        // "Interim Afghan Foreign Minister": a qualified office, no name
        if (TITLE_QUALIFIERS.contains(s.tokens().get(i).text().toLowerCase(Locale.ROOT)) && startsTitle(s, i)) return null;
        // but "Trump has threatened ...": a one-word name acting, where the parser ran and calls it a proper noun ("Trade warned" is no one)
        if (i == 0 && isCommonWordAtStart(s.tokens().get(0)) && !startsTwoWordName(s) && !startsBodyName(s)
                && !(speechOrRelationVerbAfter(s, 1) && !looksPlural(s.tokens().get(0).text()) && parsedAsProperNoun(s, 0))) return null;
        int end = extendName(s, i);
        // "Foreign Ministry Saeed Khatibzadeh": an organization's name ends at its head when a name follows
        for (int k = i; k < end - 2; k++) {
            if (ORGANIZATION_HEADS.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT)) && !anyOrgHead(s, k, end)) {
                end = k + 1;
                break;
            }
        }
        String text = nameText(s, i, end);
        // "NEW DELHI:" / "TOKYO, April 3": a dateline in capitals is a place; other runs all in capitals are no names
        if (nameWords(s, i, end) >= 2 && allCapitals(s, i, end)) {
            return i == 0 ? new Mention(i, end, Mention.Type.PLACE_NAME, text, null) : null;
        }
        // "Special Representative for Afghanistan Tom West": after the state an envoy is posted to, the envoy's name
        Mention before = found.isEmpty() ? null : found.get(found.size() - 1);
        if (before != null && before.end() == i && (before.type() == Mention.Type.GAZETTEER || before.type() == Mention.Type.PLACE_NAME)
                && afterPostingTo(s, before.start())) {
            return new Mention(i, end, Mention.Type.PERSON_NAME, text, null);
        }
        String last = s.tokens().get(end - 1).text().toLowerCase(Locale.ROOT);
        String first = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
        // "the Central Asian states", "West African leaders": a region's adjective before a common noun
        if (end - i == 2 && (COMPASS.contains(first) || first.equals("central")) && last.endsWith("an") && end < s.tokens().size()
                && s.tokens().get(end).pos().startsWith("NN") && !s.tokens().get(end).isCapitalized()) {
            return null;
        }
        if (end - i == 2 && COMPASS.contains(first)) {
            return new Mention(i, end, Mention.Type.PLACE_NAME, text, null); // "West Bank", "Middle East", "Far East"
        }
        int joined = andJoinedOrganizationEnd(s, end);
        if (joined > end && !ORGANIZATION_HEADS.contains(last)) {
            end = joined; // "National Security and Defense Council": one name, two runs joined by "and"
            last = s.tokens().get(end - 1).text().toLowerCase(Locale.ROOT);
        }
        if (ORGANIZATION_HEADS.contains(last) || anyOrgHead(s, i, end)) {
            end = extendOrganization(s, end);
            return new Mention(i, end, Mention.Type.ORGANIZATION_NAME, s.span(i, end), null);
        }
        // "Senior Advisor for Africa Massad Boulos": the region an office is for, then the holder's name
        if (PLACE_HEADS.contains(first) && end - i >= 3 && afterPostingTo(s, i)) {
            return new Mention(i, i + 1, Mention.Type.PLACE_NAME, s.tokens().get(i).text(), null);
        }
        // "Indo-Pacific coordinator", "Balkans envoy": a region before an office is the office's field, no place of the sentence
        if (REGION_HEADS.contains(last) && end < s.tokens().size() && lexicon.isTitle(s.tokens().get(end).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        if (PLACE_HEADS.contains(last) || REGION_HEADS.contains(last) || PLACE_HEADS.contains(first) && end - i > 1) {
            return new Mention(i, end, Mention.Type.PLACE_NAME, text, null);
        }
        boolean titled = before != null && before.end() == i
                && (before.type() == Mention.Type.TITLE || before.type() == Mention.Type.HONORIFIC);
        // "talks in New York", "a summit at Camp David": a name after "in"/"at" is a place unless an office introduces it
        // but "at William Ruto's invitation": a possessor is someone's
        boolean possessor = end < s.tokens().size() && isPossessive(s.tokens().get(end).text());
        if (!titled && !possessor && i > 0 && PLACE_PREPOSITIONS.contains(s.tokens().get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return new Mention(i, end, Mention.Type.PLACE_NAME, text, null);
        }
        if (lexicon.isEventNoun(last)) return null; // left for the event finder
        // "the Islamic Republic", "the Hashemite Kingdom": a state described by its form of government, no one's name
        if (BodyAnaphors.STATE_NOUNS.contains(last) && i > 0 && s.tokens().get(i - 1).text().equalsIgnoreCase("the")) return null;
        if (quotedWhole(s, i, end)) return null; // 'an "India Out" campaign': a slogan or a title, not a person
        if (DOCUMENT_HEADS.contains(last) && !titled) return null;
        // "his wife Brigitte": a spouse named by a first name alone is a person all the same
        boolean spouse = i > 0 && SPOUSE_NOUNS.contains(s.tokens().get(i - 1).text().toLowerCase(Locale.ROOT));
        if (nameWords(s, i, end) >= 2 || titled || spouse) return new Mention(i, end, Mention.Type.PERSON_NAME, text, null);
        if (i > 0 && LOCATIVES.contains(s.tokens().get(i - 1).text().toLowerCase(Locale.ROOT))) {
            return new Mention(i, end, Mention.Type.PLACE_NAME, text, null);
        }
        return new Mention(i, end, Mention.Type.BARE_NAME, text, null);
    }

    private boolean anyOrgHead(Sentence s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (ORGANIZATION_HEADS.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Where the capitalized run after an "and" at {@code end} ends in an organization's head
     * ("National Security and Defense Council"), the end of that run; else {@code end}.
     */
    private int andJoinedOrganizationEnd(Sentence s, int end) {
        int k = nameRunAfterAnd(s, end);
        return k > end && ORGANIZATION_HEADS.contains(s.tokens().get(k - 1).text().toLowerCase(Locale.ROOT)) ? k : end;
    }

    /**
     * "Office for Kosovo and Metohija", "Authority of Heads of State and Government": past an "and"
     * that joins a capitalized word to the name's last part, unless it starts a title, a known
     * actor, or an organization of its own.
     */
    private int andContinuedName(Sentence s, int end) {
        int k = nameRunAfterAnd(s, end);
        if (k == end) return end;
        boolean headsOfStateAndGovernment = k == end + 2 && s.tokens().get(end + 1).text().equals("Government");
        return anyOrgHead(s, end, k) && !headsOfStateAndGovernment ? end : k;
    }

    /**
     * Where an "and" at {@code end} is followed by a run of name words that starts no title and no
     * known actor, the end of that run; else {@code end}.
     */
    private int nameRunAfterAnd(Sentence s, int end) {
        List<Token> t = s.tokens();
        if (end + 1 >= t.size() || !t.get(end).text().equals("and") || !isNameWord(s, end + 1) || startsTitle(s, end + 1)
                || gazetteer(s, end + 1) != null) return end;
        int k = end + 1;
        while (k < t.size() && isNameWord(s, k)) k++;
        return k;
    }

    /** Organization names go on through "of (the)" ("Ministry of External Affairs", "Atomic Energy Organization of Iran"). */
    private int extendOrganization(Sentence s, int end) {
        List<Token> t = s.tokens();
        while (end + 1 < t.size()) {
            String w = t.get(end).text().toLowerCase(Locale.ROOT);
            if (!w.equals("of") && !w.equals("for")) break;
            int k = end + 1;
            if (k < t.size() && t.get(k).text().equalsIgnoreCase("the")) k++;
            if (k >= t.size() || !t.get(k).isCapitalized() || FUNCTION_WORDS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) break;
            int next = k;
            // "the Ministry of Foreign Affairs Dr X": an honorific starts the name after the body's
            while (next < t.size() && (t.get(next).isCapitalized() || isConnector(s, next))
                    && !FUNCTION_WORDS.contains(t.get(next).text().toLowerCase(Locale.ROOT))
                    && !(next > k && lexicon.isHonorific(t.get(next).text()))) next++;
            // a person's name after "for"/"of" is not part of the organization
            if (w.equals("for") && next - k >= 2 && !anyOrgHead(s, k - 1, next)) break;
            end = andContinuedName(s, next);
            // "(CPC) Central Committee": an acronym in brackets inside the name
            if (end + 3 < t.size() && t.get(end).text().equals("(") && t.get(end + 2).text().equals(")")
                    && t.get(end + 3).isCapitalized()) {
                int after = end + 3;
                while (after < t.size() && t.get(after).isCapitalized()) after++;
                if (ORGANIZATION_HEADS.contains(t.get(after - 1).text().toLowerCase(Locale.ROOT))) end = after;
            }
        }
        return end;
    }

    /** Honorifics that are also given names, as "Sheikh" in "Hassan Sheikh Mohamud". */
    private static final Set<String> INNER_HONORIFICS = Set.of("Sheikh", "Shaikh", "Sheik");

    int extendName(Sentence s, int i) {
        List<Token> t = s.tokens();
        int end = i + 1;
        while (end < t.size()) {
            if (isNameWord(s, end) && !startsTitle(s, end) && !demonymBeforeTitle(s, end)) {
                end++;
            } else if (isConnector(s, end) && end + 1 < t.size() && isNameWord(s, end + 1)) {
                end += 2;
            } else if (isConnector(s, end) && end + 2 < t.size() && isConnector(s, end + 1) && isNameWord(s, end + 2)) {
                end += 3; // "Ursula von der Leyen", "Bernardo de la Paz"
            } else if (isConnector(s, end) && end + 2 < t.size() && t.get(end + 1).text().equals("-") && isNameWord(s, end + 2)) {
                end += 3; // "Abdel Fattah al-Sisi"
            } else if (t.get(end).text().equals(".") && t.get(end).start() == t.get(end - 1).end() && t.get(end - 1).text().length() <= 2
                    && Character.isUpperCase(t.get(end - 1).text().charAt(0)) && end + 1 < t.size() && isNameWord(s, end + 1)) {
                end += 2; // "Gudni Th. Johannesson", "George W. Bush": an abbreviated middle name
            } else if (INNER_HONORIFICS.contains(t.get(end).text()) && end + 1 < t.size() && isNameWord(s, end + 1)) {
                end += 2; // "Hassan Sheikh Mohamud": an honorific between two names is one of the names
            } else if ((t.get(end).text().equals("]") || t.get(end).text().equals("[")) && end + 1 < t.size()
                    && (isNameWord(s, end + 1) || t.get(end + 1).text().equals("[") || t.get(end + 1).text().equals("]"))) {
                end += 1; // "[Mark] Carney", "Hassan] Nasrallah": editors' brackets inside a name
            } else if (t.get(end).text().equals("-") && end + 1 < t.size()
                    && t.get(end).start() == t.get(end - 1).end() && t.get(end + 1).start() == t.get(end).end()
                    && Character.isLetter(t.get(end + 1).text().charAt(0)) && !compoundAdjective(t.get(end + 1))) {
                end += 2; // "Kim Jong-un", "Takht-e Ravanchi"
            } else {
                break;
            }
        }
        return end;
    }

    /** "English-speaking", "Xizang-related", "Seoul-based": a lower-case word after a hyphen that makes an adjective. */
    private static boolean compoundAdjective(Token afterHyphen) {
        String w = afterHyphen.text();
        return Character.isLowerCase(w.charAt(0)) && w.length() > 3 && (w.endsWith("ing") || w.endsWith("ed"));
    }

    /** A name as written, without editors' brackets. */
    private static final Set<String> QUOTES = Set.of("\"", "“", "”", "``", "''", "'", "‘", "’");

    private static boolean quotedWhole(Sentence s, int from, int to) {
        List<Token> t = s.tokens();
        return from > 0 && to < t.size() && QUOTES.contains(t.get(from - 1).text()) && QUOTES.contains(t.get(to).text());
    }

    static String nameText(Sentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        int lastEnd = -1;
        for (int k = from; k < to; k++) {
            Token tok = s.tokens().get(k);
            if (tok.text().equals("[") || tok.text().equals("]")) continue;
            if (lastEnd >= 0 && tok.start() > lastEnd) b.append(' ');
            b.append(tok.text());
            lastEnd = tok.end();
        }
        return b.toString();
    }

    private static boolean allCapitals(Sentence s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.tokens().get(k).text();
            if (Character.isLetter(w.codePointAt(0)) && !isUpper(w)) return false;
        }
        return true;
    }

    private static int nameWords(Sentence s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (Character.isLetter(s.tokens().get(k).text().codePointAt(0))) n++;
        return n;
    }

    private boolean startsTitle(Sentence s, int i) {
        List<Token> t = s.tokens();
        // "Senior General", "Interim Afghan Foreign Minister": a qualifier, and a demonym, before a title
        if (TITLE_QUALIFIERS.contains(t.get(i).text().toLowerCase(Locale.ROOT)) && i + 1 < t.size()
                && (startsTitle(s, i + 1) || demonymBeforeTitle(s, i + 1))) return true;
        if (!mayStartTitle(t.get(i))) return false;
        for (int j = Math.min(t.size(), i + lexicon.longestTitle()); j > i; j--) {
            if (lexicon.isTitle(s.span(i, j).toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** "Afghan Foreign Minister", "Iranian President": a state's demonym that starts an office, not a name. */
    private boolean demonymBeforeTitle(Sentence s, int i) {
        if (i + 1 >= s.tokens().size()) return false;
        Optional<Gazetteer.Match> g = gazetteer.lookup(s.tokens().get(i).text());
        return g.isPresent() && g.get().form() == Gazetteer.Form.DEMONYM && startsTitle(s, i + 1);
    }

    /**
     * Whether a title may start at this token, a cheap test before the spans from it are tried. A span's
     * lower-cased words start with the token's own when the token is printable ASCII without spaces;
     * for any other token (Unicode lower-casing can depend on what follows) the answer is yes.
     */
    private boolean mayStartTitle(Token tok) {
        String w = tok.text();
        for (int k = 0; k < w.length(); k++) {
            if (w.charAt(k) <= ' ' || w.charAt(k) > '~') return true;
        }
        return lexicon.mayStartTitle(w.toLowerCase(Locale.ROOT));
    }

    private boolean isConnector(Sentence s, int i) {
        String w = s.tokens().get(i).text();
        return NAME_CONNECTORS.contains(w.toLowerCase(Locale.ROOT)) || w.equals("Al") || w.equals("El");
    }

    boolean isNameWord(Sentence s, int i) {
        Token tok = s.tokens().get(i);
        if (!tok.isCapitalized()) return false;
        String lower = tok.text().toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lower)) return false;
        if (lexicon.isHonorific(tok.text())) return false;
        return tok.text().chars().anyMatch(Character::isLetter);
    }

    private static boolean startsLikeName(Token tok) {
        return tok.isCapitalized() || tok.text().equals("the") || tok.text().equals("al") || tok.text().equals("el");
    }

    /** "Ibrahim Sesay, a spokesman ...": a sentence may start with a name the tagger does not mark as one. */
    private boolean startsTwoWordName(Sentence s) {
        List<Token> t = s.tokens();
        // the tagger reads some unfamiliar first names as verbs ("Wang Yi, director of ..."); the parser, where it ran, knows better
        boolean verbFirst = t.size() > 0 && t.get(0).pos().startsWith("VB") && !parsedAsProperNoun(s, 0);
        return t.size() > 2 && !verbFirst && isNameWord(s, 1) && gazetteer.lookup(t.get(1).text()).isEmpty()
                && !startsTitle(s, 1) && !lexicon.isEventNoun(t.get(1).text())
                && !ORGANIZATION_HEADS.contains(t.get(1).text().toLowerCase(Locale.ROOT))
                && (t.get(2).text().equals(",") || t.get(2).pos().startsWith("VB") || t.get(2).pos().equals("MD") || isNameWord(s, 2));
    }

    /** Verbs of speaking and of the four relations, whose subject in news is a person or a body. */
    private static final Set<String> SPEAKS_OR_ACTS = Set.of("said", "says", "told", "added", "wrote", "announced", "warned",
            "warns", "threatened", "threatens", "invited", "invites", "hosted", "hosts", "welcomed", "welcomes", "received",
            "urged", "urges", "vowed", "insisted", "stressed", "host", "invite", "warn", "welcome", "receive", "threaten");
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "also", "again", "then", "later", "previously",
            "will", "would");

    /**
     * "Experts", "Officials", "Sources": a plural common noun, by its ending; names ending in s keep a
     * vowel before it ("Mitsotakis", "Lukas", "Jones").
     */
    static boolean looksPlural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("s") || w.length() < 4) return false;
        char before = w.charAt(w.length() - 2);
        if ("aeiouys".indexOf(before) < 0) return true;
        return w.endsWith("ces") || w.endsWith("ses") || w.endsWith("xes") || w.endsWith("shes") || w.endsWith("ches");
    }

    /** Whether token k, or the one after an auxiliary there ("has threatened"), is a verb of speaking or of a relation. */
    static boolean speechOrRelationVerbAfter(Sentence s, int k) {
        List<Token> t = s.tokens();
        if (k + 1 < t.size() && AUXILIARIES.contains(t.get(k).text())) k++;
        return k < t.size() && SPEAKS_OR_ACTS.contains(t.get(k).text());
    }

    private static final Set<String> ACTS_ON = Set.of("invite", "invited", "invites", "inviting", "host", "hosted", "hosts", "hosting",
            "welcome", "welcomed", "welcomes", "welcoming", "receive", "received", "receives", "warn", "warned", "warns", "warning",
            "threaten", "threatened", "threatens", "urge", "urged", "urges");
    private static final Set<String> POSSESSED_ACTS = Set.of("invitation", "invite", "warning", "warnings", "threat", "threats");

    /**
     * "Xi has invited Lula", "Ruto welcomed Tinubu", "accepted Putin's invitation", "at the invitation of
     * Tokayev": a one-word name right after a verb of relation, or owning an invitation or a warning, is
     * someone acted on or acting.
     */
    static boolean actedOnOrOwningAnAct(Sentence s, int start, int end) {
        List<Token> t = s.tokens();
        // the name ends its noun phrase: "hosted Ramadan celebrations" names no one
        boolean endsPhrase = end >= t.size() || !t.get(end).pos().startsWith("NN") && !t.get(end).isCapitalized();
        if (start > 0 && ACTS_ON.contains(t.get(start - 1).text()) && endsPhrase) return true;
        // "at the invitation of Tokayev", "an invitation from Lula"
        if (start > 1 && POSSESSED_ACTS.contains(t.get(start - 2).text().toLowerCase(Locale.ROOT)) && endsPhrase
                && (t.get(start - 1).text().equals("of") || t.get(start - 1).text().equals("from"))) return true;
        return end + 1 < t.size() && isPossessive(t.get(end).text().toLowerCase(Locale.ROOT))
                && POSSESSED_ACTS.contains(t.get(end + 1).text().toLowerCase(Locale.ROOT));
    }

    /** "Foreign Ministry spokesperson X said": a sentence may open with a body's name, whose first word is an adjective. */
    private boolean startsBodyName(Sentence s) {
        for (int k = 1; k < Math.min(s.tokens().size(), 4) && isNameWord(s, k); k++) {
            if (ORGANIZATION_HEADS.contains(s.tokens().get(k).text().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean isCommonWordAtStart(Token tok) {
        String pos = tok.pos();
        return !(pos.startsWith("NNP")) && !isUpper(tok.text());
    }

    private static boolean isUpper(String w) {
        return w.length() > 1 && w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /**
     * "Israeli Defense Forces", "US Department of State", "Iran's Supreme National Security Council":
     * a state's name, demonym or possessive before a body is part of the body's name, and its owner.
     */
    private static Mention withStatePrefix(Sentence s, Mention org, List<Mention> out) {
        if (out.isEmpty()) return org;
        Mention prev = out.get(out.size() - 1);
        boolean adjacent = prev.end() == org.start()
                || prev.end() == org.start() - 1 && isPossessive(s.tokens().get(prev.end()).text());
        if (prev.type() != Mention.Type.GAZETTEER || prev.gaz().entry().kind() != EntityKind.STATE || !adjacent) return org;
        out.remove(out.size() - 1);
        return new Mention(prev.start(), org.end(), Mention.Type.ORGANIZATION_NAME, s.span(prev.start(), org.end()), prev.gaz());
    }

    /** Common nouns for an organization, by which news also refers back to one: "the alliance" for NATO, "the group" for Hamas. */
    static final Set<String> ORGANIZATION_NOUNS = Set.of("alliance", "bloc", "group", "agency", "organisation",
            "organization", "movement", "militia", "watchdog", "grouping", "union", "coalition");

    static final Set<String> BODY_HEADS = Set.of("ministry", "army", "military", "presidency", "office", "parliament", "navy",
            "embassy");

    /** "Turkish foreign ministry", "South Korea's military", "the Ukrainian presidential office": a state's body in lower case. */
    private static void addStateBodies(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int n = 0; n < out.size(); n++) {
            Mention g = out.get(n);
            if (g.type() != Mention.Type.GAZETTEER || g.gaz().entry().kind() != EntityKind.STATE) continue;
            int k = g.end();
            if (k < t.size() && isPossessive(t.get(k).text())) k++;
            int head = -1;
            for (int j = k; j < t.size() && j <= k + 2; j++) {
                Token tok = t.get(j);
                if (tok.isCapitalized() || FUNCTION_WORDS.contains(tok.text().toLowerCase(Locale.ROOT))) break;
                if (BODY_HEADS.contains(tok.text())) {
                    head = j;
                    break;
                }
                if (!(tok.pos().startsWith("JJ") || tok.pos().startsWith("NN"))) break;
            }
            if (head < 0 || armedForcesAsModifier(s, head, out)) continue;
            final int from = g.end(), to = head;
            if (out.stream().anyMatch(m -> m.start() >= from && m.start() <= to)) continue;
            out.set(n, new Mention(g.start(), head + 1, Mention.Type.ORGANIZATION_NAME, s.span(g.start(), head + 1), g.gaz()));
        }
    }

    /** People and groups outside any government, of whom a demonym says only where they are from. */
    static final Set<String> NON_STATE_PEOPLE = Set.of("militants", "militant", "fighters", "gunmen", "faction", "factions",
            "group", "groups", "movement", "civilians", "people", "prisoners", "refugees", "protesters", "demonstrators",
            "nationals", "citizens", "residents", "hostages", "detainees", "migrants", "workers", "students", "families",
            "children", "journalists");

    /**
     * "Palestinian militants", "the Palestinian political faction", "Russian nationals": a demonym
     * before people outside government is their nationality, not the state acting.
     */
    private static boolean isNationality(Sentence s, Mention m) {
        if (m.type() != Mention.Type.GAZETTEER || m.gaz().form() != Gazetteer.Form.DEMONYM
                || m.gaz().entry().kind() != EntityKind.STATE) return false;
        List<Token> t = s.tokens();
        int k = m.end();
        while (k < t.size() && k < m.end() + 2 && t.get(k).pos().startsWith("JJ") && !t.get(k).isCapitalized()) k++;
        return k < t.size() && NON_STATE_PEOPLE.contains(t.get(k).text());
    }

    private static final Set<String> ARMED_FORCES = Set.of("military", "army", "navy");

    /**
     * "US military action", "Indian military personnel", "Sudan's army-led government": before a common
     * noun or a hyphen the word describes what follows rather than naming the body; "the army chief" is
     * still the army's, a title follows.
     */
    private static boolean armedForcesAsModifier(Sentence s, int head, List<Mention> found) {
        if (!ARMED_FORCES.contains(s.tokens().get(head).text()) || head + 1 >= s.tokens().size()) return false;
        Token next = s.tokens().get(head + 1);
        if (next.text().equals("-")) return true; // "the army-led government", "a military-backed council"
        return next.pos().startsWith("NN") && !next.isCapitalized() && found.stream().noneMatch(m -> m.start() == head + 1);
    }

    /** "ministers'", "leaders’": a plural noun's possessive, written as one token. */
    private static boolean isPluralPossessive(String w) {
        return w.length() > 2 && (w.endsWith("s'") || w.endsWith("s\u2019")) && Character.isLetter(w.charAt(0));
    }

    static boolean isPossessive(String w) {
        return w.equals("'s") || w.equals("’s") || w.equals("‘s");
    }

    /** Words that only Title Case capitalizes mid-sentence (days and months are capitalized anyway). */
    private static final Set<String> HEADLINE_SMALL_WORDS = Set.of("with", "of", "to", "in", "and", "for", "on", "at",
            "the", "a", "an", "from", "by", "as", "over", "after", "amid", "into", "is", "are", "says");

    /**
     * A headline in Title Case ("Presidents Discuss Bilateral Ties", "Kishida Invites S. Korea's Yoon
     * to G-7 Summit") gives no evidence that a capitalized run is a name: either its small words are
     * capitalized too, or every other word is, verbs included, which no sentence of prose does.
     */
    private static boolean isTitleCased(Sentence s) {
        int words = 0, capitalized = 0, capitalizedFunction = 0, content = 0, capitalizedContent = 0;
        for (int k = 0; k < s.tokens().size(); k++) {
            Token tok = s.tokens().get(k);
            if (!Character.isLetter(tok.text().codePointAt(0))) continue;
            words++;
            boolean small = HEADLINE_SMALL_WORDS.contains(tok.text().toLowerCase(Locale.ROOT)) || isPossessive(tok.text());
            if (!small) content++;
            if (tok.isCapitalized()) {
                capitalized++;
                if (k > 0 && small) capitalizedFunction++;
                if (!small) capitalizedContent++;
            }
        }
        boolean smallWordsCapitalized = words >= 5 && capitalized >= 0.8 * words && capitalizedFunction > 0;
        boolean everyContentWordCapitalized = content >= 5 && capitalizedContent == content;
        return smallWordsCapitalized || everyContentWordCapitalized;
    }

    private static void demoteUnknownNames(Sentence s, List<Mention> out) {
        out.removeIf(m -> m.type() == Mention.Type.ORGANIZATION_NAME && m.gaz() == null || m.type() == Mention.Type.PLACE_NAME);
        out.replaceAll(m -> m.type() == Mention.Type.PERSON_NAME
                ? new Mention(m.start(), m.end(), Mention.Type.BARE_NAME, m.text(), null) : m);
    }

    /** Event nouns with their modifiers: "US-Iran talks", "the June NATO summit", "a rare official visit". */
    private void addEvents(Sentence s, List<Mention> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!lexicon.isEventNoun(tok.text())) continue;
            if (i + 1 < t.size() && lexicon.isEventNoun(t.get(i + 1).text())) continue; // "phone call": take the last noun
            if (i + 1 < t.size() && t.get(i + 1).pos().startsWith("NN") && !t.get(i + 1).isCapitalized()
                    && !t.get(i + 1).text().toLowerCase(Locale.ROOT).equals("summit")) continue; // "negotiation team": a modifier
            if (i + 2 < t.size() && t.get(i + 1).text().equals("of") && isRound(tok.text()) && eventNounAfterModifiers(t, i + 2)) continue; // "rounds of (in-person) dialogue"
            if (tok.pos().startsWith("VB") && !tok.text().toLowerCase(Locale.ROOT).endsWith("s") && !precededByDeterminer(s, i)
                    && !parsedAsNoun(s, i)) continue;
            final int head = i;
            // "the Central Asia Summit", "the India-Central Asia Dialogue": a capitalized run that ends in an
            // event noun names the event, not a person or place
            if (tok.isCapitalized()) {
                out.removeIf(m -> m.end() == head + 1 && m.start() < head && NAME_RUNS_OF_EVENTS.contains(m.type()));
            }
            if (out.stream().anyMatch(m -> m.covers(head) && m.type() != Mention.Type.GAZETTEER)) continue;
            if (visitsSomewhere(s, i)) continue;
            int start = i;
            // "several rounds of dialogue", "the first round of nuclear talks": the rounds belong to the event
            if (start >= 2 && t.get(start - 1).text().equals("of") && isRound(t.get(start - 2).text())) start -= 2;
            else if (start >= 3 && t.get(start - 2).text().equals("of") && lexicon.isEventNoun(t.get(start - 3).text())
                    && t.get(start - 1).pos().startsWith("JJ") && isRound(t.get(start - 3).text())) start -= 3;
            while (start > 0) {
                // "the Shanghai Cooperation Organisation (SCO) summit": the abbreviation in brackets is part of the name
                if (start >= 4 && t.get(start - 1).text().equals(")") && t.get(start - 3).text().equals("(")
                        && t.get(start - 2).isCapitalized() && t.get(start - 4).isCapitalized()) {
                    start -= 3;
                    continue;
                }
                Token p = t.get(start - 1);
                String pl = p.text().toLowerCase(Locale.ROOT);
                // "the Kenya-hosted summit", "Qatar-brokered talks": who hosted or brokered it, not its name
                if (start >= 3 && pl.endsWith("ed") && t.get(start - 2).text().equals("-") && hyphenJoined(t, start - 2)
                        && t.get(start - 3).isCapitalized()) break;
                boolean modifier = p.pos().startsWith("JJ") || p.pos().startsWith("NN") || p.pos().equals("CD")
                        || p.text().equals("-") || p.pos().equals("VBN") || p.isCapitalized() || pl.equals("to-")
                        || isPluralPossessive(p.text()); // "the foreign ministers' meeting"
                boolean inCompound = hyphenJoined(t, start - 1); // "face-to-face talks"
                final int inName = start - 1;
                if (FUNCTION_WORDS.contains(pl) && out.stream().anyMatch(m -> m.covers(inName) && m.type() == Mention.Type.GAZETTEER)) {
                    start--; // "a Commonwealth of Independent States summit": the "of" inside a known name
                    continue;
                }
                if (GOVERNING_VERBS.contains(pl) && !inCompound) break; // "powers hold nuclear talks", tagged as a noun
                if (!modifier && !inCompound || FUNCTION_WORDS.contains(pl) && !inCompound && !pl.equals("first")
                        && !pl.equals("second") && !pl.equals("several") && !pl.equals("two") && !pl.equals("three")) break;
                final int k = start - 1;
                if (out.stream().anyMatch(m -> m.covers(k) && m.type() != Mention.Type.GAZETTEER && m.type() != Mention.Type.PLACE_NAME
                        && m.type() != Mention.Type.BARE_NAME && m.type() != Mention.Type.PERSON_NAME && m.type() != Mention.Type.TITLE)) break;
                start--;
            }
            // "another round of in-person talks": the round, past the modifiers, belongs to the event too
            if (start >= 2 && start < i && t.get(start - 1).text().equals("of") && isRound(t.get(start - 2).text())) start -= 2;
            // a sentence-initial capital or a title at the left edge is not a modifier of the event
            while (start < i && (lexicon.isTitle(t.get(start).text().toLowerCase(Locale.ROOT)) && !t.get(start).text().equalsIgnoreCase("official"))) start++;
            final int from = start;
            out.removeIf(m -> m.start() >= from && m.end() <= head + 1 && m.type() != Mention.Type.GAZETTEER);
            out.add(new Mention(start, i + 1, Mention.Type.EVENT, s.span(start, i + 1), null));
        }
    }

    /**
     * "German foreign minister visits Beijing", "Modi visits Japan": in a headline's present tense
     * "visits" before a name is the verb, however the tagger reads it; "his visits to" is the noun.
     */
    private static boolean visitsSomewhere(Sentence s, int i) {
        List<Token> t = s.tokens();
        return t.get(i).text().equals("visits") && i > 0 && i + 1 < t.size() && t.get(i + 1).isCapitalized()
                && !FUNCTION_WORDS.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT));
    }

    /** Whether token k is glued by a hyphen to its neighbour, with no space: "to" in "face-to-face". */
    private static boolean hyphenJoined(List<Token> t, int k) {
        boolean left = k > 0 && t.get(k - 1).text().equals("-") && t.get(k - 1).end() == t.get(k).start();
        boolean right = k + 1 < t.size() && t.get(k + 1).text().equals("-") && t.get(k).end() == t.get(k + 1).start();
        return left || right || t.get(k).text().equals("-") && k > 0 && t.get(k - 1).end() == t.get(k).start();
    }

    /** An event noun at {@code from} or after a few lower-case modifiers ("in-person", "direct"). */
    private boolean eventNounAfterModifiers(List<Token> t, int from) {
        for (int k = from; k < t.size() && k < from + 5; k++) {
            if (lexicon.isEventNoun(t.get(k).text())) return true;
            Token w = t.get(k);
            boolean modifier = !w.isCapitalized() && (w.pos().startsWith("JJ") || w.pos().startsWith("NN") || w.text().equals("-")
                    || hyphenJoined(t, k));
            if (!modifier) return false;
        }
        return false;
    }

    private static boolean isRound(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("round") || w.equals("rounds") || w.equals("session") || w.equals("sessions");
    }

    /** Where the sentence was parsed, the parser's tagger reads the word in context better than the first tagger. */
    private static boolean parsedAsNoun(Sentence s, int i) {
        return s.dependencies() != null && s.dependencies().tag(i).startsWith("NN");
    }

    private static boolean parsedAsProperNoun(Sentence s, int i) {
        return s.dependencies() != null && s.dependencies().tag(i).equals("NNP");
    }

    private static boolean precededByDeterminer(Sentence s, int i) {
        if (i > 0 && isPossessive(s.tokens().get(i - 1).text())) return true; // "last year's summit" is no verb
        for (int k = i - 1; k >= 0 && k >= i - 8; k--) {
            String w = s.tokens().get(k).text().toLowerCase(Locale.ROOT);
            if (Set.of("the", "a", "an", "this", "that", "their", "its", "his", "her", "upcoming", "planned").contains(w)) return true;
            if (w.equals("-") || w.equals("(") || w.equals(")")) continue; // "the Shanghai Cooperation Organisation (SCO) summit"
            if (hyphenJoined(s.tokens(), k)) continue; // "first-ever", "high-level"
            if (isPossessive(s.tokens().get(k).text())) return true; // "this year's Berlin Process summit"
            if (w.equals("of") && k > 0 && s.tokens().get(k - 1).isCapitalized() && s.tokens().get(k + 1).isCapitalized()) continue; // "a Commonwealth of Independent States summit"
            // "hosts first EU-Moldova summit": a headline drops the article, but an adjective still makes a noun
            if (!s.tokens().get(k).isCapitalized() && (s.tokens().get(k).pos().startsWith("JJ") || EVENT_ORDINALS.contains(w))) return true;
            if (!s.tokens().get(k).isCapitalized()) return false;
        }
        return false;
    }
}
