package org.parley.resolve;

import java.util.Map;
import java.util.Objects;

/**
 * The outcome of resolving identities across a store: for each merged IRI, the canonical IRI that
 * queries use (recorded in the store as {@code owl:sameAs}), and for each canonical IRI whose
 * articles spell it more than one way, the label it is shown under.
 *
 * @param canonical      merged IRI to canonical IRI; an IRI not in it is its own canonical
 * @param preferredLabel canonical IRI to the label shown for it, where articles give it several
 */
public record Identities(Map<String, String> canonical, Map<String, String> preferredLabel) {
    public static final Identities NONE = new Identities(Map.of(), Map.of());

    public Identities {
        canonical = Map.copyOf(canonical);
        preferredLabel = Map.copyOf(preferredLabel);
    }

    /**
     * The identities recorded in a graph: the store's identity graph, or any graph that holds it,
     * such as the union of a store's graphs.
     */
    public static Identities readFrom(org.apache.jena.graph.Graph graph) {
        Map<String, String> canonical = new java.util.HashMap<>();
        Map<String, String> labels = new java.util.HashMap<>();
        graph.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.OWL.sameAs.asNode(), org.apache.jena.graph.Node.ANY)
                .forEachRemaining(t -> {
                    if (t.getSubject().isURI() && t.getObject().isURI()) canonical.put(t.getSubject().getURI(), t.getObject().getURI());
                });
        graph.find(org.apache.jena.graph.Node.ANY, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(), org.apache.jena.graph.Node.ANY)
                .forEachRemaining(t -> {
                    if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                        labels.put(t.getSubject().getURI(), t.getObject().getLiteralLexicalForm());
                    }
                });
        return new Identities(canonical, labels);
    }

    /** The IRI queries use for this one. */
    public String canonicalOf(String iri) {
        return canonical.getOrDefault(iri, iri);
    }

    /** The label to show for an IRI, given the label its own article gives it. */
    public String labelOf(String iri, String articleLabel) {
        return preferredLabel.getOrDefault(canonicalOf(iri), articleLabel);
    }

    /**
     * The IRIs that are shown differently under these identities than under others: another
     * canonical IRI, or a canonical IRI shown under another label. An article that mentions none of
     * them is summarized the same under both.
     */
    public java.util.Set<String> changedFrom(Identities before) {
        java.util.Set<String> changed = new java.util.HashSet<>();
        java.util.Set<String> merged = union(canonical.keySet(), before.canonical.keySet());
        for (String iri : merged) {
            if (!canonicalOf(iri).equals(before.canonicalOf(iri))) changed.add(iri);
        }
        java.util.Set<String> relabelled = new java.util.HashSet<>();
        for (String iri : union(preferredLabel.keySet(), before.preferredLabel.keySet())) {
            if (!Objects.equals(preferredLabel.get(iri), before.preferredLabel.get(iri))) relabelled.add(iri);
        }
        changed.addAll(relabelled);
        for (String iri : merged) {
            if (relabelled.contains(canonicalOf(iri)) || relabelled.contains(before.canonicalOf(iri))) changed.add(iri);
        }
        return changed;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> u = new java.util.HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
