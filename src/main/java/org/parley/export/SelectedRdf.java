package org.parley.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.DIP;

/**
 * The RDF behind a selection, for the JSON-LD export: the assertions whole, their actors and events
 * (class, names, role), their articles' metadata (not the full text) and the direct relation triples.
 */
public final class SelectedRdf {
    private static final List<Property> NODE_PROPERTIES = List.of(RDF.type, RDFS.label, SKOS.altLabel, DIP.role, DIP.date, DIP.location);
    private static final List<Property> ARTICLE_PROPERTIES = List.of(RDF.type, DIP.sourceId, DIP.title, DIP.published, DIP.source, DIP.contentHash);

    private SelectedRdf() {}

    public static Model build(Model graph, List<StoredAssertion> selected) {
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefix("dip", DIP.NS);
        out.setNsPrefix("rdfs", RDFS.uri);
        out.setNsPrefix("skos", SKOS.uri);
        Set<String> nodes = new HashSet<>();
        Set<Resource> articles = new HashSet<>();
        for (StoredAssertion a : selected) {
            Resource assertion = graph.getResource(a.iri());
            out.add(graph.listStatements(assertion, null, (org.apache.jena.rdf.model.RDFNode) null));
            Resource article = assertion.getPropertyResourceValue(DIP.article);
            if (article != null) articles.add(article);
            for (String n : new String[] {a.agent(), a.target(), a.event()}) if (n != null) nodes.add(n);
            if (a.agent() != null && a.target() != null) {
                Property direct = DirectRelations.property(a.relation());
                Resource agent = graph.getResource(a.agent());
                Resource target = graph.getResource(a.target());
                if (graph.contains(agent, direct, target)) out.add(agent, direct, target);
            }
        }
        for (String n : nodes) copy(graph, graph.getResource(n), NODE_PROPERTIES, out);
        for (Resource article : articles) copy(graph, article, ARTICLE_PROPERTIES, out);
        return out;
    }

    private static void copy(Model graph, Resource subject, List<Property> properties, Model out) {
        for (Property p : properties) out.add(graph.listStatements(subject, p, (org.apache.jena.rdf.model.RDFNode) null));
    }
}
