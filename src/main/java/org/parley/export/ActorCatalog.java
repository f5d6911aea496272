package org.parley.export;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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

/**
 * Names the nodes of an export: an actor's label and type from its {@code dip:ActorSummary} nodes
 * (the label the identity graph chose, for an actor the articles spell several ways), an event's
 * from the summary's key for it; and finds the actors a user names with --actor, among every name
 * the articles (and the gazetteer) give an actor, under the canonical IRIs the summary uses.
 */
final class ActorCatalog {
    private static final Node SUMMARY = RelationFactReader.SUMMARY;
    private static final Node ONTOLOGY = NodeFactory.createURI(DIP.ONTOLOGY_GRAPH);
    private static final Node IDENTITY = NodeFactory.createURI(DIP.IDENTITY_GRAPH);

    private final DatasetGraph dsg;
    /** An IRI for each event node: the event of one article that reports it. */
    private final Map<NodeKey, String> eventIris = new HashMap<>();

    ActorCatalog(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Notes an IRI for an event node unless it has one; {@code iri} is asked only then. */
    void eventSeen(NodeKey event, Supplier<String> iri) {
        if (!eventIris.containsKey(event)) {
            String found = iri.get();
            if (found != null) eventIris.put(event, found);
        }
    }

    /** The node without its id: label, type and IRI. */
    VisualNode describe(NodeKey key, String fallbackLabel) {
        if (key.isEvent()) return new VisualNode(null, eventIris.getOrDefault(key, ""), key.eventName(), NodeType.EVENT);
        String label = QuadLookups.string(dsg, IDENTITY, NodeFactory.createURI(key.iri()), SKOS.prefLabel.asNode());
        boolean chosen = label != null;
        NodeType type = NodeType.OTHER;
        Iterator<Quad> summaries = dsg.find(SUMMARY, Node.ANY, DIP.actor.asNode(), NodeFactory.createURI(key.iri()));
        try {
            while (summaries.hasNext()) {
                Node s = summaries.next().getSubject();
                if (!dsg.contains(SUMMARY, s, RDF.type.asNode(), DIP.ActorSummary.asNode())) continue;
                String name = QuadLookups.string(dsg, SUMMARY, s, DIP.name.asNode());
                // the first name in sort order, so that an actor named two ways is always labelled the same
                if (!chosen && name != null && (label == null || name.compareTo(label) < 0)) label = name;
                Node actorType = QuadLookups.object(dsg, SUMMARY, s, DIP.actorType.asNode());
                NodeType t = actorType == null ? NodeType.OTHER : NodeType.of(actorType);
                if (t.ordinal() < type.ordinal()) type = t;
            }
        } finally {
            Iter.close(summaries);
        }
        if (label == null) label = fallbackLabel != null ? fallbackLabel : lastSegment(key.iri());
        return new VisualNode(null, key.iri(), label, type);
    }

    /** The actors named {@code name} (a label or another name the articles or the gazetteer give them, ignoring case). */
    Set<NodeKey> actorsNamed(String name) {
        String wanted = fold(name);
        Set<NodeKey> found = new HashSet<>();
        QuadLookups.each(dsg.find(SUMMARY, Node.ANY, DIP.nameKey.asNode(), Node.ANY), q -> {
            if (q.getObject().isLiteral() && fold(q.getObject().getLiteralLexicalForm()).equals(wanted)) {
                String actor = QuadLookups.iri(QuadLookups.object(dsg, SUMMARY, q.getSubject(), DIP.actor.asNode()));
                if (actor != null) found.add(NodeKey.actor(actor));
            }
        });
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            QuadLookups.each(dsg.find(ONTOLOGY, Node.ANY, p, Node.ANY), q -> {
                if (q.getSubject().isURI() && q.getObject().isLiteral()
                        && fold(q.getObject().getLiteralLexicalForm()).equals(wanted)) {
                    found.add(NodeKey.actor(canonicalOf(q.getSubject().getURI())));
                }
            });
        }
        return found;
    }

    /**
     * The IRI the summary uses for an actor IRI of the article graphs (or the gazetteer): the
     * canonical IRI the identity graph merged it into, else itself. One index probe.
     */
    String canonicalOf(String iri) {
        String canonical = QuadLookups.iri(QuadLookups.object(dsg, IDENTITY, NodeFactory.createURI(iri), OWL.sameAs.asNode()));
        return canonical != null ? canonical : iri;
    }

    /** Whether two names are the same name for --actor: ignoring case and surrounding space. */
    static boolean sameName(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    private static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
