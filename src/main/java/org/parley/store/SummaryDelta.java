package org.parley.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.parley.rdf.SummaryFact;
import org.parley.rdf.SummaryFacts;
import org.parley.resolve.Identities;

/**
 * What a batch of article writes changes in the summary graph: per fact, how many more (or fewer)
 * articles state it, and which assertions start or stop attesting it. Built from the facts of
 * each replaced graph (taken away) and each new graph (added), so that a store's summary always
 * equals one built from its article graphs afresh.
 */
public final class SummaryDelta {
    /** One fact's change. {@code fact} describes it; the sets are disjoint. */
    public static final class Change {
        private final SummaryFact fact;
        private int articles;
        private final Set<Node> attested = new HashSet<>();
        private final Set<Node> unattested = new HashSet<>();

        private Change(SummaryFact fact) {
            this.fact = fact;
        }

        public SummaryFact fact() { return fact; }
        /** How many more articles state the fact (negative: fewer). */
        public int articles() { return articles; }
        public Set<Node> attested() { return attested; }
        public Set<Node> unattested() { return unattested; }
    }

    private final Map<Node, Change> changes = new LinkedHashMap<>();

    /** The facts of an article graph that is being stored. */
    public void add(Graph articleGraph) {
        add(articleGraph, Identities.NONE);
    }

    /** The facts of an article graph that is being replaced or removed. */
    public void remove(Graph articleGraph) {
        remove(articleGraph, Identities.NONE);
    }

    /** The facts of an article graph that is being stored, its actors as the store resolves them. */
    public void add(Graph articleGraph, Identities identities) {
        apply(SummaryFacts.of(articleGraph, identities).values(), +1);
    }

    /**
     * The facts of an article graph that is being replaced or removed, or is summarized again under
     * new identities, its actors as the store resolved them when it was summarized.
     */
    public void remove(Graph articleGraph, Identities identities) {
        apply(SummaryFacts.of(articleGraph, identities).values(), -1);
    }

    public Collection<Change> changes() {
        return changes.values();
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private void apply(Collection<SummaryFact> facts, int sign) {
        for (SummaryFact f : facts) {
            Change c = changes.computeIfAbsent(f.node(), n -> new Change(f));
            c.articles += sign;
            for (Node a : f.attestations()) {
                // An article stored again names its assertions as before: taking one away and adding it back is no change.
                if (sign > 0 && !c.unattested.remove(a)) c.attested.add(a);
                if (sign < 0 && !c.attested.remove(a)) c.unattested.add(a);
            }
        }
    }
}
