package org.parley.rdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.parley.resolve.IsoCodes;

/** The ontology, the SHACL shapes and the gazetteer, as shipped in the jar under {@code ontology/}. */
public enum OntologyResources {
    ONTOLOGY("ontology/dip.ttl"), SHAPES("ontology/shapes.ttl"), GAZETTEER("ontology/gazetteer.ttl");

    private final String path;

    OntologyResources(String path) { this.path = path; }

    public String path() { return path; }

    public Model load() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes())).lang(Lang.TURTLE).parse(m);
        return m;
    }

    private byte[] bytes() {
        try (InputStream in = OntologyResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /**
     * A hash of the ontology graph's sources, the bytes of the ontology and the gazetteer as shipped:
     * the same in every JVM, so a store can tell without writing whether its ontology graph is this one.
     * (A hash of the parsed statements is not: the blank nodes of RDF lists hash differently in each JVM.)
     */
    public static String ontologyGraphHash() {
        return ContentHash.ofParts(ONTOLOGY.bytes(), GAZETTEER.bytes());
    }

    /** The ontology and the gazetteer, its states with their ISO 3166-1 codes, together as stored in their own graph. */
    public static Model ontologyGraph() {
        Model m = ONTOLOGY.load();
        Model gazetteer = GAZETTEER.load();
        IsoCodes.addTo(gazetteer);
        m.add(gazetteer);
        return m;
    }
}
