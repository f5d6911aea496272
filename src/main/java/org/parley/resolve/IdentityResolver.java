package org.parley.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides which person IRIs of a store name one real person, from what all its articles say, and
 * picks the IRI that stands for each person. The outcome is a function of the set of records alone,
 * not of the order articles came in, so a store resolves the same on any machine, after any ingest
 * order, and after a bulk load.
 *
 * <p>One name <em>fits</em> another when it can be a shorter or differently transliterated way of
 * writing it: word for word the same up to {@link NameKey#skeleton} ("Vladimir Zelensky",
 * "Volodymyr Zelensky"); an initial for a word ("George W. Bush", "George Walker Bush"); the first
 * or last words of it ("Faisal bin Farhan", "Lula da Silva"); its first and last words with some
 * middle ones left out ("Félix Tshisekedi"); or, for a one-word name, any of its words ("Trump",
 * "Lula"), the first only as written alike (a lone "Charles" is not "Carlos Holguin"). A name is merged into the fullest name it fits only when exactly one person fits:
 * "Kim" stays apart while the store knows Kim Jong Un and Kim Yo Jong. Two people said to
 * represent different states never merge.
 */
public final class IdentityResolver {

    /** A record with its name broken into the words that compare. */
    private static final class Name {
        final PersonRecord record;
        final List<String> words;
        final List<String> skeletons;
        int group;

        Name(PersonRecord record) {
            this.record = record;
            this.words = NameKey.person(record.label()).matchTokens();
            this.skeletons = words.stream().map(NameKey::skeleton).toList();
        }

        boolean isInitial(int i) { return words.get(i).length() == 1; }
    }

    /** Resolves the people of a set of article graphs, as a store holding exactly those would. */
    public Identities resolveGraphs(Collection<org.apache.jena.graph.Graph> articleGraphs) {
        PersonRecords records = new PersonRecords();
        articleGraphs.forEach(records::add);
        return resolve(records.records());
    }

    public Identities resolve(Collection<PersonRecord> records) {
        List<Name> names = new ArrayList<>();
        // sorted by IRI, so that every tie below is broken the same way on any machine
        new TreeMap<String, PersonRecord>(toMap(records)).values().forEach(r -> names.add(new Name(r)));
        Map<String, List<Name>> byWord = new HashMap<>();
        for (Name n : names) {
            for (int i = 0; i < n.words.size(); i++) {
                if (!n.isInitial(i)) byWord.computeIfAbsent(n.skeletons.get(i), k -> new ArrayList<>()).add(n);
            }
        }
        List<List<Name>> groups = groupEquivalents(names, byWord);

        Map<Name, Name> target = new HashMap<>();
        for (Name a : names) {
            Set<Integer> tops = new LinkedHashSet<>();
            List<Name> candidates = candidates(a, byWord, groups);
            for (Name b : candidates) {
                boolean maximal = candidates.stream().noneMatch(c -> c.group != b.group && fits(b, c));
                if (maximal) tops.add(b.group);
            }
            int group = tops.size() == 1 ? tops.iterator().next() : a.group;
            target.put(a, representative(groups.get(group)));
        }

        Map<String, String> canonical = new HashMap<>();
        Map<String, List<Name>> clusters = new HashMap<>();
        for (Name a : names) {
            Name c = a;
            Set<Name> seen = new HashSet<>();
            while (target.get(c) != c && seen.add(c)) c = target.get(c);
            if (c != a) canonical.put(a.record.iri(), c.record.iri());
            clusters.computeIfAbsent(c.record.iri(), k -> new ArrayList<>()).add(a);
        }

        Map<String, String> preferred = new HashMap<>();
        for (Name a : names) {
            List<Name> cluster = clusters.get(a.record.iri());
            if (cluster == null) continue; // merged into another
            Set<String> labels = new HashSet<>();
            cluster.forEach(n -> labels.addAll(n.record.labels().keySet()));
            if (labels.size() > 1) preferred.put(a.record.iri(), a.record.label());
        }
        return new Identities(canonical, preferred);
    }

    private static Map<String, PersonRecord> toMap(Collection<PersonRecord> records) {
        Map<String, PersonRecord> out = new HashMap<>();
        for (PersonRecord r : records) {
            if (out.put(r.iri(), r) != null) throw new IllegalArgumentException("two records for " + r.iri());
        }
        return out;
    }

    /** Names that fit each other both ways (the same words up to transliteration) form one group. */
    private static List<List<Name>> groupEquivalents(List<Name> names, Map<String, List<Name>> byWord) {
        Map<Name, Name> parent = new HashMap<>();
        for (Name n : names) parent.put(n, n);
        for (Name a : names) {
            for (Name b : byWord.getOrDefault(probe(a), List.of())) {
                if (a != b && equivalent(a, b)) union(parent, a, b);
            }
        }
        Map<Name, List<Name>> byRoot = new java.util.LinkedHashMap<>();
        for (Name n : names) byRoot.computeIfAbsent(find(parent, n), k -> new ArrayList<>()).add(n);
        List<List<Name>> groups = new ArrayList<>(byRoot.values());
        for (int g = 0; g < groups.size(); g++) for (Name n : groups.get(g)) n.group = g;
        return groups;
    }

    private static Name find(Map<Name, Name> parent, Name n) {
        while (parent.get(n) != n) n = parent.get(n);
        return n;
    }

    private static void union(Map<Name, Name> parent, Name a, Name b) {
        Name ra = find(parent, a), rb = find(parent, b);
        if (ra != rb) parent.put(ra, rb);
    }

    /** The IRI that stands for a group: the one most articles use, the first in code-point order among equals. */
    private static Name representative(List<Name> group) {
        return group.stream().max(Comparator.comparingInt((Name n) -> n.record.articles())
                .thenComparing(n -> n.record.iri(), Comparator.reverseOrder())).orElseThrow();
    }

    /** The names this one fits, its own group included. */
    private static List<Name> candidates(Name a, Map<String, List<Name>> byWord, List<List<Name>> groups) {
        Set<Name> out = new LinkedHashSet<>(groups.get(a.group));
        String probe = probe(a);
        if (probe != null) {
            for (Name b : byWord.getOrDefault(probe, List.of())) if (b != a && fits(a, b)) out.add(b);
        }
        return new ArrayList<>(out);
    }

    /**
     * The word to look a name's candidates up by: every name it fits has each of its words other
     * than initials, so its longest will do, and is the rarest to share.
     */
    private static String probe(Name a) {
        String probe = null;
        for (int i = 0; i < a.words.size(); i++) {
            if (!a.isInitial(i) && (probe == null || a.skeletons.get(i).length() > probe.length())) probe = a.skeletons.get(i);
        }
        return probe;
    }

    private static boolean equivalent(Name a, Name b) {
        return a.words.size() == b.words.size() && fits(a, b) && fits(b, a);
    }

    /** Whether name a can be a shorter or differently spelled way of writing name b (see the class comment). */
    static boolean fits(Name a, Name b) {
        if (!compatible(a.record, b.record)) return false;
        int n = a.words.size(), m = b.words.size();
        if (n > m) return false;
        if (n == 1) {
            if (a.isInitial(0)) return false;
            // a lone first name must be written alike: "Charles" is not "Carlos Holguin"
            if (m > 1 && a.words.get(0).equals(b.words.get(0))) return true;
            for (int j = m > 1 ? 1 : 0; j < m; j++) if (!b.isInitial(j) && word(a, 0, b, j)) return true;
            return false;
        }
        if (n == m) return range(a, 0, b, 0, n);
        if (range(a, 0, b, 0, n) || range(a, 0, b, m - n, n)) return true; // first or last words of b
        if (!word(a, 0, b, 0) || !word(a, n - 1, b, m - 1)) return false;
        int j = 1;
        for (int i = 1; i < n - 1; i++) { // the middle words of a, in order, among those of b
            while (j < m - 1 && !word(a, i, b, j)) j++;
            if (j >= m - 1) return false;
            j++;
        }
        return true;
    }

    private static boolean range(Name a, int from, Name b, int at, int length) {
        for (int k = 0; k < length; k++) if (!word(a, from + k, b, at + k)) return false;
        return true;
    }

    /** Word i of a can be word j of b: the same skeleton, or an initial of it. */
    private static boolean word(Name a, int i, Name b, int j) {
        if (a.isInitial(i)) return b.words.get(j).startsWith(a.words.get(i));
        return !b.isInitial(j) && a.skeletons.get(i).equals(b.skeletons.get(j));
    }

    private static boolean compatible(PersonRecord a, PersonRecord b) {
        if (a.states().isEmpty() || b.states().isEmpty()) return true;
        for (String s : a.states()) if (b.states().contains(s)) return true;
        return false;
    }
}
