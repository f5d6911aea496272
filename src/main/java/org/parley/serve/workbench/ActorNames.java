package org.parley.serve.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.parley.rdf.DIP;

/**
 * The names articles give actors, from the summary graph's name index (lower-cased keys): names
 * that start with what a user typed, and which of a page's cell values are actor names.
 */
final class ActorNames {
    /** A cell longer than this is a sentence or a list, never a name worth looking up. */
    private static final int LONGEST_NAME = 160;
    private static final int COMPLETIONS = 15;

    private static final Query STARTING_WITH = StoreReader.parse("""
            PREFIX dip: <%s>
            SELECT ?name (MAX(?n) AS ?articles) WHERE {
              GRAPH <%s> { ?s a dip:NameSummary ; dip:nameKey ?key ; dip:name ?called ; dip:articleCount ?n }
              FILTER (STRSTARTS(?key, ?prefix))
              BIND (STR(?called) AS ?name)
            } GROUP BY ?name ORDER BY DESC(?articles) ?name LIMIT %d
            """.formatted(DIP.NS, DIP.SUMMARY_GRAPH, COMPLETIONS));

    private static final Query KNOWN_KEYS = StoreReader.parse("""
            PREFIX dip: <%s>
            SELECT DISTINCT ?key WHERE { GRAPH <%s> { ?n dip:nameKey ?key } }
            """.formatted(DIP.NS, DIP.SUMMARY_GRAPH));

    private final StoreReader store;

    ActorNames(StoreReader store) {
        this.store = store;
    }

    /** Up to 15 names starting with {@code typed} (any case), the most reported first. */
    List<String> startingWith(String typed) {
        String prefix = key(typed);
        if (prefix.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (QuerySolution row : store.select(STARTING_WITH, Map.of("prefix", NodeFactory.createLiteralString(prefix)))) {
            out.add(StoreReader.string(row, "name"));
        }
        return out;
    }

    /** Which of these values name an actor (in any case). */
    Set<String> actorNamesAmong(Iterable<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank() && v.length() <= LONGEST_NAME) keys.add(key(v));
        }
        if (keys.isEmpty()) return Set.of();
        List<Node> candidates = keys.stream().map(k -> (Node) NodeFactory.createLiteralString(k)).toList();
        Query q = StoreReader.withValues(KNOWN_KEYS, "key", candidates);
        Set<String> known = new HashSet<>();
        for (QuerySolution row : store.select(q, Map.of())) known.add(StoreReader.string(row, "key"));
        Set<String> names = new HashSet<>();
        for (String v : values) {
            if (v != null && known.contains(key(v))) names.add(v);
        }
        return names;
    }

    /** The summary's name key: the name in lower case, as {@code dip:nameKey} holds it. */
    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
