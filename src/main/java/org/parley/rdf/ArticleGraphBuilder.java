package org.parley.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.extract.Entity;
import org.parley.extract.EntityKind;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Relation;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.resolve.IriMinter;

/** The emit-RDF stage: one article's extraction in, its named graph under the dip ontology out. */
public final class ArticleGraphBuilder {
    private final IriMinter iris;

    public ArticleGraphBuilder(IriMinter iris) {
        this.iris = iris;
    }

    public ArticleGraph build(Extraction extraction) {
        Article article = extraction.article();
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dip", DIP.NS);
        m.setNsPrefix("id", DIP.ID);
        m.setNsPrefix("rdfs", RDFS.uri);
        m.setNsPrefix("skos", SKOS.uri);
        m.setNsPrefix("xsd", XSDDatatype.XSD + "#");

        String articleIri = iris.article(article);
        String hash = ContentHash.of(article.text());
        Resource art = m.createResource(articleIri, DIP.Article)
                .addProperty(DIP.sourceId, article.id())
                .addProperty(DIP.text, article.text())
                .addProperty(DIP.contentHash, hash);
        if (article.title() != null) art.addProperty(DIP.title, article.title());
        if (article.published() != null) art.addProperty(DIP.published, article.published().toString(), XSDDatatype.XSDdate);
        if (article.source() != null) art.addProperty(DIP.source, article.source());

        Map<String, Resource> nodes = new HashMap<>();
        Map<String, String> labelOfIri = new HashMap<>();
        for (Entity e : extraction.entities()) {
            String iri = iris.entity(article, e);
            Resource node = m.createResource(iri);
            // Two entities may mint one IRI ("negotiations" and "Negotiations" slug alike): they are one
            // node then, labelled by the first, or the graph would carry two labels and fail the shapes.
            String label = labelOfIri.get(iri);
            if (label == null) {
                label = e.label();
                labelOfIri.put(iri, label);
                node.addProperty(RDF.type, classOf(e.kind())).addProperty(RDFS.label, label);
            }
            for (String name : e.names()) {
                if (!name.equals(label)) node.addProperty(SKOS.altLabel, name);
            }
            if (!e.label().equals(label)) node.addProperty(SKOS.altLabel, e.label());
            if (e.role() != null && !node.hasProperty(DIP.role)) node.addProperty(DIP.role, e.role());
            art.addProperty(DIP.mentions, node);
            nodes.put(e.key(), node);
        }
        for (Entity e : extraction.entities()) {
            Resource node = nodes.get(e.key());
            if (e.location() != null && nodes.containsKey(e.location())) node.addProperty(DIP.location, nodes.get(e.location()));
            if (e.date() != null && !node.hasProperty(DIP.date)) node.addProperty(DIP.date, e.date().toString(), XSDDatatype.XSDdate);
        }

        List<Relation> relations = extraction.relations();
        for (int i = 0; i < relations.size(); i++) {
            Relation r = relations.get(i);
            Resource a = m.createResource(iris.assertion(article, i), assertionClassOf(r.type()))
                    .addProperty(DIP.article, art)
                    .addProperty(DIP.evidence, r.evidence())
                    .addLiteral(DIP.charStart, m.createTypedLiteral(r.charStart()))
                    .addLiteral(DIP.charEnd, m.createTypedLiteral(r.charEnd()))
                    .addLiteral(DIP.confidence, m.createTypedLiteral(
                            BigDecimal.valueOf(r.confidence()).setScale(2, RoundingMode.HALF_UP)))
                    .addProperty(DIP.modality, r.modality() == Modality.HEDGED ? DIP.Hedged : DIP.Asserted);
            Resource agent = nodes.get(r.agent());
            Resource target = nodes.get(r.target());
            if (agent != null) a.addProperty(DIP.agent, agent);
            if (target != null) a.addProperty(DIP.target, target);
            if (r.event() != null && nodes.containsKey(r.event())) a.addProperty(DIP.event, nodes.get(r.event()));
            if (r.topic() != null) a.addProperty(DIP.topic, r.topic());
            if (agent != null && target != null) agent.addProperty(directPropertyOf(r.type()), target);
        }
        return new ArticleGraph(articleIri, hash, m);
    }

    static Resource classOf(EntityKind kind) {
        return switch (kind) {
            case PERSON -> DIP.Person;
            case STATE -> DIP.State;
            case ORGANIZATION -> DIP.Organization;
            case EVENT -> DIP.Event;
            case PLACE -> DIP.Place;
        };
    }

    static Resource assertionClassOf(RelationType type) {
        return switch (type) {
            case INVITES -> DIP.Invitation;
            case REPRESENTS -> DIP.Representation;
            case HOSTS -> DIP.Hosting;
            case WARNS -> DIP.Warning;
        };
    }

    static Property directPropertyOf(RelationType type) {
        return switch (type) {
            case INVITES -> DIP.invites;
            case REPRESENTS -> DIP.represents;
            case HOSTS -> DIP.hosts;
            case WARNS -> DIP.warns;
        };
    }
}
