package org.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Official roles tied to an actor: "Iranian Foreign Minister Abbas Araghchi", "Tahir Andrabi, the
 * Foreign Office spokesperson", "IAEA chief Rafael Grossi". It resolves descriptions ("the Turkish
 * foreign minister") to the people they describe, and gives each person with an office the state or
 * organization they ultimately act for: a ministry's official represents the ministry's state.
 */
final class RoleFinder {
    /** A title seen on a person in one sentence, with the owner the text gives (or null). */
    private record Fact(String person, String title, String owner, int frame, int token, boolean fromDescription) {}

    private final List<Fact> facts = new ArrayList<>();
    private final Map<String, String> bodyOwner = new HashMap<>();
    private final Map<String, String> roles = new LinkedHashMap<>();

    /** Reads every frame's phrases; resolves descriptions in place. */
    void read(List<Frame> frames, EntityTable table) {
        for (int fi = 0; fi < frames.size(); fi++) {
            for (Phrase p : frames.get(fi).phrases) {
                if (p.kind() == EntityKind.ORGANIZATION && p.owner() != null && table.kind(p.owner()) == EntityKind.STATE) {
                    bodyOwner.putIfAbsent(p.head(), p.owner());
                }
                if (p.kind() == EntityKind.PERSON && p.head() != null && p.title() != null) {
                    facts.add(new Fact(p.head(), p.title(), p.owner(), fi, p.start(), false));
                    roles.putIfAbsent(p.head(), p.title());
                }
            }
        }
        for (int fi = 0; fi < frames.size(); fi++) {
            Frame f = frames.get(fi);
            for (int pi = 0; pi < f.phrases.size(); pi++) {
                Phrase p = f.phrases.get(pi);
                if (!p.description()) continue;
                String person = resolveDescription(p, fi, table);
                if (person == null) continue;
                f.phrases.set(pi, p.withHead(person));
                if (p.owner() != null) facts.add(new Fact(person, p.title(), p.owner(), fi, p.start(), true));
            }
        }
    }

    String role(String person) { return roles.get(person); }

    /** The nearest person before (else after) the description whose office matches it. */
    private String resolveDescription(Phrase d, int frame, EntityTable table) {
        String cls = TitleClass.of(d.title());
        Fact before = null, after = null;
        for (Fact fact : facts) {
            if (fact.fromDescription()) continue;
            if (!cls.equals("*") && !TitleClass.of(fact.title()).equals(cls)) continue;
            if (d.owner() != null && fact.owner() != null && !sameActor(d.owner(), fact.owner(), table)) continue;
            if (cls.equals("*") && (d.owner() == null || fact.owner() == null)) continue;
            boolean isBefore = fact.frame() < frame || fact.frame() == frame && fact.token() < d.start();
            if (isBefore) before = fact;
            else if (after == null) after = fact;
        }
        Fact pick = before != null ? before : after;
        return pick == null ? null : pick.person();
    }

    private boolean sameActor(String a, String b, EntityTable table) {
        return a.equals(b) || stateOf(a, table).equals(stateOf(b, table));
    }

    private String stateOf(String owner, EntityTable table) {
        if (table.kind(owner) == EntityKind.ORGANIZATION && bodyOwner.containsKey(owner)) return bodyOwner.get(owner);
        return owner;
    }

    /**
     * The represents relations of the article's people. An office with an owner gives that owner
     * (a state body's official represents the state); an office with none gives the state the
     * sentence names, else the article's most named state, at lower confidence.
     */
    void relations(List<Frame> frames, EntityTable table, ArticleContext ctx, List<Relation> out) {
        String dominant = dominantState(frames);
        Map<String, Boolean> explicit = new HashMap<>();
        for (Fact fact : facts) if (fact.owner() != null) explicit.put(fact.person(), true);
        Map<String, Boolean> done = new HashMap<>();
        for (Fact fact : facts) {
            Frame f = frames.get(fact.frame());
            String target = null;
            double confidence = 0.9;
            if (fact.owner() != null) {
                target = actorFor(fact.owner(), table, f, fact);
                if (target == null) continue;
                if (!target.equals(fact.owner())) confidence = 0.8;
            } else {
                if (explicit.containsKey(fact.person()) || done.containsKey(fact.person())) continue;
                if (TitleClass.isOrganizationOffice(fact.title())) continue;
                target = stateInSentence(f, fact);
                confidence = 0.65;
                if (target == null) {
                    target = dominant;
                    confidence = 0.55;
                }
                if (target == null) continue;
            }
            if (table.kind(fact.person()) != EntityKind.PERSON) continue;
            done.put(fact.person(), true);
            out.add(ctx.relation(RelationType.REPRESENTS, fact.person(), target, null, null, f, false, confidence));
        }
    }

    /** The state or organization an owner stands for: a state body's state, a person's own state. */
    private String actorFor(String owner, EntityTable table, Frame f, Fact fact) {
        EntityKind kind = table.kind(owner);
        if (kind == EntityKind.STATE) return owner;
        if (kind == EntityKind.ORGANIZATION) {
            if (owner.startsWith("http")) return owner; // an international organization or group from the gazetteer
            if (bodyOwner.containsKey(owner)) return bodyOwner.get(owner);
            String inName = stateInLabel(table.label(owner), f);
            if (inName != null) return inName;
            return stateInSentence(f, fact);
        }
        if (kind == EntityKind.PERSON) {
            for (Fact other : facts) {
                if (other.person().equals(owner) && other.owner() != null && !other.owner().equals(fact.person())) {
                    return actorFor(other.owner(), table, f, other);
                }
            }
        }
        return null;
    }

    /** "Atomic Energy Organization of Iran": a state named inside an organization's name. */
    private static String stateInLabel(String label, Frame f) {
        for (Ref r : f.refs.refs) {
            if (r.kind() == EntityKind.STATE && label.contains(r.mention().text())) return r.key();
        }
        return null;
    }

    /** The first state the sentence names outside other people's offices. */
    private static String stateInSentence(Frame f, Fact fact) {
        for (Phrase p : f.phrases) {
            if (p.kind() == EntityKind.STATE) return p.head();
        }
        return null;
    }

    private static String dominantState(List<Frame> frames) {
        Map<String, Integer> counts = new HashMap<>();
        for (Frame f : frames) {
            for (Ref r : f.refs.refs) if (r.kind() == EntityKind.STATE) counts.merge(r.key(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }
}
