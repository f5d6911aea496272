package org.parley.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds the {@link VisualGraph} from the edges a selection kept: one node per actor or event at an
 * end of an edge, numbered in label order so that the same selection gives the same file every time.
 */
final class VisualGraphBuilder {
    private VisualGraphBuilder() {}

    /** @param fallbackLabels labels the articles give nodes that have no actor summary of their own */
    static VisualGraph build(Map<FactEdge, EdgeSupport> edges, ActorCatalog catalog, Map<NodeKey, String> fallbackLabels) {
        Set<NodeKey> keys = new LinkedHashSet<>();
        for (FactEdge e : edges.keySet()) {
            keys.add(e.from());
            keys.add(e.end());
        }
        record Described(NodeKey key, VisualNode node) {}
        List<Described> described = new ArrayList<>();
        for (NodeKey k : keys) described.add(new Described(k, catalog.describe(k, fallbackLabels.get(k))));
        described.sort(Comparator.comparing((Described d) -> d.node().label())
                .thenComparing(d -> d.node().iri())
                .thenComparing(d -> Objects.toString(d.key().eventPlace(), ""))
                .thenComparing(d -> Objects.toString(d.key().eventDate(), "")));
        Map<NodeKey, Integer> number = new java.util.HashMap<>();
        List<VisualNode> nodes = new ArrayList<>();
        for (Described d : described) {
            number.put(d.key(), nodes.size());
            VisualNode n = d.node();
            nodes.add(new VisualNode("n" + nodes.size(), n.iri(), n.label(), n.type()));
        }

        List<FactEdge> ordered = new ArrayList<>(edges.keySet());
        ordered.sort(Comparator.comparing((FactEdge e) -> number.get(e.from()))
                .thenComparing(FactEdge::relation)
                .thenComparing(e -> number.get(e.end())));
        List<VisualEdge> out = new ArrayList<>();
        for (FactEdge e : ordered) {
            out.add(edges.get(e).edge("e" + out.size(), "n" + number.get(e.from()), "n" + number.get(e.end()), e));
        }
        return new VisualGraph(nodes, out);
    }
}
