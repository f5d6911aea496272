package org.parley.serve.workbench;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.export.GraphReader;
import org.parley.export.Selection;
import org.parley.export.VisualGraph;
import org.parley.rdf.DIP;

/**
 * The graph of an actor's neighbourhood, as {@code parley export --actor NAME --depth 1} draws it,
 * built from only the assertions that involve the actor. The export reads every assertion in the
 * store and then selects; here the summary graph's attestation links name the actor's assertions
 * first, and their articles and the nodes at their ends are then looked up by IRI, so the page costs
 * what the actor's relations cost, not what the store holds.
 */
final class NeighbourhoodGraph {
    private static final String PREFIXES = "PREFIX dip: <%s>\nPREFIX rdf: <%s>\nPREFIX rdfs: <%s>\nPREFIX skos: <%s>\n"
            .formatted(DIP.NS, RDF.getURI(), RDFS.getURI(), SKOS.getURI());

    private static final Query ASSERTIONS = StoreReader.parse(PREFIXES + """
            CONSTRUCT { ?a ?p ?o } WHERE {
              GRAPH <%s> { { ?s dip:from ?x } UNION { ?s dip:to ?x } ?s dip:attestation ?a }
              # LATERAL: each assertion looked up by its IRI in whichever article graph holds it
              LATERAL { GRAPH ?g { ?a ?p ?o } }
            }
            """.formatted(DIP.SUMMARY_GRAPH));

    private static final Query ARTICLES = StoreReader.parse(PREFIXES + """
            CONSTRUCT { ?art dip:sourceId ?id ; dip:published ?published } WHERE {
              ?art dip:sourceId ?id . OPTIONAL { ?art dip:published ?published }
            }
            """);

    /** Which end IRIs the store resolved to another canonical IRI, and the labels it shows canonical IRIs under. */
    private static final Query IDENTITIES = StoreReader.parse(PREFIXES + """
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            CONSTRUCT { ?n owl:sameAs ?c . ?c skos:prefLabel ?l . ?n skos:prefLabel ?own } WHERE {
              GRAPH <%s> { { ?n owl:sameAs ?c OPTIONAL { ?c skos:prefLabel ?l } } UNION { ?n skos:prefLabel ?own } }
            }
            """.formatted(DIP.IDENTITY_GRAPH));

    private static final Query NODES = StoreReader.parse(PREFIXES + """
            CONSTRUCT { ?n rdf:type ?type ; rdfs:label ?label ; skos:altLabel ?other } WHERE {
              ?n rdf:type ?type . OPTIONAL { ?n rdfs:label ?label } OPTIONAL { ?n skos:altLabel ?other }
            }
            """);

    private final StoreReader store;

    NeighbourhoodGraph(StoreReader store) {
        this.store = store;
    }

    /** @param label the actor's name, as the export's {@code --actor} takes it */
    VisualGraph of(String iri, String label) {
        Model graph = store.construct(ASSERTIONS, Map.of("x", NodeFactory.createURI(iri)));
        graph.add(store.construct(StoreReader.withValues(ARTICLES, "art", objects(graph, DIP.article)), Map.of()));
        Set<Node> ends = objects(graph, DIP.agent, DIP.target, DIP.event);
        // one node per actor as the store resolved them, as the export draws it
        graph.add(store.construct(StoreReader.withValues(IDENTITIES, "n", ends), Map.of()));
        ends.addAll(objects(graph, org.apache.jena.vocabulary.OWL.sameAs));
        graph.add(store.construct(StoreReader.withValues(NODES, "n", ends), Map.of()));
        return GraphReader.fromGraph(graph, Selection.everything().withActor(label, Selection.DEFAULT_DEPTH), null).graph();
    }

    private static Set<Node> objects(Model graph, Property... properties) {
        Set<Node> out = new LinkedHashSet<>();
        for (Property p : properties) {
            for (RDFNode o : graph.listObjectsOfProperty(p).toList()) if (o.isURIResource()) out.add(o.asNode());
        }
        return out;
    }
}
