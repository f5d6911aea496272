package org.parley.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * Builds the {@link VisualGraph} for selected assertions: one node per actor or event at an end of
 * an edge, one edge per (agent, relation, end) with its support aggregated.
 */
public final class VisualGraphBuilder {
    private VisualGraphBuilder() {}

    /** @param graph the graph that holds the nodes' labels and classes */
    public static VisualGraph build(Model graph, List<StoredAssertion> selected) {
        Map<StoredAssertion.EdgeKey, List<StoredAssertion>> byEdge = new LinkedHashMap<>();
        Set<String> iris = new TreeSet<>();
        for (StoredAssertion a : selected) {
            if (!a.drawable()) continue;
            byEdge.computeIfAbsent(a.edgeKey(), k -> new ArrayList<>()).add(a);
            iris.add(a.agent());
            iris.add(a.end());
        }

        List<VisualNode> nodes = new ArrayList<>();
        for (String iri : iris) nodes.add(new VisualNode(null, iri, labelOf(graph, iri), typeOf(graph, iri)));
        // ids follow label order so that the same selection gives the same file every time
        nodes.sort(Comparator.comparing(VisualNode::label).thenComparing(VisualNode::iri));
        Map<String, String> idOf = new LinkedHashMap<>();
        List<VisualNode> numbered = new ArrayList<>();
        for (VisualNode n : nodes) {
            String id = "n" + numbered.size();
            idOf.put(n.iri(), id);
            numbered.add(new VisualNode(id, n.iri(), n.label(), n.type()));
        }

        List<Map.Entry<StoredAssertion.EdgeKey, List<StoredAssertion>>> entries = new ArrayList<>(byEdge.entrySet());
        entries.sort(Comparator.comparing((Map.Entry<StoredAssertion.EdgeKey, List<StoredAssertion>> e) -> idNumber(idOf.get(e.getKey().agent())))
                .thenComparing(e -> e.getKey().relation())
                .thenComparing(e -> idNumber(idOf.get(e.getKey().end()))));
        List<VisualEdge> edges = new ArrayList<>();
        for (var e : entries) {
            List<StoredAssertion> support = e.getValue();
            Set<String> articles = new TreeSet<>();
            Set<Evidence> evidence = new LinkedHashSet<>();
            boolean anyAsserted = false;
            for (StoredAssertion a : support) {
                String article = a.articleId() == null ? "" : a.articleId();
                if (a.articleId() != null) articles.add(a.articleId());
                if (a.evidence() != null) evidence.add(new Evidence(article, a.evidence()));
                anyAsserted |= a.asserted();
            }
            edges.add(new VisualEdge("e" + edges.size(), idOf.get(e.getKey().agent()), idOf.get(e.getKey().end()),
                    e.getKey().relation(), List.copyOf(articles), List.copyOf(evidence), !anyAsserted));
        }
        return new VisualGraph(numbered, edges);
    }

    private static int idNumber(String id) {
        return Integer.parseInt(id.substring(1));
    }

    /**
     * The skos:prefLabel the store chose for an actor articles spell several ways; else the rdfs:label,
     * preferring an untagged or English one; the IRI's last segment when there is none.
     */
    static String labelOf(Model graph, String iri) {
        Resource r = graph.getResource(iri);
        org.apache.jena.rdf.model.Statement preferredLabel = r.getProperty(org.apache.jena.vocabulary.SKOS.prefLabel);
        if (preferredLabel != null && preferredLabel.getObject().isLiteral()) return preferredLabel.getString();
        List<String> preferred = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (RDFNode o : graph.listObjectsOfProperty(r, RDFS.label).toList()) {
            if (!o.isLiteral()) continue;
            Literal l = o.asLiteral();
            String lang = l.getLanguage();
            (lang.isEmpty() || lang.toLowerCase().startsWith("en") ? preferred : others).add(l.getLexicalForm());
        }
        List<String> pick = preferred.isEmpty() ? others : preferred;
        if (!pick.isEmpty()) return pick.stream().sorted().findFirst().get();
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    static NodeType typeOf(Model graph, String iri) {
        Resource r = graph.getResource(iri);
        NodeType found = NodeType.OTHER;
        for (RDFNode c : graph.listObjectsOfProperty(r, RDF.type).toList()) {
            if (!c.isResource()) continue;
            NodeType t = NodeType.of(c.asResource());
            if (t.ordinal() < found.ordinal()) found = t;
        }
        return found;
    }
}
