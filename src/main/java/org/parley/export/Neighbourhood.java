package org.parley.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The edges within some hops of start nodes, following edges either way (--actor with --depth). */
final class Neighbourhood {
    private Neighbourhood() {}

    static Set<FactEdge> within(Collection<FactEdge> edges, Set<NodeKey> start, int depth) {
        Map<NodeKey, List<FactEdge>> incident = new HashMap<>();
        for (FactEdge e : edges) {
            incident.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            incident.computeIfAbsent(e.end(), k -> new ArrayList<>()).add(e);
        }
        Map<NodeKey, Integer> distance = new HashMap<>();
        Deque<NodeKey> queue = new ArrayDeque<>();
        for (NodeKey s : start) {
            distance.put(s, 0);
            queue.add(s);
        }
        Set<FactEdge> reached = new HashSet<>();
        while (!queue.isEmpty()) {
            NodeKey node = queue.poll();
            int d = distance.get(node);
            if (d >= depth) continue;
            for (FactEdge e : incident.getOrDefault(node, List.of())) {
                reached.add(e);
                NodeKey other = node.equals(e.from()) ? e.end() : e.from();
                if (!distance.containsKey(other)) {
                    distance.put(other, d + 1);
                    queue.add(other);
                }
            }
        }
        return reached;
    }
}
