package org.parley.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.DIP;
import org.parley.resolve.Identities;
import org.parley.resolve.IdentityResolver;
import org.parley.resolve.PersonRecords;

/**
 * The identity graph of an embedded store ({@link DIP#IDENTITY_GRAPH}): which actor IRIs of its
 * article graphs name one actor, resolved from everything the store holds, so that it is the same
 * whatever order the articles came in. All methods run inside the caller's transaction.
 */
final class IdentityGraph {
    static final Node GRAPH = NodeFactory.createURI(DIP.IDENTITY_GRAPH);
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();

    private IdentityGraph() {}

    /** The identities as the store recorded them. */
    static Identities read(DatasetGraph dsg) {
        return Identities.readFrom(dsg.getGraph(GRAPH));
    }

    /**
     * The identities the article graphs call for now. Read by person rather than by article: one
     * index lookup per distinct person and fact, however many articles repeat them.
     */
    static Identities resolve(DatasetGraph dsg) {
        PersonRecords records = new PersonRecords();
        Set<Node> people = new HashSet<>();
        forEachInArticles(dsg, Node.ANY, RDF.type.asNode(), DIP.Person.asNode(), q -> {
            if (!q.getSubject().isURI()) return;
            people.add(q.getSubject());
            records.mentioned(q.getSubject().getURI());
        });
        for (Node p : people) {
            forEachInArticles(dsg, p, RDFS.label.asNode(), Node.ANY, q -> {
                if (q.getObject().isLiteral()) records.labelled(p.getURI(), q.getObject().getLiteralLexicalForm());
            });
            forEachInArticles(dsg, p, DIP.represents.asNode(), Node.ANY, q -> {
                if (q.getObject().isURI() && dsg.contains(q.getGraph(), q.getObject(), RDF.type.asNode(), DIP.State.asNode())) {
                    records.represents(p.getURI(), q.getObject().getURI());
                }
            });
        }
        return new IdentityResolver().resolve(records.records());
    }

    /** Records these identities in place of the ones recorded before. */
    static void write(DatasetGraph dsg, Identities identities) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        identities.canonical().forEach((iri, canonical) ->
                dsg.add(GRAPH, NodeFactory.createURI(iri), SAME_AS, NodeFactory.createURI(canonical)));
        identities.preferredLabel().forEach((iri, label) ->
                dsg.add(GRAPH, NodeFactory.createURI(iri), PREF_LABEL, NodeFactory.createLiteralString(label)));
    }

    /** The article graphs that mention any of these IRIs. */
    static Set<Node> articlesMentioning(DatasetGraph dsg, Set<String> iris) {
        Set<Node> out = new HashSet<>();
        for (String iri : iris) out.addAll(graphsWith(dsg, Node.ANY, DIP.mentions.asNode(), NodeFactory.createURI(iri)));
        return out;
    }

    private static Set<Node> graphsWith(DatasetGraph dsg, Node s, Node p, Node o) {
        Set<Node> out = new HashSet<>();
        forEachInArticles(dsg, s, p, o, q -> out.add(q.getGraph()));
        return out;
    }

    private static void forEachInArticles(DatasetGraph dsg, Node s, Node p, Node o, Consumer<Quad> action) {
        Iterator<Quad> it = dsg.find(Node.ANY, s, p, o);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().isURI() && q.getGraph().getURI().startsWith(DIP.ARTICLE_GRAPHS)) action.accept(q);
            }
        } finally {
            Iter.close(it);
        }
    }
}
