package org.parley.rdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.resolve.Identities;

/**
 * The summary facts one article graph states: each actor it mentions (under its type and label),
 * each name and role it gives an actor, and each relation it asserts, keyed by kind, actors and
 * their labels, topic, event (by label, place and date) and modality. An article states a fact
 * once however many of its sentences state it.
 */
public final class SummaryFacts {
    /**
     * Bump when what a fact is, or how its node is named, changes: stores summarized by other rules
     * are then rebuilt. 2: keys written as N-Triples terms (a standard's syntax, not a formatter's).
     * 3: actors under their canonical IRIs and labels, as the store resolves them across articles.
     * 4: canonical actors (as in 3) and edge summaries, with canonical ends, linked from each relation summary.
     */
    public static final int VERSION = 4;

    private static final List<Node> ACTOR_TYPES = List.of(
            DIP.Person.asNode(), DIP.State.asNode(), DIP.Organization.asNode());
    private static final List<Node> RELATION_KINDS = List.of(DIP.Invitation.asNode(),
            DIP.Representation.asNode(), DIP.Hosting.asNode(), DIP.Warning.asNode());

    private final Graph g;
    private final Identities identities;
    private final Map<Node, SummaryFact> facts = new LinkedHashMap<>();

    private SummaryFacts(Graph g, Identities identities) {
        this.g = g;
        this.identities = identities;
    }

    /** The facts of one article graph, by node, with each actor as the article names it. */
    public static Map<Node, SummaryFact> of(Graph articleGraph) {
        return of(articleGraph, Identities.NONE);
    }

    /**
     * The facts of one article graph, by node, with each actor under its canonical IRI and shown
     * label: the articles that name one person differently then state the same facts about one actor.
     */
    public static Map<Node, SummaryFact> of(Graph articleGraph, Identities identities) {
        SummaryFacts f = new SummaryFacts(articleGraph, identities);
        f.actors();
        f.relations();
        return f.facts;
    }

    private void actors() {
        Set<Node> actors = new HashSet<>();
        g.find(Node.ANY, DIP.mentions.asNode(), Node.ANY).forEachRemaining(t -> actors.add(t.getObject()));
        for (Node x : actors) {
            Optional<Node> type = ACTOR_TYPES.stream().filter(c -> g.contains(x, RDF.type.asNode(), c)).findFirst();
            if (type.isEmpty()) continue; // events and places are mentioned too; they are not actors
            Optional<String> label = label(x);
            if (label.isEmpty()) continue;
            Node actor = canonical(x);
            new Draft(DIP.ActorSummary).with(DIP.actor, actor).with(DIP.actorType, type.get())
                    .withText(DIP.name, shownLabel(x)).record(Set.of());
            for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
                g.find(x, p, Node.ANY).forEachRemaining(t -> {
                    if (!t.getObject().isLiteral()) return;
                    String name = t.getObject().getLiteralLexicalForm();
                    new Draft(DIP.NameSummary).with(DIP.actor, actor).with(DIP.name, literal(name))
                            .with(DIP.nameKey, literal(name.toLowerCase(Locale.ROOT))).record(Set.of());
                });
            }
            g.find(x, DIP.role.asNode(), Node.ANY).forEachRemaining(t -> {
                if (t.getObject().isLiteral()) {
                    new Draft(DIP.RoleSummary).with(DIP.actor, actor)
                            .with(DIP.roleName, literal(t.getObject().getLiteralLexicalForm())).record(Set.of());
                }
            });
        }
    }

    private void relations() {
        for (Node kind : RELATION_KINDS) {
            g.find(Node.ANY, RDF.type.asNode(), kind).forEachRemaining(t -> relation(t.getSubject(), kind));
        }
    }

    private void relation(Node a, Node kind) {
        Node agent = object(a, DIP.agent.asNode());
        Node target = object(a, DIP.target.asNode());
        boolean targetIsEvent = target != null && g.contains(target, RDF.type.asNode(), DIP.Event.asNode());
        Node to = targetIsEvent ? null : target;
        Node event = object(a, DIP.event.asNode());
        if (event == null && targetIsEvent) event = target;
        Node place = event == null ? null : object(event, DIP.location.asNode());
        Node date = event == null ? null : object(event, DIP.date.asNode());
        Node topic = object(a, DIP.topic.asNode());
        Optional<String> role = kind.equals(DIP.Representation.asNode()) && agent != null
                ? label(agent, DIP.role.asNode()) : Optional.empty();
        Optional<String> eventName = label(event);
        // The edge an export draws for the relation: its agent, kind and end (the target actor,
        // else the event by name, place and date), whatever else differs (modality, role, topic).
        // Counted per article like every fact, it gives an edge's exact number of articles without
        // reading one assertion. It is written with its type alone, so that queries over dip:from
        // and dip:to keep seeing relation summaries only.
        Node edge = null;
        if (agent != null && (to != null || eventName.isPresent())) {
            // canonical ends, so that one actor spelled several ways across articles is one node
            Draft d = new Draft(DIP.EdgeSummary).with(DIP.relationKind, kind).with(DIP.from, canonical(agent));
            if (to != null) d.with(DIP.to, canonical(to));
            else d.withText(DIP.eventName, eventName).withText(DIP.eventPlace, label(place)).with(DIP.eventDate, date);
            edge = d.recordNamedOnly();
        }
        new Draft(DIP.RelationSummary)
                .with(DIP.relationKind, kind)
                .with(DIP.from, canonical(agent))
                .withText(DIP.fromName, shownLabel(agent))
                .withText(DIP.fromRole, role)
                .with(DIP.to, canonical(to))
                .withText(DIP.toName, shownLabel(to))
                .with(DIP.about, topic)
                .withText(DIP.eventName, eventName)
                .withText(DIP.eventPlace, label(place))
                .with(DIP.eventDate, date)
                .with(DIP.assertedAs, object(a, DIP.modality.asNode()))
                .with(DIP.edge, edge)
                .record(Set.of(a));
    }

    /** A fact being described: the property/value pairs that identify it, null values left out. */
    private final class Draft {
        private final Resource type;
        private final List<Triple> pairs = new ArrayList<>();

        Draft(Resource type) {
            this.type = type;
        }

        Draft with(Property p, Node value) {
            if (value != null) pairs.add(Triple.create(Node.ANY, p.asNode(), value));
            return this;
        }

        Draft withText(Property p, Optional<String> value) {
            return with(p, value.map(SummaryFacts::literal).orElse(null));
        }

        /** Records the fact; a second statement of it in the article only adds its attestations. */
        Node record(Set<Node> attestations) {
            return record(attestations, true);
        }

        /** Records the fact described by its type alone: its pairs only name its node. */
        Node recordNamedOnly() {
            return record(Set.of(), false);
        }

        private Node record(Set<Node> attestations, boolean described) {
            StringBuilder key = new StringBuilder(type.getURI());
            for (Triple t : pairs) {
                key.append('\u001f').append(t.getPredicate().getURI()).append('\u001e').append(NodeFmtLib.strNT(t.getObject()));
            }
            Node node = NodeFactory.createURI(DIP.ID + "summary/" + type.getLocalName().toLowerCase(Locale.ROOT)
                    + "/" + ContentHash.of(key.toString()).substring(0, 32));
            List<Triple> description = new ArrayList<>();
            description.add(Triple.create(node, RDF.type.asNode(), type.asNode()));
            if (described) for (Triple t : pairs) description.add(Triple.create(node, t.getPredicate(), t.getObject()));
            Set<Node> all = new HashSet<>(attestations);
            SummaryFact earlier = facts.get(node);
            if (earlier != null) all.addAll(earlier.attestations());
            facts.put(node, new SummaryFact(node, description, all));
            return node;
        }
    }

    private Node object(Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private Optional<String> label(Node s) {
        return label(s, RDFS.label.asNode());
    }

    private Node canonical(Node x) {
        if (x == null || !x.isURI()) return x;
        String c = identities.canonicalOf(x.getURI());
        return c.equals(x.getURI()) ? x : NodeFactory.createURI(c);
    }

    /** The label an actor is shown under: its canonical label where the store has one, else the article's. */
    private Optional<String> shownLabel(Node x) {
        Optional<String> own = label(x);
        if (own.isEmpty() || !x.isURI()) return own;
        return Optional.of(identities.labelOf(x.getURI(), own.get()));
    }

    private Optional<String> label(Node s, Node p) {
        Node o = s == null ? null : object(s, p);
        return o != null && o.isLiteral() ? Optional.of(o.getLiteralLexicalForm()) : Optional.empty();
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }
}
