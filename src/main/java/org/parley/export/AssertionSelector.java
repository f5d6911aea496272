package org.parley.export;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** Applies a {@link Selection} to the drawable assertions of a graph. */
public final class AssertionSelector {
    private AssertionSelector() {}

    /**
     * @param names   the graph that holds the nodes' labels (to find --actor by name)
     * @param matches what --query picked, or null when there is no query
     */
    public static List<StoredAssertion> select(List<StoredAssertion> all, Selection sel, Model names, QueryMatches matches) {
        return select(all, sel, names, matches, UnaryOperator.identity());
    }

    /**
     * @param canonical maps an actor's IRI in its article to the IRI the store resolved it to: the
     *                  assertions kept come back under those, and --actor finds an actor by any name
     *                  any of its IRIs has
     */
    public static List<StoredAssertion> select(List<StoredAssertion> all, Selection sel, Model names, QueryMatches matches,
                                               UnaryOperator<String> canonical) {
        List<StoredAssertion> kept = new ArrayList<>();
        for (StoredAssertion a : all) {
            if (!a.drawable()) continue;
            if (sel.articleId() != null && !sel.articleId().equals(a.articleId())) continue;
            if (sel.relation() != null && sel.relation() != a.relation()) continue;
            if (sel.since() != null && (a.published() == null || a.published().isBefore(sel.since()))) continue;
            if (matches != null && !matches.matches(a)) continue;
            kept.add(a.resolved(canonical));
        }
        if (sel.actor() == null) return kept;
        Set<String> start = new HashSet<>();
        actorsNamed(names, sel.actor()).forEach(iri -> start.add(canonical.apply(iri)));
        if (start.isEmpty()) throw new ExportException("no actor or event is named \"" + sel.actor() + "\" in the store"
                + " (--actor matches a label or an alternative name, ignoring case)");
        return neighbourhood(kept, start, sel.depth());
    }

    /** Assertions whose edges lie within {@code depth} hops of the start nodes, following edges either way. */
    static List<StoredAssertion> neighbourhood(List<StoredAssertion> assertions, Set<String> start, int depth) {
        Map<String, List<StoredAssertion>> incident = new HashMap<>();
        for (StoredAssertion a : assertions) {
            incident.computeIfAbsent(a.agent(), k -> new ArrayList<>()).add(a);
            incident.computeIfAbsent(a.end(), k -> new ArrayList<>()).add(a);
        }
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (String s : start) {
            distance.put(s, 0);
            queue.add(s);
        }
        Set<StoredAssertion> reached = new HashSet<>();
        while (!queue.isEmpty()) {
            String node = queue.poll();
            int d = distance.get(node);
            if (d >= depth) continue;
            for (StoredAssertion a : incident.getOrDefault(node, List.of())) {
                reached.add(a);
                String other = node.equals(a.agent()) ? a.end() : a.agent();
                if (!distance.containsKey(other)) {
                    distance.put(other, d + 1);
                    queue.add(other);
                }
            }
        }
        return assertions.stream().filter(reached::contains).toList();
    }

    static Set<String> actorsNamed(Model names, String name) {
        String wanted = fold(name);
        Set<String> found = new HashSet<>();
        for (Property p : List.of(RDFS.label, SKOS.altLabel)) {
            for (Statement s : names.listStatements(null, p, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                if (s.getSubject().isURIResource() && s.getObject().isLiteral()
                        && fold(s.getString()).equals(wanted)) {
                    found.add(s.getSubject().getURI());
                }
            }
        }
        return found;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
