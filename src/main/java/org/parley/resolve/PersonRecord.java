package org.parley.resolve;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a store knows of one person IRI across its articles: the labels articles give it (with how
 * many articles give each), the states it is said to represent, and how many articles mention it.
 */
public record PersonRecord(String iri, Map<String, Integer> labels, Set<String> states, int articles) {
    public PersonRecord {
        if (labels.isEmpty()) throw new IllegalArgumentException("a person record needs a label: " + iri);
        labels = Map.copyOf(labels);
        states = Set.copyOf(states);
    }

    /** The label most articles give, the first in code-point order among equals: the same on any machine. */
    public String label() {
        return new TreeMap<>(labels).entrySet().stream()
                .max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue)
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }
}
