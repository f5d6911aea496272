package org.parley.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.DIP;

/**
 * Gathers what the articles say of each person IRI: its labels, the states it represents and the
 * number of articles that mention it, article graph by article graph ({@link #add}) or fact by fact
 * from a store's quads. The order they come in changes nothing.
 */
public final class PersonRecords {
    private final Map<String, Map<String, Integer>> labels = new HashMap<>();
    private final Map<String, Set<String>> states = new HashMap<>();
    private final Map<String, Integer> articles = new HashMap<>();

    /** Adds one article's graph. */
    public void add(Graph article) {
        Set<Node> people = new HashSet<>();
        article.find(Node.ANY, RDF.type.asNode(), DIP.Person.asNode()).forEachRemaining(t -> people.add(t.getSubject()));
        for (Node p : people) {
            if (!p.isURI()) continue;
            String iri = p.getURI();
            Set<String> seen = new HashSet<>();
            for (Triple t : article.find(p, RDFS.label.asNode(), Node.ANY).toList()) {
                if (t.getObject().isLiteral() && seen.add(t.getObject().getLiteralLexicalForm())) {
                    labelled(iri, t.getObject().getLiteralLexicalForm());
                }
            }
            for (Triple t : article.find(p, DIP.represents.asNode(), Node.ANY).toList()) {
                Node s = t.getObject();
                if (s.isURI() && article.contains(s, RDF.type.asNode(), DIP.State.asNode())) represents(iri, s.getURI());
            }
            mentioned(iri);
        }
    }

    /** One more article mentions the person. */
    public void mentioned(String iri) {
        articles.merge(iri, 1, Integer::sum);
    }

    /** One more article gives the person this label. */
    public void labelled(String iri, String label) {
        labels.computeIfAbsent(iri, k -> new HashMap<>()).merge(label, 1, Integer::sum);
    }

    /** An article says the person represents this state. */
    public void represents(String iri, String state) {
        states.computeIfAbsent(iri, k -> new HashSet<>()).add(state);
    }

    public List<PersonRecord> records() {
        List<PersonRecord> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> e : labels.entrySet()) {
            out.add(new PersonRecord(e.getKey(), e.getValue(), states.getOrDefault(e.getKey(), Set.of()),
                    articles.getOrDefault(e.getKey(), 0)));
        }
        return out;
    }
}
