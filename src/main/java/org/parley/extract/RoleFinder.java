package org.parley.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Official roles tied to an actor: "Iranian Foreign Minister Abbas Araghchi", "Tahir Andrabi, the
 * Foreign Office spokesperson", "IAEA chief Rafael Grossi". It resolves descriptions ("the Turkish
 * foreign minister") to the people they describe, and gives each person with an office the state or
 * organization they ultimately act for: a ministry's official represents the ministry's state.
 */
final class RoleFinder {
    /** A title seen on a person in one sentence, with the owner the text gives (or null). */
    private record Fact(String person, String title, String owner, int frame, int token) {}

    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> bodyOwner = new HashMap<>();
    private final Map<String, String> roles = new LinkedHashMap<>();
    private EntityTable table;
    private String homeState;
    /** Whether the home state is the dateline's, the opening's capital's, or what the article opens about. */
    private boolean homeStateStated;
    private String datelineState;
    private final Gazetteer gazetteer;

    RoleFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * Reads every frame's phrases; resolves descriptions in place. The article's home state, where
     * unattached ministries belong, is its dateline's state if it has one, else the state of a
     * capital its opening places the story in, else the first state it names.
     */
    void read(List<Frame> frames, EntityTable table, String datelineState) {
        this.table = table;
        this.datelineState = datelineState;
        this.homeState = datelineState;
        if (homeState == null) homeState = capitalOfOpening(frames);
        homeStateStated = homeState != null;
        if (homeState == null) {
            homeState = firstState(frames);
            homeStateStated = homeState != null && opensWith(frames, homeState);
        }
        for (int fi = 0; fi < frames.size(); fi++) {
            for (Phrase p : frames.get(fi).phrases) {
                // "Turkey's foreign ministry" is Turkey's; "Afghanistan's Taliban government" leaves the
                // Taliban a group of its own, as the gazetteer knows it: its spokesman speaks for the group
                if (p.kind() == EntityKind.ORGANIZATION && p.owner() != null && table.kind(p.owner()) == EntityKind.STATE
                        && !p.head().startsWith("http")) {
                    bodyOwner.putIfAbsent(p.head(), p.owner());
                }
                if (p.kind() == EntityKind.PERSON && p.head() != null && p.title() != null) {
                    facts.add(new Fact(p.head(), p.title(), p.owner(), fi, p.start()));
                    if (!p.title().isEmpty()) roles.putIfAbsent(p.head(), p.title());
                }
            }
        }
        List<Fact> fromDescriptions = new ArrayList<>();
        DirectFacts direct = new DirectFacts(facts);
        for (int fi = 0; fi < frames.size(); fi++) {
            Frame f = frames.get(fi);
            for (int pi = 0; pi < f.phrases.size(); pi++) {
                Phrase p = f.phrases.get(pi);
                if (!p.description()) continue;
                if (TitleClass.isPlural(p.title())) {
                    String owner = p.owner() == null ? ownerOfSamePlural(frames, fi, p) : null;
                    if (owner != null) f.phrases.set(pi, p.withOwner(owner, p.title()));
                    continue;
                }
                String person = apposedPerson(f, p);
                if (person == null) person = resolveDescription(p, fi, frames, direct);
                if (person == null) continue;
                f.phrases.set(pi, p.withHead(person));
                if (p.owner() != null) fromDescriptions.add(new Fact(person, p.title(), p.owner(), fi, p.start()));
            }
        }
        facts.addAll(fromDescriptions);
    }

    /**
     * "CARICOM Heads of Government met ... invited by the Heads of Government": a plural office with
     * no owner is the body that the same office was last said to belong to, earlier in the article.
     */
    private static String ownerOfSamePlural(List<Frame> frames, int frame, Phrase d) {
        for (int fi = frame; fi >= 0; fi--) {
            List<Phrase> phrases = frames.get(fi).phrases;
            for (int k = phrases.size() - 1; k >= 0; k--) {
                Phrase q = phrases.get(k);
                if (fi == frame && q.start() >= d.start()) continue;
                if (q.owner() != null && q.title() != null && q.title().equalsIgnoreCase(d.title())) return q.owner();
            }
        }
        return null;
    }

    /**
     * "SADC Chairperson, Zimbabwean President Emmerson Mnangagwa": an office with its owner and no
     * name, then a comma and a named person, is that person's second office.
     */
    private static String apposedPerson(Frame f, Phrase d) {
        if (d.owner() == null || !f.word(d.end()).equals(",")) return null;
        Phrase next = f.phraseStartingAt(d.end() + 1);
        if (next == null || next.kind() != EntityKind.PERSON || next.head() == null || next.description()) return null;
        // "the Kenyan foreign minister, Ghana's envoy and ...": a list of offices, not an apposition
        return next.end() >= f.size() || !f.word(next.end()).equals(",") || !f.word(next.end() + 1).equals("and") ? next.head() : null;
    }

    String role(String person) { return roles.get(person); }

    /** The article's home state: where unattached ministries and offices belong. */
    String homeState() { return homeState; }

    /**
     * The person a description refers to: never one named in the same sentence (a writer would use a
     * pronoun); first among those whose office has the same owner, nearest before, else nearest after;
     * failing that, the only person of that office whose owner is unknown; and for a description with
     * no owner, the only holder of that office the article names.
     */
    private String resolveDescription(Phrase d, int frame, List<Frame> frames, DirectFacts direct) {
        Frame f = frames.get(frame);
        String cls = TitleClass.of(d.title());
        Set<String> inSentence = new HashSet<>();
        for (Phrase p : f.phrases) if (p.kind() == EntityKind.PERSON && p.head() != null) inSentence.add(p.head());
        int before = -1, after = Integer.MAX_VALUE;
        Set<String> unknownOwner = new HashSet<>();
        for (FactGroup g : direct.groups) {
            boolean classMatches = cls.equals("*") || g.titleClass().equals("*") || g.titleClass().equals(cls);
            if (!classMatches) continue;
            if (inSentence.contains(g.person())) {
                // "Indian President X ..., the first visit by an Indian head of state": a kind, not someone else
                if (d.owner() != null && g.owner() != null && stateOf(d.owner()).equals(stateOf(g.owner()))) return null;
                continue;
            }
            if (g.owner() == null) {
                if (!cls.equals("*")) unknownOwner.add(g.person());
                continue;
            }
            if (d.owner() == null || !stateOf(d.owner()).equals(stateOf(g.owner()))) continue;
            before = Math.max(before, g.lastBefore(facts, frame, d.start()));
            after = Math.min(after, g.firstFrom(facts, frame, d.start()));
        }
        int pick = before >= 0 ? before : after;
        if (pick != Integer.MAX_VALUE) return facts.get(pick).person();
        unknownOwner.removeAll(direct.personsWithOwner);
        if (unknownOwner.size() == 1) return unknownOwner.iterator().next();
        // "President X ordered troops ... The leftist leader warned ...": a description opening a sentence, with no
        // owner said, continues the topic, as "he" would: the person the sentence before opened with, of that office
        if (d.owner() == null && descriptionOpensSentence(f, d.start()) && frame > 0 && !cls.equals("*")) {
            String opener = OpeningPronouns.openingPerson(frames.get(frame - 1));
            if (opener != null && !inSentence.contains(opener)
                    && direct.groups.stream().anyMatch(g -> g.person().equals(opener) && g.titleClass().equals(cls))) return opener;
        }
        // "The Prime Minister has agreed to ...": with no owner said, the one holder of that office the article names
        if (d.owner() == null) return cls.equals("*") ? null : soleHolder(d.title(), inSentence);
        return cls.equals("leader") && table.kind(d.owner()) == EntityKind.STATE && direct.groups.stream().noneMatch(
                g -> g.titleClass().equals(cls) && g.owner() != null && stateOf(g.owner()).equals(d.owner()))
                ? untitledNeighbour(frame, frames, inSentence, direct) : null;
    }

    /** Whether only "the" and lower-case modifiers come before token {@code start}: "The leftist leader warned ...". */
    private static boolean descriptionOpensSentence(Frame f, int start) {
        if (start == 0) return true;
        if (!f.word(0).equals("the") || start > 3) return false;
        for (int k = 1; k < start; k++) {
            boolean modifier = f.pos(k).startsWith("JJ") || f.pos(k).equals("NN");
            if (f.refs.tokens().get(k).isCapitalized() || !modifier) return false;
        }
        return true;
    }

    /**
     * "The Mexican president ruled out attending ... Andrés Manuel López Obrador said ...": news
     * often gives a leader's office and name in different sentences, never together. When no one
     * holds that state's office in the article, the description is the one person named nearby (up
     * to three sentences before or two after) whom the article gives no office at all; if two such
     * people are near, it is neither.
     */
    private String untitledNeighbour(int frame, List<Frame> frames, Set<String> inSentence, DirectFacts direct) {
        Set<String> withOffice = new HashSet<>();
        for (FactGroup g : direct.groups) withOffice.add(g.person());
        Set<String> near = new HashSet<>();
        for (int k = Math.max(0, frame - 3); k <= Math.min(frames.size() - 1, frame + 2); k++) {
            for (Phrase p : frames.get(k).phrases) {
                if (p.kind() == EntityKind.PERSON && p.head() != null && table.kind(p.head()) == EntityKind.PERSON
                        && !withOffice.contains(p.head()) && !inSentence.contains(p.head())) near.add(p.head());
            }
        }
        return near.size() == 1 ? near.iterator().next() : null;
    }

    /** The one person the article names with this very title ("Prime Minister", not any leader), or null. */
    private String soleHolder(String title, Set<String> inSentence) {
        Set<String> holders = new HashSet<>();
        for (Fact fact : facts) if (fact.title().equalsIgnoreCase(title)) holders.add(fact.person());
        if (holders.size() != 1) return null;
        String holder = holders.iterator().next();
        return inSentence.contains(holder) ? null : holder;
    }

    /**
     * The facts read from names, grouped by person, title and owner. Descriptions are resolved against
     * the groups, not fact by fact: a long article repeats the same few facts thousands of times, and
     * comparing every description with every fact made a 5 MB article's extraction quadratic.
     */
    private static final class DirectFacts {
        final List<FactGroup> groups = new ArrayList<>();
        final Set<String> personsWithOwner = new HashSet<>();

        DirectFacts(List<Fact> facts) {
            Map<List<String>, FactGroup> byKey = new LinkedHashMap<>();
            for (int i = 0; i < facts.size(); i++) {
                Fact fact = facts.get(i);
                if (fact.owner() != null) personsWithOwner.add(fact.person());
                byKey.computeIfAbsent(Arrays.asList(fact.person(), fact.title(), fact.owner()), k -> new FactGroup(
                        fact.person(), fact.title().isEmpty() ? "*" : TitleClass.of(fact.title()), fact.owner(), new ArrayList<>()))
                        .indices().add(i);
            }
            groups.addAll(byKey.values());
        }
    }

    /** Indices into the fact list, ascending; their frames ascend with them, tokens within a frame need not. */
    private record FactGroup(String person, String titleClass, String owner, List<Integer> indices) {
        /** The latest-read fact before token {@code token} of frame {@code frame}, or -1. */
        int lastBefore(List<Fact> facts, int frame, int token) {
            int lo = firstInFrame(facts, frame), hi = firstInFrame(facts, frame + 1);
            for (int k = hi - 1; k >= lo; k--) if (facts.get(indices.get(k)).token() < token) return indices.get(k);
            return lo > 0 ? indices.get(lo - 1) : -1;
        }

        /** The earliest-read fact at or after token {@code token} of frame {@code frame}, or MAX_VALUE. */
        int firstFrom(List<Fact> facts, int frame, int token) {
            int lo = firstInFrame(facts, frame), hi = firstInFrame(facts, frame + 1);
            for (int k = lo; k < hi; k++) if (facts.get(indices.get(k)).token() >= token) return indices.get(k);
            return hi < indices.size() ? indices.get(hi) : Integer.MAX_VALUE;
        }

        /** The position in {@code indices} of the first fact in frame {@code frame} or later. */
        private int firstInFrame(List<Fact> facts, int frame) {
            int lo = 0, hi = indices.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (facts.get(indices.get(mid)).frame() < frame) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }
    }

    private String stateOf(String owner) {
        if (table.kind(owner) == EntityKind.ORGANIZATION) {
            if (table.owner(owner) != null) return table.owner(owner);
            if (bodyOwner.containsKey(owner)) return bodyOwner.get(owner);
        }
        return owner;
    }

    /** The represents relations that offices with a named owner give. */
    void relations(List<Frame> frames, ArticleContext ctx, List<Relation> out) {
        for (Fact fact : facts) {
            if (fact.owner() == null || table.kind(fact.person()) != EntityKind.PERSON) continue;
            Frame f = frames.get(fact.frame());
            String target = actorFor(fact.owner(), f, fact, new HashSet<>());
            if (target == null || target.equals(fact.person())) continue;
            // an office in a body the article ties to no state ("secretary of the National Security
            // Council") is the home state's only by a guess, which a stated role outranks
            double confidence = guessedHomeBody(fact.owner(), f) ? 0.6
                    : fact.title().isEmpty() ? 0.7 : target.equals(fact.owner()) ? 0.9 : 0.8;
            out.add(ctx.relation(RelationType.REPRESENTS, fact.person(), target, null, null, f, false, confidence));
        }
    }

    /**
     * For people with an office but no represents relation from anywhere else: the first state the
     * sentence names, at lower confidence. Offices of organizations ("secretary-general") get none.
     * Then an aide of a person ("President X ..., his spokesman Y") acts for whom that person was
     * found to represent, as "Zarif's deputies" do for a Zarif whose office names his state.
     *
     * @param found the relations found so far; the fallbacks are added to it
     */
    void fallbackRelations(List<Frame> frames, ArticleContext ctx, List<Relation> found) {
        Map<String, String> represents = new HashMap<>();
        for (Relation r : found) if (r.type() == RelationType.REPRESENTS) represents.putIfAbsent(r.agent(), r.target());
        fallbackFromSentence(frames, ctx, represents, found);
        for (Fact fact : facts) {
            if (fact.owner() == null || represents.containsKey(fact.person()) || table.kind(fact.person()) != EntityKind.PERSON) continue;
            if (table.kind(fact.owner()) != EntityKind.PERSON) continue;
            String target = represents.get(fact.owner());
            if (target == null || target.equals(fact.person())) continue;
            represents.put(fact.person(), target);
            found.add(ctx.relation(RelationType.REPRESENTS, fact.person(), target, null, null, frames.get(fact.frame()), false, 0.6));
        }
    }

    private void fallbackFromSentence(List<Frame> frames, ArticleContext ctx, Map<String, String> represents, List<Relation> out) {
        // whom someone invites, hosts, warns or travels to is not whom they act for, nor the other way round
        Set<List<String>> actsOn = new HashSet<>();
        for (Relation r : out) {
            if (r.type() == RelationType.REPRESENTS || r.agent() == null || r.target() == null) continue;
            actsOn.add(List.of(r.agent(), r.target()));
            // nor the state of the person they host: "Y travels to Canberra as a guest of Prime Minister X";
            // and the one invited, hosted or warned is not of the side that does it ("Britain's King X hosted President Y")
            if (represents.containsKey(r.target())) actsOn.add(List.of(r.agent(), represents.get(r.target())));
            actsOn.add(List.of(r.target(), r.agent()));
            if (represents.containsKey(r.agent())) actsOn.add(List.of(r.target(), represents.get(r.agent())));
        }
        for (Fact fact : facts) {
            if (fact.owner() != null || fact.title().isEmpty() || represents.containsKey(fact.person())) continue;
            if (TitleClass.isOrganizationOffice(fact.title()) || table.kind(fact.person()) != EntityKind.PERSON) continue;
            Frame f = frames.get(fact.frame());
            if (insideQuotation(f, fact.token())) continue; // a speaker's words name states loosely
            // "Foreign Ministry spokesperson": an office of a body the article does not attach to a state
            // "Secretary of State X": a title that names one state's office is that state's, and no other's
            // even where the article never names the state
            Optional<Gazetteer.Entry> office = gazetteer.stateOfOffice(fact.title());
            if (office.isPresent() && !table.has(office.get().iri())) continue;
            String target = namesBody(fact.title()) ? homeState : office.map(Gazetteer.Entry::iri).orElse(null);
            Set<String> heldByOthers = statesWhoseOfficeOthersHold(fact);
            if (target == null) target = stateOfAccompanied(f, fact.token(), represents);
            if (target == null) {
                target = stateOfClause(f, fact.token(), state -> !actsOn.contains(List.of(fact.person(), state))
                        && !destinationsOf(f, fact.token()).contains(state) && !heldByOthers.contains(state));
            }
            if (target == null) target = stateOfMinistryFor(fact.title());
            if (target == null && TitleClass.isGovernmentOffice(fact.title())) target = stateOfCapitalIn(f, fact.token());
            // "TEHRAN - ... Foreign Minister Abbas Araghchi": an office the article ties to no one is of where it is
            // filed from; failing a dateline, of the state the article is about ("Pakistan is hosting ... Prime
            // Minister Imran Khan will make the keynote address")
            if (target == null && TitleClass.isGovernmentOffice(fact.title())) target = datelineState;
            if (target == null && TitleClass.isGovernmentOffice(fact.title()) && homeStateStated
                    && !actsOn.contains(List.of(fact.person(), homeState)) && !travelsTo(f, fact.token(), homeState)) {
                target = homeState;
            }
            if (target == null || heldByOthers.contains(target)) continue;
            represents.put(fact.person(), target);
            out.add(ctx.relation(RelationType.REPRESENTS, fact.person(), target, null, null, f, false, 0.6));
        }
    }

    /** Offices a state has one holder of at a time: "Chinese Foreign Minister Wang Yi" leaves "Foreign Minister X" another state's. */
    private static final Set<String> SOLE_OFFICES = Set.of("president", "prime minister", "premier", "foreign minister",
            "king", "queen", "emir", "amir", "chancellor", "sultan", "crown prince", "vice president", "defence minister",
            "defense minister", "foreign secretary", "secretary of state");

    /**
     * The states whose office of this fact's kind the article gives someone else: a state has one
     * president, one prime minister, one foreign minister at a time.
     */
    private Set<String> statesWhoseOfficeOthersHold(Fact fact) {
        String office = soleOffice(fact.title());
        if (office == null) return Set.of();
        Set<String> out = new HashSet<>();
        for (Fact other : facts) {
            if (other.owner() == null || other.person().equals(fact.person()) || !office.equals(soleOffice(other.title()))) continue;
            String state = stateOf(other.owner());
            if (table.kind(state) == EntityKind.STATE) out.add(state);
        }
        return out;
    }

    private static String soleOffice(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace('-', ' ').strip();
        if (t.startsWith("deputy") || t.startsWith("former") || t.startsWith("acting") || t.startsWith("interim")) return null;
        if (TitleClass.of(title).equals("foreign minister")) return "foreign minister";
        return SOLE_OFFICES.contains(t) ? t : null;
    }

    private static final Set<String> NOT_A_FIELD = Set.of("minister", "secretary", "deputy", "vice", "first", "acting",
            "state", "of", "for", "the");

    /**
     * "External Affairs Minister X" in an article that names "India's Ministry of External Affairs":
     * the state whose ministry of that field the article names, when it names one state's only.
     */
    private String stateOfMinistryFor(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        if (!t.contains("minister") && !t.contains("secretary")) return null;
        List<String> field = Arrays.stream(t.split(" ")).filter(w -> !NOT_A_FIELD.contains(w)).toList();
        if (field.isEmpty()) return null;
        Set<String> states = new HashSet<>();
        for (String org : table.keys()) {
            if (table.kind(org) != EntityKind.ORGANIZATION) continue;
            String label = table.label(org).toLowerCase(Locale.ROOT);
            if (!label.contains("ministry") || !field.stream().allMatch(label::contains)) continue;
            String state = stateOf(org);
            if (table.kind(state) == EntityKind.STATE) states.add(state);
            else if (homeState != null) states.add(homeState); // "the Foreign Ministry": the home state's
        }
        return states.size() == 1 ? states.iterator().next() : null;
    }

    /** The state or organization an owner stands for: a state body's state, a person's own state. */
    private String actorFor(String owner, Frame f, Fact fact, Set<String> seen) {
        if (!seen.add(owner)) return null;
        EntityKind kind = table.kind(owner);
        if (kind == EntityKind.STATE) return owner;
        if (kind == EntityKind.ORGANIZATION) {
            String state = stateOf(owner);
            if (!state.equals(owner)) return state;
            if (owner.startsWith("http")) return owner; // an international organization or group from the gazetteer
            String inName = stateInLabel(table.label(owner), f);
            if (inName != null) return inName;
            return homeState; // "the Foreign Office": a body the article does not attach to a state is its home state's
        }
        if (kind == EntityKind.PERSON) {
            for (Fact other : facts) {
                if (other.person().equals(owner) && other.owner() != null) return actorFor(other.owner(), f, other, seen);
            }
        }
        return null;
    }

    private boolean guessedHomeBody(String owner, Frame f) {
        return table.kind(owner) == EntityKind.ORGANIZATION && stateOf(owner).equals(owner) && !owner.startsWith("http")
                && stateInLabel(table.label(owner), f) == null;
    }

    /** "Atomic Energy Organization of Iran": a state named inside an organization's name. */
    private String stateInLabel(String label, Frame f) {
        for (Ref r : f.refs.refs) {
            if (r.kind() == EntityKind.STATE && label.contains(r.mention().text())) return r.key();
        }
        return null;
    }

    private static boolean insideQuotation(Frame f, int token) {
        int open = 0;
        for (int k = 0; k < token; k++) {
            String w = f.word(k);
            if (w.equals("\u201c")) open++;
            else if (w.equals("\u201d") && open > 0) open--;
        }
        return open > 0;
    }

    private static boolean namesBody(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains("ministry") || t.contains("office") || t.contains("department");
    }

    private static final Set<String> ACCOMPANYING = Set.of("accompanied", "joined", "flanked");

    /**
     * "Ugandan President X, who was accompanied by Foreign Minister Y": whoever someone is accompanied
     * by is of that person's side, where the side is known.
     */
    private static String stateOfAccompanied(Frame f, int token, Map<String, String> represents) {
        int by = token - 1;
        while (by > 0 && !f.word(by).equals("by") && token - by <= 3) by--;
        if (by < 1 || !f.word(by).equals("by") || !ACCOMPANYING.contains(f.word(by - 1))) return null;
        for (int k = by - 2; k >= 0; k--) {
            Phrase p = f.phraseAt(k);
            if (p == null || p.kind() != EntityKind.PERSON || p.head() == null) continue;
            return represents.get(p.head());
        }
        return null;
    }

    /** Words that open a clause of contrast, whose actors are often the other side's. */
    private static final Set<String> CONTRAST = Set.of("while", "whereas", "but", ";");

    /**
     * The first state named in the office's clause, else in the sentence, of those {@code allowed}
     * (not whom the person invites, hosts or warns): in "Iran's delegation was led
     * by X, while the American side was headed by Y, President Z's envoy", Z's state is the US.
     */
    private static String stateOfClause(Frame f, int token, Predicate<String> allowed) {
        int from = 0, to = f.size();
        for (int k = 0; k < f.size(); k++) {
            if (!CONTRAST.contains(f.word(k))) continue;
            if (k < token) from = k;
            else if (to == f.size()) to = k;
        }
        String inSentence = null;
        for (Phrase p : f.phrases) {
            if (p.nested() || p.kind() != EntityKind.STATE || !allowed.test(p.head())) continue;
            if (p.start() >= from && p.start() < to) return p.head();
            if (inSentence == null) inSentence = p.head();
        }
        return inSentence;
    }


    /**
     * "handed over in Damascus ... during a meeting with Foreign Minister X": the state whose capital
     * the sentence places things in, where the article names that state and the person is not the
     * one going there ("X arrived in Damascus").
     */
    private String stateOfCapitalIn(Frame f, int token) {
        for (Ref r : f.refs.refs) {
            String state = stateOfCapitalPlace(r);
            if (state == null || r.start() == 0) continue;
            int k = r.start() - 1;
            if (k > token && k > 0 && GOES_TO.contains(f.word(k - 1).toLowerCase(Locale.ROOT)) && !clauseBreakBetween(f, token, k)) continue;
            return state;
        }
        return null;
    }

    /**
     * The state of a capital named as a place ("in Abuja"), where the article names that state; null
     * for other refs, and for "in Brussels", which seats the EU and no state.
     */
    private String stateOfCapitalPlace(Ref r) {
        Mention m = r.mention();
        if (r.kind() != EntityKind.PLACE || m.gaz() == null || m.gaz().form() != Gazetteer.Form.CAPITAL
                || m.gaz().entry().kind() != EntityKind.STATE) return null;
        String state = m.gaz().entry().iri();
        return table.has(state) ? state : null;
    }

    /** Words after which a state is where someone goes: "visit China", "travel to Japan", "arrived in Kenya". */
    private static final Set<String> GOES_TO = Set.of("visit", "visits", "visiting", "visited", "trip", "tour", "travel",
            "travels", "travelling", "traveling", "travelled", "traveled", "head", "heads", "heading", "headed",
            "arrive", "arrives", "arriving", "arrived");

    /**
     * The states the person at {@code token} goes to in the same clause: "X has been invited to visit
     * China" or "X will travel to Japan" does not make X China's. A destination before the person
     * ("in Beijing, President Xi said") is no journey of theirs, nor is the invitee's journey that
     * follows an inviter ("an invitation from President X to visit Washington").
     */
    private static Set<String> destinationsOf(Frame f, int token) {
        Set<String> out = new HashSet<>();
        if (isAgent(f, token)) return out;
        for (Phrase p : f.phrases) {
            if (p.kind() != EntityKind.STATE || p.start() <= token) continue;
            int k = p.start() - 1;
            if (k > 0 && (f.word(k).equals("to") || f.word(k).equals("in"))) k--;
            if (k > token && GOES_TO.contains(f.word(k).toLowerCase(Locale.ROOT)) && !clauseBreakBetween(f, token, k)) out.add(p.head());
        }
        return out;
    }

    /** The name at {@code token}, with its title, follows "from" or "by". */
    private static boolean isAgent(Frame f, int token) {
        int k = token - 1;
        while (k >= 0 && !f.word(k).isEmpty() && Character.isUpperCase(f.word(k).charAt(0))) k--;
        return k >= 0 && (f.word(k).equals("from") || f.word(k).equals("by"));
    }

    private static boolean clauseBreakBetween(Frame f, int from, int to) {
        for (int k = from + 1; k < to; k++) if (CONTRAST.contains(f.word(k))) return true;
        return false;
    }

    /**
     * "Tinubu receives Niger's Prime Minister in Abuja": the state whose capital the headline or the
     * first sentence places the story in, where the article names that state; else null.
     */
    private String capitalOfOpening(List<Frame> frames) {
        for (int fi = 0; fi < Math.min(2, frames.size()); fi++) {
            for (Ref r : frames.get(fi).refs.refs) {
                String state = stateOfCapitalPlace(r);
                if (state != null) return state;
            }
        }
        return null;
    }

    /** "Pakistan is hosting ...", "Jamaica to host ...": the article's first phrase is the state. */
    private static boolean opensWith(List<Frame> frames, String state) {
        for (Frame f : frames) {
            for (Phrase p : f.phrases) {
                if (p.nested() || p.head() == null) continue;
                // "Iran warned ...", or "Australian Prime Minister Scott Morrison warned ...": the story opens with the state or its official
                return p.head().equals(state) && p.kind() == EntityKind.STATE || p.kind() == EntityKind.PERSON && state.equals(p.owner());
            }
        }
        return false;
    }

    /** Whether the person at {@code token} goes to the state or its capital: "arrived in Damascus", "travel to Japan". */
    private boolean travelsTo(Frame f, int token, String state) {
        if (destinationsOf(f, token).contains(state)) return true;
        for (Ref r : f.refs.refs) {
            if (r.start() <= token + 1 || !state.equals(stateOfCapitalPlace(r))) continue;
            int k = r.start() - 1;
            if (k > 0 && GOES_TO.contains(f.word(k - 1).toLowerCase(Locale.ROOT)) && !clauseBreakBetween(f, token, k)) return true;
        }
        return false;
    }

    private static String firstState(List<Frame> frames) {
        for (Frame f : frames) for (Ref r : f.refs.refs) if (r.kind() == EntityKind.STATE) return r.key();
        return null;
    }
}
