package org.parley.export;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The graph as the visualisation formats see it: typed, labelled nodes and aggregated edges.
 * Every format writer takes this, so writers need no store and no RDF.
 */
public record VisualGraph(List<VisualNode> nodes, List<VisualEdge> edges) {
    public VisualGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Map<String, VisualNode> nodesById() {
        return nodes.stream().collect(Collectors.toMap(VisualNode::id, Function.identity()));
    }
}
