package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Resolves the mentions of a whole article to entities: gazetteer states and organizations,
 * people (short forms to full names), other organizations, places and events (later generic
 * mentions such as "the talks" to the event named before).
 */
final class ArticleAnalyzer {
    private static final Set<String> CAPITAL_AS_PLACE = Set.of("in", "at", "near", "outside", "inside", "across", "around");
    private static final Map<String, String> EVENT_CLASS = Map.ofEntries(
            Map.entry("talks", "talks"), Map.entry("talk", "talks"), Map.entry("negotiations", "talks"),
            Map.entry("negotiation", "talks"), Map.entry("discussions", "talks"), Map.entry("discussion", "talks"),
            Map.entry("dialogue", "talks"), Map.entry("meeting", "talks"), Map.entry("meetings", "talks"),
            Map.entry("consultations", "talks"), Map.entry("round", "talks"), Map.entry("session", "talks"),
            Map.entry("summit", "summit"), Map.entry("conference", "summit"), Map.entry("forum", "summit"),
            Map.entry("gathering", "summit"), Map.entry("visit", "visit"), Map.entry("trip", "visit"),
            Map.entry("tour", "visit"), Map.entry("call", "call"));

    private static final Set<String> PRESS = Set.of("news", "press", "media");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "another");
    private static final Set<String> QUANTITIES = Set.of("several", "two", "three", "four", "many", "multiple", "previous", "last");

    private final MentionFinder finder;

    ArticleAnalyzer(MentionFinder finder) {
        this.finder = finder;
    }

    /** @param datelineState the state the article is filed from, where its dateline names one it mentions; else null */
    record Analysis(List<SentenceRefs> sentences, EntityTable entities, String datelineState) {}

    Analysis analyze(AnnotatedArticle article) {
        List<Sentence> sentences = article.sentences();
        List<List<Mention>> mentions = new ArrayList<>();
        PersonDirectory people = new PersonDirectory();
        for (Sentence s : sentences) {
            List<Mention> ms = finder.find(s);
            mentions.add(ms);
            for (Mention m : ms) {
                if (m.type() == Mention.Type.PERSON_NAME || speaksOrActs(s, m)) people.addFullName(m.text());
            }
        }
        for (int si = 0; si < sentences.size(); si++) addOpeningSurname(sentences.get(si), mentions.get(si), people);
        EntityTable table = new EntityTable();
        Events events = new Events(opensWithHeadline(article));
        List<SentenceRefs> out = new ArrayList<>();
        BodyAnaphors anaphors = new BodyAnaphors(table);
        int bodyStart = firstBodySentence(article);
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            List<Ref> refs = new ArrayList<>();
            Mention previous = null;
            for (Mention m : mentions.get(si)) {
                Ref r = resolve(s, si, m, mentions.get(si), people, table, events);
                // "Sheikh Tamim", "Dr. Al-Aiban": the honorific belongs to the person's phrase, not their name
                if (r != null && r.kind() == EntityKind.PERSON && previous != null
                        && previous.type() == Mention.Type.HONORIFIC && previous.end() == m.start()) {
                    r = new Ref(previous.start(), r.end(), r.key(), r.kind(), r.mention());
                }
                if (r != null && m.type() != Mention.Type.HONORIFIC) refs.add(r);
                previous = m;
            }
            anaphors.resolve(s, refs);
            // the story's dateline opens its first paragraph, which may follow a standfirst
            if (si >= bodyStart && si < bodyStart + 4 && opensParagraph(article, s)) {
                int dateline = Dateline.end(s);
                refs.removeIf(r -> r.end() <= dateline && r.isActor());
            }
            // names inside an event's name ("the Brussels talks", "US-Iran talks") are part of the event, not actors of the sentence
            List<Ref> eventRefs = refs.stream().filter(Ref::isEvent).toList();
            refs.removeIf(r -> !r.isEvent() && eventRefs.stream().anyMatch(e -> r.start() >= e.start() && r.end() <= e.end()));
            out.add(new SentenceRefs(si, s, refs));
        }
        return new Analysis(out, table, datelineState(article, table));
    }

    private static final Set<String> JOURNEYS = Set.of("travel", "travels", "travelled", "traveled", "travelling", "traveling",
            "fly", "flies", "flew", "flying", "head", "heads", "headed", "heading", "trip", "journey", "return", "returned",
            "returns", "returning", "back");

    /** "travel to Brussels", "flew back to Nairobi": a capital someone goes to is the place, not its government. */
    private static boolean journeyTo(Sentence s, int capital) {
        if (capital < 2 || !s.tokens().get(capital - 1).text().equals("to")) return false;
        return JOURNEYS.contains(s.tokens().get(capital - 2).text().toLowerCase(Locale.ROOT));
    }

    private Ref resolve(Sentence s, int sentence, Mention m, List<Mention> mentions, PersonDirectory people, EntityTable table,
                        Events events) {
        switch (m.type()) {
            case GAZETTEER -> {
                Gazetteer.Entry e = m.gaz().entry();
                String prev = m.start() > 0 ? s.tokens().get(m.start() - 1).text().toLowerCase(Locale.ROOT) : "";
                if (m.gaz().form() == Gazetteer.Form.CAPITAL && (CAPITAL_AS_PLACE.contains(prev) || journeyTo(s, m.start()))) {
                    return place(m, table);
                }
                String key = table.add(e.iri(), e.kind(), e.label(), m.text(), e.iri());
                finder.namedPossessor(m).ifPresent(p -> table.add(p.entry().iri(), p.entry().kind(), p.entry().label(), null, p.entry().iri()));
                if (e.partOf() != null) {
                    // "the Pentagon", "IDF": a body of one state's government, whose officials act for that state
                    Gazetteer.Entry state = e.partOf();
                    table.add(state.iri(), state.kind(), state.label(), null, state.iri());
                    table.setOwner(key, state.iri());
                }
                return new Ref(m.start(), m.end(), key, e.kind(), m);
            }
            case PERSON_NAME, BARE_NAME -> {
                String canonical = people.resolve(m.text());
                if (canonical == null) {
                    if (m.type() == Mention.Type.BARE_NAME) return null;
                    canonical = m.text();
                }
                String key = "person:" + canonical.toLowerCase(Locale.ROOT);
                return new Ref(m.start(), m.end(), table.add(key, EntityKind.PERSON, canonical, m.text(), null), EntityKind.PERSON, m);
            }
            case ORGANIZATION_NAME -> {
                String label = stripThe(m.text());
                String key = "org:" + label.toLowerCase(Locale.ROOT);
                table.add(key, EntityKind.ORGANIZATION, label, m.text(), null);
                if (m.gaz() != null) {
                    // "Israeli Defense Forces", "Turkish foreign ministry": a body of the state it names
                    Gazetteer.Entry state = m.gaz().entry();
                    table.add(state.iri(), state.kind(), state.label(), null, state.iri());
                    table.setOwner(key, state.iri());
                }
                return new Ref(m.start(), m.end(), key, EntityKind.ORGANIZATION, m);
            }
            case MEDIA -> {
                return new Ref(m.start(), m.end(), null, null, m);
            }
            case PLACE_NAME -> {
                // "an invitation to Pezeshkian": a known person's name after "to" is the person
                String person = people.resolve(m.text());
                if (person != null && m.end() - m.start() > 1 && !person.equalsIgnoreCase(m.text())) person = null;
                if (person != null) {
                    String key = "person:" + person.toLowerCase(Locale.ROOT);
                    return new Ref(m.start(), m.end(), table.add(key, EntityKind.PERSON, person, m.text(), null), EntityKind.PERSON, m);
                }
                return place(m, table);
            }
            case EVENT -> {
                return event(s, sentence, m, cityAfter(s, m, mentions), table, events);
            }
            case TITLE, HONORIFIC -> {
                return new Ref(m.start(), m.end(), null, null, m);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * "Trump said ...", "Erdogan warned ...": a single unknown name (no gazetteer's, no title's)
     * right before a verb of speaking or of the four relations names a person the article never
     * gives in full; well-known leaders often appear so.
     */
    private static boolean speaksOrActs(Sentence s, Mention m) {
        if (m.type() != Mention.Type.BARE_NAME || m.end() - m.start() != 1 || m.end() >= s.tokens().size()) return false;
        String word = s.tokens().get(m.start()).text();
        boolean titleCase = word.length() > 2 && Character.isUpperCase(word.charAt(0))
                && word.substring(1).chars().allMatch(ch -> Character.isLowerCase(ch) || ch == '-' || ch == '\'' || ch == '\u2019');
        boolean article = m.start() > 0 && s.tokens().get(m.start() - 1).text().equalsIgnoreCase("the");
        boolean stateNoun = BodyAnaphors.STATE_NOUNS.contains(word.toLowerCase(Locale.ROOT)); // "the Islamic Republic warned"
        return titleCase && !article && !stateNoun && !MentionFinder.looksPlural(word)
                && (MentionFinder.speechOrRelationVerbAfter(s, m.end()) || MentionFinder.actedOnOrOwningAnAct(s, m.start(), m.end()));
    }

    private static Ref place(Mention m, EntityTable table) {
        String label = stripThe(m.text());
        String key = "place:" + label.toLowerCase(Locale.ROOT);
        return new Ref(m.start(), m.end(), table.add(key, EntityKind.PLACE, label, m.text(), null), EntityKind.PLACE, m);
    }

    /**
     * "Albanese invited Prabowo ...": a sentence's first word, which the tagger may read as an
     * adjective, is a name where it is the surname of someone the article names in full.
     */
    private static void addOpeningSurname(Sentence s, List<Mention> mentions, PersonDirectory people) {
        if (s.tokens().size() < 2 || !s.tokens().get(0).isCapitalized()) return;
        if (mentions.stream().anyMatch(m -> m.start() == 0)) return;
        String word = s.tokens().get(0).text();
        if (people.resolve(word) == null) return;
        mentions.add(0, new Mention(0, 1, Mention.Type.BARE_NAME, word, null));
    }

    private static boolean opensParagraph(AnnotatedArticle article, Sentence s) {
        String text = article.article().text();
        return s.start() == 0 || s.start() <= text.length() && text.charAt(s.start() - 1) == '\n';
    }

    private static int firstBodySentence(AnnotatedArticle article) {
        return opensWithHeadline(article) ? 1 : 0;
    }

    private String datelineState(AnnotatedArticle article, EntityTable table) {
        int first = firstBodySentence(article);
        if (article.sentences().size() <= first) return null;
        return Dateline.state(article.sentences().get(first), finder.gazetteer())
                .map(Gazetteer.Entry::iri).filter(table::has).orElse(null);
    }

    /** Whether the article's first sentence is its headline. */
    private static boolean opensWithHeadline(AnnotatedArticle article) {
        String title = article.article().title();
        List<Sentence> sentences = article.sentences();
        return title != null && !sentences.isEmpty() && article.article().text().startsWith(title)
                && sentences.get(0).end() <= title.length();
    }

    /** The events met so far: the first of each class, and which of those only the headline has named. */
    private static final class Events {
        final Map<String, String> firstOfClass = new HashMap<>();
        /** The city the first event of a class was held in, where the article says so ("talks in Muscat"). */
        final Map<String, String> cityOfFirst = new HashMap<>();
        final Set<String> onlyInHeadline = new HashSet<>();
        final boolean headline;

        Events(boolean headline) {
            this.headline = headline;
        }
    }

    /**
     * A specific mention ("the Brussels talks", "a meeting") starts or joins its own event; a generic
     * one ("the talks") joins the first of its class.
     */
    private static Ref event(Sentence s, int sentence, Mention m, String city, EntityTable table, Events events) {
        String head = s.tokens().get(m.end() - 1).text().toLowerCase(Locale.ROOT);
        String before = m.end() - m.start() > 1 ? s.tokens().get(m.end() - 2).text().toLowerCase(Locale.ROOT) : "";
        // "a news conference", "the press briefing": a meeting with reporters, of no class of diplomatic events
        String cls = PRESS.contains(before) ? "press" : EVENT_CLASS.getOrDefault(head, head);
        String label = stripDeterminers(m.text());
        String article = m.start() > 0 ? s.tokens().get(m.start() - 1).text().toLowerCase(Locale.ROOT) : "";
        boolean indefinite = m.text().startsWith("a ") || m.text().startsWith("an ") || INDEFINITE.contains(article);
        boolean specific = false;
        for (int k = m.start(); k < m.end() - 1; k++) {
            String w = s.tokens().get(k).text().toLowerCase(Locale.ROOT);
            if (s.tokens().get(k).isCapitalized() || s.tokens().get(k).pos().equals("CD") || QUANTITIES.contains(w)) specific = true;
        }
        // "a summit": an indefinite article introduces an event rather than naming one already met,
        // but the first body sentence introduces afresh the event its headline named
        if (indefinite && !events.onlyInHeadline.contains(cls)) specific = true;
        int from = otherOccasionStart(s, m.start());
        // "the next summit" after the article has named its summit: the one after it
        if (from == m.start() && m.start() > 0 && s.tokens().get(m.start() - 1).text().equalsIgnoreCase("next")
                && events.firstOfClass.containsKey(cls)) {
            from = m.start() - 1;
        }
        if (from < m.start()) {
            // "last year's summit", "the last round": another occasion of the kind than the one the article is about
            specific = true;
            label = s.span(from, m.end());
        }
        String firstCity = events.cityOfFirst.get(cls);
        boolean sameKeyAsFirst = ("event:" + label.toLowerCase(Locale.ROOT)).equals(events.firstOfClass.get(cls));
        if (city != null && firstCity != null && !firstCity.equalsIgnoreCase(city) && (!specific || sameKeyAsFirst)) {
            // "talks in Ohrid" in an article about talks in Brussels: talks held elsewhere are other talks
            specific = true;
            label = label + " in " + city;
        }
        String key;
        if (!specific && events.firstOfClass.containsKey(cls)) {
            // a generic "the talks" is the article's main event of its kind: the first one it named
            key = events.firstOfClass.get(cls);
        } else {
            key = "event:" + label.toLowerCase(Locale.ROOT);
        }
        table.add(key, EntityKind.EVENT, label, label, null);
        if (city != null && key.equals(events.firstOfClass.getOrDefault(cls, key))) events.cityOfFirst.putIfAbsent(cls, city);
        if (events.firstOfClass.putIfAbsent(cls, key) == null && events.headline && sentence == 0) events.onlyInHeadline.add(cls);
        else if (sentence > 0) events.onlyInHeadline.remove(cls);
        return new Ref(m.start(), m.end(), key, EntityKind.EVENT, m);
    }

    /**
     * "talks in Ohrid", "talks between Serbia and Kosovo in Brussels": the city named right after an
     * event or its parties, or null. A state there ("talks in Oman") names no city, so it never tells
     * two events apart.
     */
    private static String cityAfter(Sentence s, Mention event, List<Mention> mentions) {
        List<Token> t = s.tokens();
        int in = event.end();
        if (in < t.size() && PARTIES_OR_TOPIC.contains(t.get(in).text())) {
            // "talks between X and Y in Brussels", "consultations on Myanmar in Bangkok"
            while (in < t.size() && in < event.end() + 8 && !t.get(in).text().equals("in") && !t.get(in).text().equals(",")
                    && !t.get(in).pos().startsWith("VB")) in++;
        }
        if (in + 1 >= t.size() || !t.get(in).text().equals("in")) return null;
        for (Mention p : mentions) {
            if (p.start() != in + 1) continue;
            boolean city = p.type() == Mention.Type.PLACE_NAME
                    || p.type() == Mention.Type.GAZETTEER && p.gaz().form() == Gazetteer.Form.CAPITAL;
            return city ? stripThe(p.text()) : null;
        }
        return null;
    }

    /** What may stand between an event and the city it is held in: its parties or its topic. */
    private static final Set<String> PARTIES_OR_TOPIC = Set.of("between", "with", "among", "on");

    private static final Set<String> OTHER_OCCASIONS = Set.of("last", "next", "previous");
    private static final Set<String> PAST_OCCASIONS = Set.of("last", "previous");
    private static final Set<String> TIME_UNITS = Set.of("year", "month", "week", "decade");

    /** Where "last year's" / "next month's" / "the last" starts before an event mention at {@code start}, or {@code start}. */
    private static int otherOccasionStart(Sentence s, int start) {
        // "the next round" is mostly the one the article is about; "the last round" one before it
        if (start >= 1 && PAST_OCCASIONS.contains(s.tokens().get(start - 1).text().toLowerCase(Locale.ROOT))) return start - 1;
        // "the last such summit"
        if (start >= 2 && s.tokens().get(start - 1).text().equals("such")
                && PAST_OCCASIONS.contains(s.tokens().get(start - 2).text().toLowerCase(Locale.ROOT))) return start - 2;
        if (start < 3) return start;
        List<Token> t = s.tokens();
        boolean occasion = MentionFinder.isPossessive(t.get(start - 1).text())
                && TIME_UNITS.contains(t.get(start - 2).text().toLowerCase(Locale.ROOT))
                && OTHER_OCCASIONS.contains(t.get(start - 3).text().toLowerCase(Locale.ROOT));
        return occasion ? start - 3 : start;
    }

    static String stripThe(String text) {
        return text.startsWith("the ") || text.startsWith("The ") ? text.substring(4) : text;
    }

    private static String stripDeterminers(String text) {
        String t = text;
        for (String d : new String[] {"the ", "a ", "an ", "this ", "that ", "their ", "its ", "his ", "her "}) {
            if (t.toLowerCase(Locale.ROOT).startsWith(d)) t = t.substring(d.length());
        }
        return t;
    }
}
