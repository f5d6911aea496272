package org.parley.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Sentence;

/**
 * The extract stage: mentions → entities → noun phrases → relations. Gazetteer and lexicons hold
 * world knowledge; people, their offices and the relations come from the text by rule.
 */
public final class RuleBasedExtractor implements Extractor {
    private final ArticleAnalyzer analyzer;
    private final Gazetteer gazetteer;
    private final PhraseChunker chunker = new PhraseChunker();
    private final PatternSet patterns;
    private final List<RelationRule> rules;
    private final PatternEngine engine;

    RuleBasedExtractor(Gazetteer gazetteer, Lexicon lexicon, PatternSet patterns) {
        this.analyzer = new ArticleAnalyzer(new MentionFinder(gazetteer, lexicon));
        this.gazetteer = gazetteer;
        this.patterns = patterns;
        this.rules = List.of(new InvitationRule(), new RepresentationRule(), new HostingRule(), new WarningRule());
        this.engine = new PatternEngine(patterns);
    }

    public static RuleBasedExtractor standard() {
        Gazetteer gazetteer = Gazetteer.standard();
        return new RuleBasedExtractor(gazetteer, Lexicon.load().withTitles(gazetteer.officeTitles()), PatternSet.load());
    }

    /**
     * The sentences whose dependency parse the patterns can use: those with a word that may be a
     * trigger. Parsing costs several times what tagging does, so the others go unparsed.
     */
    public Predicate<Sentence> sentencesWorthParsing() {
        return patterns::mayHoldTrigger;
    }

    @Override
    public Extraction extract(AnnotatedArticle article) {
        ArticleAnalyzer.Analysis analysis = analyzer.analyze(article);
        EntityTable table = analysis.entities();
        List<Frame> frames = new ArrayList<>();
        for (SentenceRefs s : analysis.sentences()) frames.add(new Frame(s, new ArrayList<>(chunker.chunk(s))));
        new OpeningPronouns().resolve(frames);

        new EventDetails().read(frames, table, article.article().published());
        RoleFinder roles = new RoleFinder(gazetteer);
        roles.read(frames, table, analysis.datelineState());
        new PeopleReferences().resolve(frames);
        Context ctx = new Context(frames, table);
        List<Relation> found = new ArrayList<>();
        roles.relations(frames, ctx, found);
        for (Frame f : frames) for (RelationRule rule : rules) rule.extract(f, ctx, found);
        List<List<Relation>> fromPatterns = new ArrayList<>();
        for (Frame f : frames) fromPatterns.addAll(engine.readings(f, ctx));
        found.addAll(patternsFillGaps(found, fromPatterns));
        found.addAll(new ListedGroupMembers().listed(frames, found, ctx));
        roles.fallbackRelations(frames, ctx, found);

        nameGenericBodies(table, roles.homeState());
        Set<String> keep = table.keys();
        List<Relation> relations = merge(fitTheShapes(warningsAddressOthers(standInsForPeople(guessesYieldToStatedRoles(found), table)), table));
        for (String k : keep) if (table.kind(k) == EntityKind.PERSON && roles.role(k) != null) table.setRole(k, roles.role(k));
        return new Extraction(article.article(), table.entities(keep), relations);
    }

    /**
     * What the parse-based patterns add to the token rules. A trigger's reading by the patterns
     * stands where the rules found nothing of its type in that sentence, or where it agrees with
     * theirs on one side (an agent they found, or the target of an invitation whose inviter they
     * left open) and adds more: coordinated warners, the inviter of a passive. Where the two read
     * the sentence differently, the rules' reading stands: they hold finer distinctions (who
     * reports, who only conveys) than the parse alone.
     */
    private static List<Relation> patternsFillGaps(List<Relation> byRules, List<List<Relation>> byTrigger) {
        List<Relation> out = new ArrayList<>();
        for (List<Relation> reading : byTrigger) {
            Relation first = reading.get(0);
            List<Relation> rival = byRules.stream()
                    .filter(r -> r.type() == first.type() && r.charStart() == first.charStart()).toList();
            boolean agrees = rival.isEmpty() || reading.stream().anyMatch(p -> rival.stream().anyMatch(r ->
                    r.agent() != null && r.agent().equals(p.agent())
                            || r.agent() == null && r.target() != null && r.target().equals(p.target())));
            if (!agrees) continue;
            // the same relation as the rules': theirs stands, with its topic and confidence
            for (Relation p : reading) {
                if (rival.stream().noneMatch(r -> Objects.equals(r.agent(), p.agent()) && Objects.equals(r.target(), p.target()))) {
                    out.add(p);
                }
            }
            // the rules found more agents of the trigger ("X and Y warned") but no target; the parse found
            // whom one of them warned: the coordinated agents share the target
            for (Relation r : rival) {
                if (r.agent() == null || r.target() != null || reading.stream().anyMatch(p -> r.agent().equals(p.agent()))) continue;
                for (Relation p : reading) {
                    if (p.target() == null || p.target().equals(r.agent())) continue;
                    out.add(new Relation(p.type(), r.agent(), p.target(), p.event(), p.topic(), p.charStart(), p.charEnd(),
                            p.evidence(), p.confidence(), p.modality()));
                }
            }
        }
        return out;
    }

    /**
     * A represents the rules only guessed (confidence 0.6: an unattached body's home state, a state the
     * sentence names) gives way where the person is stated to act for someone else: "Qatar was
     * represented by X, Minister of State at the Ministry of Foreign Affairs" in a Saudi-datelined story.
     */
    private static List<Relation> guessesYieldToStatedRoles(List<Relation> found) {
        List<Relation> out = new ArrayList<>(found.size());
        for (Relation r : found) {
            boolean guess = r.type() == RelationType.REPRESENTS && r.confidence() <= 0.6;
            if (guess && found.stream().anyMatch(o -> o.type() == RelationType.REPRESENTS && o.confidence() > 0.6
                    && Objects.equals(o.agent(), r.agent()) && !Objects.equals(o.target(), r.target()))) continue;
            out.add(r);
        }
        return out;
    }

    /**
     * Whom an actor speaks for is not whom it warns: in "Israeli Prime Minister Benjamin Netanyahu
     * warned that Israel would not accept ...", Israel is the warner's own side. Such a warning keeps
     * its warner and topic and loses the target, as one naming no one else would.
     */
    private static List<Relation> warningsAddressOthers(List<Relation> found) {
        Set<List<String>> speaksFor = new HashSet<>();
        for (Relation r : found) if (r.type() == RelationType.REPRESENTS) speaksFor.add(Arrays.asList(r.agent(), r.target()));
        List<Relation> out = new ArrayList<>(found.size());
        for (Relation r : found) {
            if (r.type() == RelationType.WARNS && r.target() != null && speaksFor.contains(Arrays.asList(r.agent(), r.target()))) {
                r = new Relation(r.type(), r.agent(), null, r.event(), r.topic(), r.charStart(), r.charEnd(), r.evidence(),
                        Math.min(r.confidence(), 0.7), r.modality());
            }
            out.add(r);
        }
        return out;
    }

    /**
     * "The president will be represented by Y", "Y will represent President Ruto at the summit":
     * who stands in for a person represents the state or organization that person was found to
     * represent; where the person represents no one, neither does the stand-in.
     */
    private static List<Relation> standInsForPeople(List<Relation> found, EntityTable table) {
        Map<String, String> sideOf = new HashMap<>();
        for (Relation r : found) {
            if (r.type() == RelationType.REPRESENTS && r.target() != null && !isKind(table, r.target(), EntityKind.PERSON)) {
                sideOf.putIfAbsent(r.agent(), r.target());
            }
        }
        List<Relation> out = new ArrayList<>(found.size());
        for (Relation r : found) {
            if (r.type() == RelationType.REPRESENTS && r.target() != null && isKind(table, r.target(), EntityKind.PERSON)) {
                String side = sideOf.get(r.target());
                if (side == null || side.equals(r.agent())) continue;
                r = new Relation(r.type(), r.agent(), side, r.event(), r.topic(), r.charStart(), r.charEnd(), r.evidence(),
                        r.confidence(), r.modality());
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The relations the ontology's shapes allow: agents, and the invited, represented and warned, are
     * persons, states or organizations (a hosted guest may also be an event); a representation names
     * both ends and a warning its warner. A rule that takes an event or a place for an actor in odd
     * text ("with talks warning") would otherwise make a graph that may not be stored. An event that
     * is not an event is dropped from its relation, not the relation.
     */
    private static List<Relation> fitTheShapes(List<Relation> found, EntityTable table) {
        List<Relation> out = new ArrayList<>(found.size());
        for (Relation r : found) {
            if (r.agent() != null && !isActor(table, r.agent())) continue;
            if (r.target() != null && !isActor(table, r.target())
                    && !(r.type() == RelationType.HOSTS && isKind(table, r.target(), EntityKind.EVENT))) continue;
            if (r.type() == RelationType.REPRESENTS && (r.agent() == null || r.target() == null)) continue;
            if (r.type() == RelationType.WARNS && r.agent() == null) continue;
            if (r.event() != null && !isKind(table, r.event(), EntityKind.EVENT)) {
                r = new Relation(r.type(), r.agent(), r.target(), null, r.topic(), r.charStart(), r.charEnd(), r.evidence(),
                        r.confidence(), r.modality());
            }
            out.add(r);
        }
        return out;
    }

    private static boolean isActor(EntityTable table, String key) {
        return isKind(table, key, EntityKind.PERSON) || isKind(table, key, EntityKind.STATE)
                || isKind(table, key, EntityKind.ORGANIZATION);
    }

    private static boolean isKind(EntityTable table, String key, EntityKind kind) {
        return table.has(key) && table.kind(key) == kind;
    }

    private static final java.util.regex.Pattern GENERIC_BODY = java.util.regex.Pattern.compile(
            "(?i)((foreign|defen[cs]e|interior|finance|justice|information|health|trade|external affairs|foreign affairs)"
                    + " (ministry|office)|ministry of (foreign|external) affairs|ministry of (defen[cs]e|interior|finance|justice))");

    /**
     * "the Foreign Office" is some state's: every state has one, so the name alone would make the
     * foreign offices of all articles one actor. Such a body is named with its state ("Pakistan's
     * Foreign Office") — the state the text attaches it to, else the article's home state.
     */
    private static void nameGenericBodies(EntityTable table, String homeState) {
        for (String key : table.keys()) {
            if (table.kind(key) != EntityKind.ORGANIZATION || key.startsWith("http")) continue;
            String label = table.label(key);
            if (!GENERIC_BODY.matcher(label).matches()) continue;
            String state = table.owner(key) != null ? table.owner(key) : homeState;
            if (state == null || !table.has(state)) continue;
            table.relabel(key, table.label(state) + "'s " + label);
        }
    }

    /**
     * One relation per (type, agent, target), as the guidelines count them: the most confident
     * statement is kept, asserted over hedged; an invitation whose inviter is unknown is dropped
     * where the article names the inviter of the same invitee elsewhere.
     */
    private static List<Relation> merge(List<Relation> found) {
        Map<List<String>, Relation> best = new LinkedHashMap<>();
        for (Relation r : found) {
            List<String> key = java.util.Arrays.asList(r.type().name(), r.agent(), r.target());
            Relation old = best.get(key);
            if (old == null || rank(r) > rank(old)) best.put(key, r);
        }
        List<Relation> out = new ArrayList<>();
        for (Relation r : best.values()) {
            if (r.type() == RelationType.INVITES && r.agent() == null && best.values().stream().anyMatch(o ->
                    o.type() == RelationType.INVITES && o.agent() != null && Objects.equals(o.target(), r.target()))) continue;
            // "issued a warning to South Korea, threatening a disaster", or a headline's "X warns against
            // ..." that the body addresses to Y: where the warner warns someone, its unaddressed warnings are that warning
            if (r.type() == RelationType.WARNS && r.target() == null && best.values().stream().anyMatch(o ->
                    o.type() == RelationType.WARNS && o.target() != null && Objects.equals(o.agent(), r.agent()))) continue;
            out.add(r);
        }
        return out;
    }

    private static double rank(Relation r) {
        // asserted over hedged; between equals, the statement that names the event
        return r.confidence() + (r.modality() == Modality.ASSERTED ? 0.01 : 0) + (r.event() != null ? 0.001 : 0);
    }

    /** The article-wide knowledge that relation rules may ask for. */
    private static final class Context implements ArticleContext {
        private final List<Frame> frames;
        private final EntityTable table;

        Context(List<Frame> frames, EntityTable table) {
            this.frames = frames;
            this.table = table;
        }

        @Override
        public String pronounReferent(Frame f, int i, String exclude) {
            for (int fi = frames.indexOf(f); fi >= 0; fi--) {
                List<Phrase> ps = frames.get(fi).phrases;
                for (int k = ps.size() - 1; k >= 0; k--) {
                    Phrase p = ps.get(k);
                    if (fi == frames.indexOf(f) && p.start() >= i) continue;
                    if (p.kind() == EntityKind.PERSON && p.head() != null && !p.head().equals(exclude)) return p.head();
                }
            }
            return null;
        }

        @Override
        public String personOpeningSentenceBefore(Frame f) {
            int fi = frames.indexOf(f);
            return fi > 0 ? OpeningPronouns.openingPerson(frames.get(fi - 1)) : null;
        }

        @Override
        public String lastEventBefore(Frame f) {
            for (int fi = frames.indexOf(f); fi >= 0; fi--) {
                List<Phrase> ps = frames.get(fi).phrases;
                for (int k = ps.size() - 1; k >= 0; k--) if (ps.get(k).kind() == EntityKind.EVENT) return ps.get(k).head();
            }
            return null;
        }

        @Override
        public Relation relation(RelationType type, String agent, String target, String event, String topic, Frame f,
                                 boolean hedged, double confidence) {
            double c = hedged ? Math.min(confidence, 0.6) : confidence;
            return new Relation(type, agent, target, event, topic, f.sentenceStart(), f.sentenceEnd(), f.text(), c,
                    hedged ? Modality.HEDGED : Modality.ASSERTED);
        }

        @Override
        public EntityKind kind(String key) {
            return key != null && table.has(key) ? table.kind(key) : null;
        }

        @Override
        public String stateOfBody(String orgKey) {
            return orgKey != null && table.has(orgKey) ? table.owner(orgKey) : null;
        }
    }
}
