package org.parley.rdf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The JSON view of one article graph, in the scoring form of the corpus guidelines:
 * {@code article}, {@code actors}, {@code events}, {@code relations}. It is read off the RDF,
 * so the two views cannot disagree. Each actor carries its {@code id}, the IRI it is stored under,
 * which is what the cross-article identity score compares.
 */
public final class ArticleJson {
    private static final Map<Resource, String> ACTOR_TYPES = Map.of(
            DIP.Person, "Person", DIP.State, "State", DIP.Organization, "Organization");
    private static final Map<Resource, String> RELATION_TYPES = Map.of(
            DIP.Invitation, "invites", DIP.Representation, "represents", DIP.Hosting, "hosts", DIP.Warning, "warns");

    private final ObjectMapper json;
    private final UnaryOperator<String> identity;

    /** The view of a graph on its own: each actor's {@code id} is its IRI in the graph. */
    public ArticleJson(ObjectMapper json) {
        this(json, UnaryOperator.identity());
    }

    /**
     * @param identity maps an actor's IRI in the article graph to the IRI it has in the store (its
     *                 canonical IRI once the store has resolved identities across articles)
     */
    public ArticleJson(ObjectMapper json, UnaryOperator<String> identity) {
        this.json = json;
        this.identity = identity;
    }

    public ObjectNode toJson(ArticleGraph graph) {
        Model m = graph.model();
        Resource article = m.getResource(graph.graphIri());
        ObjectNode out = json.createObjectNode();
        out.put("article", string(article, DIP.sourceId));

        ArrayNode actors = out.putArray("actors");
        ArrayNode events = out.putArray("events");
        for (Resource node : sorted(m.listObjectsOfProperty(article, DIP.mentions).mapWith(RDFNode::asResource).toList())) {
            for (Map.Entry<Resource, String> t : ACTOR_TYPES.entrySet()) {
                if (node.hasProperty(RDF.type, t.getKey())) {
                    actors.addObject().put("label", label(node)).put("type", t.getValue())
                            .put("id", identity.apply(node.getURI()));
                }
            }
            if (node.hasProperty(RDF.type, DIP.Event)) events.addObject().put("label", label(node));
        }

        ArrayNode relations = out.putArray("relations");
        List<Resource> assertions = m.listSubjectsWithProperty(DIP.article, article).toList();
        assertions.sort(Comparator.comparingInt((Resource a) -> a.getProperty(DIP.charStart).getInt())
                .thenComparing(Resource::getURI));
        for (Resource a : assertions) {
            String type = RELATION_TYPES.entrySet().stream()
                    .filter(t -> a.hasProperty(RDF.type, t.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (type == null) continue;
            ObjectNode r = relations.addObject();
            r.put("type", type);
            r.put("subject", labelOf(a, DIP.agent));
            r.put("object", labelOf(a, DIP.target));
            r.put("event", labelOf(a, DIP.event));
            if (a.hasProperty(DIP.topic)) r.put("topic", string(a, DIP.topic));
            r.put("evidence", string(a, DIP.evidence));
            r.put("confidence", a.getProperty(DIP.confidence).getDouble());
            r.put("modality", a.hasProperty(DIP.modality, DIP.Hedged) ? "hedged" : "asserted");
            r.put("charStart", a.getProperty(DIP.charStart).getInt());
            r.put("charEnd", a.getProperty(DIP.charEnd).getInt());
        }
        return out;
    }

    private static List<Resource> sorted(List<Resource> nodes) {
        nodes.sort(Comparator.comparing(Resource::getURI));
        return nodes;
    }

    private static String labelOf(Resource assertion, org.apache.jena.rdf.model.Property p) {
        Statement s = assertion.getProperty(p);
        return s == null ? null : label(s.getResource());
    }

    private static String label(Resource r) {
        return string(r, RDFS.label);
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }
}
