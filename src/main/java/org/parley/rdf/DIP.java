package org.parley.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The terms of the parley diplomacy ontology ({@code ontology/dip.ttl}), in the manner of Jena's
 * {@code RDF} and {@code RDFS} classes. Code names terms through these constants only.
 */
public final class DIP {
    public static final String NS = "https://w3id.org/parley/dip#";
    /** Instance IRIs (actors, events, articles, assertions) live under this base. */
    public static final String ID = "https://w3id.org/parley/id/";
    /** The named graph that holds the ontology and the gazetteer. */
    public static final String ONTOLOGY_GRAPH = "https://w3id.org/parley/graph/ontology";
    /** The named graph that summarizes all article graphs (see the ontology's summary section). */
    public static final String SUMMARY_GRAPH = "https://w3id.org/parley/graph/summary";
    /**
     * The named graph that records which actor IRIs of the article graphs name one real actor:
     * {@code owl:sameAs} from each merged IRI to the canonical IRI that queries use, and the
     * canonical IRI's {@code skos:prefLabel} where articles spell it several ways.
     */
    public static final String IDENTITY_GRAPH = "https://w3id.org/parley/graph/identity";
    /** Where article graphs live: every graph IRI under this base is one article's. */
    public static final String ARTICLE_GRAPHS = ID + "article/";

    public static final String SCHEMA = "https://schema.org/";
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private DIP() {}

    private static Resource resource(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property property(String local) { return ResourceFactory.createProperty(NS, local); }

    // classes
    public static final Resource Actor = resource("Actor");
    public static final Resource Person = resource("Person");
    public static final Resource State = resource("State");
    public static final Resource Organization = resource("Organization");
    public static final Resource Event = resource("Event");
    public static final Resource Place = resource("Place");
    public static final Resource Article = resource("Article");
    public static final Resource Assertion = resource("Assertion");
    public static final Resource Invitation = resource("Invitation");
    public static final Resource Representation = resource("Representation");
    public static final Resource Hosting = resource("Hosting");
    public static final Resource Warning = resource("Warning");
    public static final Resource Modality = resource("Modality");
    public static final Resource Asserted = resource("Asserted");
    public static final Resource Hedged = resource("Hedged");

    // direct relations
    public static final Property invites = property("invites");
    public static final Property represents = property("represents");
    public static final Property hosts = property("hosts");
    public static final Property warns = property("warns");

    // assertion properties
    public static final Property agent = property("agent");
    public static final Property target = property("target");
    public static final Property event = property("event");
    public static final Property topic = property("topic");
    public static final Property article = property("article");
    public static final Property evidence = property("evidence");
    public static final Property charStart = property("charStart");
    public static final Property charEnd = property("charEnd");
    public static final Property confidence = property("confidence");
    public static final Property modality = property("modality");

    // actor, event and article properties
    public static final Property role = property("role");
    public static final Property mentions = property("mentions");
    public static final Property location = property("location");
    public static final Property date = property("date");
    public static final Property text = property("text");
    public static final Property contentHash = property("contentHash");
    public static final Property title = property("title");
    public static final Property published = property("published");
    public static final Property source = property("source");
    public static final Property sourceId = property("sourceId");

    // gazetteer
    public static final Property demonym = property("demonym");
    public static final Property capital = property("capital");
    public static final Property acronym = property("acronym");
    public static final Property officeTitle = property("officeTitle");
    public static final Property partOf = property("partOf");
    public static final Property alignment = property("alignment");
    public static final Property isoAlpha2 = property("isoAlpha2");
    public static final Property isoAlpha3 = property("isoAlpha3");
    public static final Property successor = property("successor");
    public static final Property dissolved = property("dissolved");

    // the summary graph
    public static final Resource ActorSummary = resource("ActorSummary");
    public static final Resource NameSummary = resource("NameSummary");
    public static final Resource RoleSummary = resource("RoleSummary");
    public static final Resource RelationSummary = resource("RelationSummary");
    public static final Resource EdgeSummary = resource("EdgeSummary");
    public static final Property articleCount = property("articleCount");
    public static final Property actor = property("actor");
    public static final Property actorType = property("actorType");
    public static final Property name = property("name");
    public static final Property nameKey = property("nameKey");
    public static final Property roleName = property("roleName");
    public static final Property relationKind = property("relationKind");
    public static final Property from = property("from");
    public static final Property fromName = property("fromName");
    public static final Property fromRole = property("fromRole");
    public static final Property to = property("to");
    public static final Property toName = property("toName");
    public static final Property about = property("about");
    public static final Property eventName = property("eventName");
    public static final Property eventPlace = property("eventPlace");
    public static final Property eventDate = property("eventDate");
    public static final Property assertedAs = property("assertedAs");
    public static final Property attestation = property("attestation");
    public static final Property edge = property("edge");
    public static final Property summaryVersion = property("summaryVersion");
}
