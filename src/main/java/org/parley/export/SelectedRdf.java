package org.parley.export;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.extract.RelationType;
import org.parley.rdf.DIP;

/**
 * The RDF behind a selection, for the JSON-LD export: the assertions whole, their actors and events
 * (class, names, role), their articles' metadata (not the full text), the direct relation
 * triples, and which of the actors' IRIs the store resolved as one actor (the identity graph's
 * {@code owl:sameAs} and {@code skos:prefLabel}), as the drawing formats draw them as one node.
 * Assertions are added one at a time as the selection reads them.
 */
final class SelectedRdf {
    private static final List<Node> NODE_PROPERTIES = List.of(RDF.type.asNode(), RDFS.label.asNode(),
            SKOS.altLabel.asNode(), DIP.role.asNode(), DIP.date.asNode(), DIP.location.asNode());
    private static final List<Node> ARTICLE_PROPERTIES = List.of(RDF.type.asNode(), DIP.sourceId.asNode(),
            DIP.title.asNode(), DIP.published.asNode(), DIP.source.asNode(), DIP.contentHash.asNode());
    private static final Node IDENTITY = NodeFactory.createURI(DIP.IDENTITY_GRAPH);

    /**
     * The JSON-LD writer builds the whole document in memory, several times the size of the model:
     * allow this many bytes of heap per assertion, and refuse a larger selection at once rather than
     * run out of memory after minutes (a whole 198,000-article store ran for 20 minutes toward that).
     */
    private static final long HEAP_PER_ASSERTION = 64 * 1024;

    private final DatasetGraph dsg;
    private final long maxAssertions;
    private long assertions;
    private final Model out = ModelFactory.createDefaultModel();
    private final Set<Node> nodes = new HashSet<>();
    private final Set<Node> articles = new HashSet<>();

    /** As many assertions as this JVM's heap holds as JSON-LD. */
    static long heapLimit() {
        return Math.max(1000, Runtime.getRuntime().maxMemory() / HEAP_PER_ASSERTION);
    }

    SelectedRdf(DatasetGraph dsg, long maxAssertions) {
        this.dsg = dsg;
        this.maxAssertions = maxAssertions;
        out.setNsPrefix("dip", DIP.NS);
        out.setNsPrefix("rdfs", RDFS.uri);
        out.setNsPrefix("skos", SKOS.uri);
        out.setNsPrefix("owl", OWL.NS);
    }

    /** Refuses a selection of more assertions than the heap holds as JSON-LD, before it is read. */
    void expect(long more) {
        if (assertions + more > maxAssertions) {
            throw new ExportException("the selection holds more than " + maxAssertions + " assertions, more than the"
                    + " JSON-LD export can hold in " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB of memory;"
                    + " select less (--actor, --relation, --since, --article), give Java more (PARLEY_JAVA_OPTS=-Xmx4g),"
                    + " or take the RDF as N-Quads with a CONSTRUCT query (parley query) or parley extract --format nq");
        }
    }

    void addAssertion(Node assertion, RelationType relation) {
        expect(1);
        assertions++;
        Graph g = out.getGraph();
        copy(assertion, Node.ANY);
        Node article = QuadLookups.object(dsg, Node.ANY, assertion, DIP.article.asNode());
        if (article != null) articles.add(article);
        Node agent = QuadLookups.object(dsg, Node.ANY, assertion, DIP.agent.asNode());
        Node target = QuadLookups.object(dsg, Node.ANY, assertion, DIP.target.asNode());
        Node event = QuadLookups.object(dsg, Node.ANY, assertion, DIP.event.asNode());
        for (Node n : new Node[] {agent, target, event}) if (n != null) nodes.add(n);
        if (agent != null && target != null) {
            Node direct = DirectRelations.property(relation).asNode();
            if (dsg.contains(Node.ANY, agent, direct, target)) g.add(agent, direct, target);
        }
    }

    Model build() {
        for (Node n : nodes) {
            for (Node p : NODE_PROPERTIES) copy(n, p);
            Node canonical = QuadLookups.object(dsg, IDENTITY, n, OWL.sameAs.asNode());
            copy(IDENTITY, n, OWL.sameAs.asNode());
            copy(IDENTITY, canonical != null ? canonical : n, SKOS.prefLabel.asNode());
        }
        for (Node a : articles) for (Node p : ARTICLE_PROPERTIES) copy(a, p);
        return out;
    }

    private void copy(Node subject, Node property) {
        copy(Node.ANY, subject, property);
    }

    private void copy(Node graph, Node subject, Node property) {
        Iterator<Quad> it = dsg.find(graph, subject, property, Node.ANY);
        try {
            it.forEachRemaining(q -> out.getGraph().add(q.asTriple()));
        } finally {
            Iter.close(it);
        }
    }
}
