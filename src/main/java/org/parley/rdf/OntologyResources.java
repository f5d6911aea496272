package org.parley.rdf;

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
        try (InputStream in = OntologyResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + path);
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return m;
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
