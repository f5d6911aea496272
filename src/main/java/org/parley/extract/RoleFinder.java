package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Reads every frame's phrases; resolves descriptions in place. */
    void read(List<Frame> frames, EntityTable table) {
        this.table = table;
        this.homeState = firstState(frames);
        for (int fi = 0; fi < frames.size(); fi++) {
            for (Phrase p : frames.get(fi).phrases) {
                if (p.kind() == EntityKind.ORGANIZATION && p.owner() != null && table.kind(p.owner()) == EntityKind.STATE) {
                    bodyOwner.putIfAbsent(p.head(), p.owner());
                }
                if (p.kind() == EntityKind.PERSON && p.head() != null && p.title() != null) {
                    facts.add(new Fact(p.head(), p.title(), p.owner(), fi, p.start()));
                    if (!p.title().isEmpty()) roles.putIfAbsent(p.head(), p.title());
                }
            }
        }
        List<Fact> fromDescriptions = new ArrayList<>();
        for (int fi = 0; fi < frames.size(); fi++) {
            Frame f = frames.get(fi);
            for (int pi = 0; pi < f.phrases.size(); pi++) {
                Phrase p = f.phrases.get(pi);
                if (!p.description()) continue;
                String person = resolveDescription(p, fi, f);
                if (person == null) continue;
                f.phrases.set(pi, p.withHead(person));
                if (p.owner() != null) fromDescriptions.add(new Fact(person, p.title(), p.owner(), fi, p.start()));
            }
        }
        facts.addAll(fromDescriptions);
    }

    String role(String person) { return roles.get(person); }

    /** The state the article names first: where unattached ministries and offices belong. */
    String homeState() { return homeState; }

    /**
     * The person a description refers to: never one named in the same sentence (a writer would use a
     * pronoun); first among those whose office has the same owner, nearest before, else nearest after;
     * failing that, the only person of that office whose owner is unknown.
     */
    private String resolveDescription(Phrase d, int frame, Frame f) {
        String cls = TitleClass.of(d.title());
        Set<String> inSentence = new HashSet<>();
        for (Phrase p : f.phrases) if (p.kind() == EntityKind.PERSON && p.head() != null) inSentence.add(p.head());
        Fact before = null, after = null;
        Set<String> unknownOwner = new HashSet<>();
        for (Fact fact : facts) {
            if (inSentence.contains(fact.person())) continue;
            String factClass = fact.title().isEmpty() ? "*" : TitleClass.of(fact.title());
            boolean classMatches = cls.equals("*") || factClass.equals("*") || factClass.equals(cls);
            if (!classMatches) continue;
            if (fact.owner() == null) {
                if (!cls.equals("*")) unknownOwner.add(fact.person());
                continue;
            }
            if (d.owner() == null || !stateOf(d.owner()).equals(stateOf(fact.owner()))) continue;
            boolean isBefore = fact.frame() < frame || fact.frame() == frame && fact.token() < d.start();
            if (isBefore) before = fact;
            else if (after == null) after = fact;
        }
        Fact pick = before != null ? before : after;
        if (pick != null) return pick.person();
        for (Fact fact : facts) if (fact.owner() != null) unknownOwner.remove(fact.person());
        return unknownOwner.size() == 1 ? unknownOwner.iterator().next() : null;
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
            double confidence = fact.title().isEmpty() ? 0.7 : target.equals(fact.owner()) ? 0.9 : 0.8;
            out.add(ctx.relation(RelationType.REPRESENTS, fact.person(), target, null, null, f, false, confidence));
        }
    }

    /**
     * For people with an office but no represents relation from anywhere else: the first state the
     * sentence names, at lower confidence. Offices of organizations ("secretary-general") get none.
     */
    void fallbackRelations(List<Frame> frames, ArticleContext ctx, Set<String> represented, List<Relation> out) {
        Set<String> done = new HashSet<>(represented);
        for (Fact fact : facts) {
            if (fact.owner() != null || fact.title().isEmpty() || done.contains(fact.person())) continue;
            if (TitleClass.isOrganizationOffice(fact.title()) || table.kind(fact.person()) != EntityKind.PERSON) continue;
            Frame f = frames.get(fact.frame());
            if (insideQuotation(f, fact.token())) continue; // a speaker's words name states loosely
            // "Foreign Ministry spokesperson": an office of a body the article does not attach to a state
            String target = namesBody(fact.title()) ? homeState : firstState(f);
            if (target == null) continue;
            done.add(fact.person());
            out.add(ctx.relation(RelationType.REPRESENTS, fact.person(), target, null, null, f, false, 0.6));
        }
    }

    /** The state or organization an owner stands for: a state body's state, a person's own state. */
    private String actorFor(String owner, Frame f, Fact fact, Set<String> seen) {
        if (!seen.add(owner)) return null;
        EntityKind kind = table.kind(owner);
        if (kind == EntityKind.STATE) return owner;
        if (kind == EntityKind.ORGANIZATION) {
            if (owner.startsWith("http")) return owner; // an international organization or group from the gazetteer
            String state = stateOf(owner);
            if (!state.equals(owner)) return state;
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
        String t = title.toLowerCase(java.util.Locale.ROOT);
        return t.contains("ministry") || t.contains("office") || t.contains("department");
    }

    /** The first state the sentence names as a phrase of its own (not as some office's owner). */
    private static String firstState(Frame f) {
        for (Phrase p : f.phrases) if (!p.nested() && p.kind() == EntityKind.STATE) return p.head();
        return null;
    }

    private static String firstState(List<Frame> frames) {
        for (Frame f : frames) for (Ref r : f.refs.refs) if (r.kind() == EntityKind.STATE) return r.key();
        return null;
    }
}
