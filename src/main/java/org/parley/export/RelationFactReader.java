package org.parley.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.parley.extract.RelationType;
import org.parley.rdf.DIP;

/**
 * Reads the relation facts of the summary graph ({@code dip:RelationSummary}, one node per distinct
 * relation however many articles state it) and the assertions that attest each one.
 */
final class RelationFactReader {
    static final Node SUMMARY = NodeFactory.createURI(DIP.SUMMARY_GRAPH);
    private static final Node ATTESTATION = DIP.attestation.asNode();
    private static final Map<Node, RelationType> KINDS = Map.of(
            DIP.Invitation.asNode(), RelationType.INVITES,
            DIP.Representation.asNode(), RelationType.REPRESENTS,
            DIP.Hosting.asNode(), RelationType.HOSTS,
            DIP.Warning.asNode(), RelationType.WARNS);

    private final DatasetGraph dsg;
    private final Map<Node, RelationFact> read = new HashMap<>();

    RelationFactReader(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Every relation fact of the store. */
    List<RelationFact> all() {
        List<Node> nodes = new ArrayList<>();
        Iterator<Quad> it = dsg.find(SUMMARY, Node.ANY, RDF.type.asNode(), DIP.RelationSummary.asNode());
        try {
            it.forEachRemaining(q -> nodes.add(q.getSubject()));
        } finally {
            Iter.close(it);
        }
        List<RelationFact> facts = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            RelationFact f = of(n);
            if (f != null) facts.add(f);
        }
        return facts;
    }

    /** The facts whose edge ends at the node: an actor as agent or target, an event as where the edge points. */
    List<RelationFact> touching(NodeKey node) {
        Set<Node> nodes = new LinkedHashSet<>();
        if (node.isEvent()) {
            QuadLookups.each(dsg.find(SUMMARY, Node.ANY, DIP.eventName.asNode(), NodeFactory.createLiteralString(node.eventName())),
                    q -> nodes.add(q.getSubject()));
        } else {
            Node actor = NodeFactory.createURI(node.iri());
            QuadLookups.each(dsg.find(SUMMARY, Node.ANY, DIP.from.asNode(), actor), q -> nodes.add(q.getSubject()));
            QuadLookups.each(dsg.find(SUMMARY, Node.ANY, DIP.to.asNode(), actor), q -> nodes.add(q.getSubject()));
        }
        List<RelationFact> out = new ArrayList<>();
        for (Node n : nodes) {
            RelationFact f = of(n);
            if (f != null && (!node.isEvent() || node.equals(f.end()))) out.add(f);
        }
        return out;
    }

    /** The events of the summary whose name passes the test. */
    Set<NodeKey> eventsNamed(Predicate<String> name) {
        Set<NodeKey> out = new LinkedHashSet<>();
        QuadLookups.each(dsg.find(SUMMARY, Node.ANY, DIP.eventName.asNode(), Node.ANY), q -> {
            if (q.getObject().isLiteral() && name.test(q.getObject().getLiteralLexicalForm())) {
                RelationFact f = of(q.getSubject());
                if (f != null && f.end() != null && f.end().isEvent()) out.add(f.end());
            }
        });
        return out;
    }

    /** The fact an assertion attests, or null when the summary has none for it. */
    RelationFact factOf(Node assertion) {
        Node fact = QuadLookups.subject(dsg, SUMMARY, ATTESTATION, assertion);
        return fact == null ? null : of(fact);
    }

    /**
     * Hands the fact's attesting assertions to {@code each}, in the store's order, until it returns
     * false: a fact a hundred thousand articles state is read only as far as it is needed.
     */
    void attestations(Node fact, Predicate<Node> each) {
        Iterator<Quad> it = dsg.find(SUMMARY, fact, ATTESTATION, Node.ANY);
        try {
            while (it.hasNext()) {
                if (!each.test(it.next().getObject())) return;
            }
        } finally {
            Iter.close(it);
        }
    }

    private RelationFact of(Node node) {
        return read.computeIfAbsent(node, this::read);
    }

    private RelationFact read(Node n) {
        RelationType relation = KINDS.get(value(n, DIP.relationKind.asNode()));
        if (relation == null) return null;
        String from = QuadLookups.iri(value(n, DIP.from.asNode()));
        String to = QuadLookups.iri(value(n, DIP.to.asNode()));
        String eventName = text(n, DIP.eventName.asNode());
        NodeKey end;
        String endName;
        if (to != null) {
            end = NodeKey.actor(to);
            endName = text(n, DIP.toName.asNode());
        } else if (eventName != null) {
            end = NodeKey.event(eventName, text(n, DIP.eventPlace.asNode()), text(n, DIP.eventDate.asNode()));
            endName = eventName;
        } else {
            end = null;
            endName = null;
        }
        boolean asserted = !DIP.Hedged.asNode().equals(value(n, DIP.assertedAs.asNode()));
        return new RelationFact(n, relation, from, text(n, DIP.fromName.asNode()), end, endName, asserted,
                articleCount(n), value(n, DIP.edge.asNode()));
    }

    /** The number of articles the edge summary of a fact counts, or -1 when the fact has none. */
    long edgeArticles(RelationFact f) {
        Node edge = f.edgeSummary();
        return edge == null || !dsg.contains(SUMMARY, edge, RDF.type.asNode(), DIP.EdgeSummary.asNode()) ? -1 : articleCount(edge);
    }

    private long articleCount(Node summaryNode) {
        Node count = value(summaryNode, DIP.articleCount.asNode());
        return count != null && count.isLiteral() && count.getLiteralValue() instanceof Number num ? num.longValue() : 0;
    }

    private Node value(Node s, Node p) {
        return QuadLookups.object(dsg, SUMMARY, s, p);
    }

    private String text(Node s, Node p) {
        return QuadLookups.string(dsg, SUMMARY, s, p);
    }
}
