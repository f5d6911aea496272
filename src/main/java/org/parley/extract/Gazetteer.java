package org.parley.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.DIP;
import org.parley.rdf.OntologyResources;

/**
 * States and organizations from {@code ontology/gazetteer.ttl}, looked up by any of their
 * surface forms: names, acronyms, demonyms and capitals.
 */
public final class Gazetteer {

    /** How a surface form names its entry: capitals and demonyms stand for a state in special ways. */
    public enum Form { NAME, DEMONYM, CAPITAL }

    public record Entry(String iri, EntityKind kind, String label) {}

    public record Match(Entry entry, Form form) {}

    private final Map<String, Match> byForm = new HashMap<>();
    private final int longestForm;

    public Gazetteer(Model gazetteer) {
        int longest = 1;
        for (Resource type : new Resource[] {DIP.State, DIP.Organization}) {
            EntityKind kind = type.equals(DIP.State) ? EntityKind.STATE : EntityKind.ORGANIZATION;
            for (Resource r : gazetteer.listSubjectsWithProperty(RDF.type, type).toList()) {
                Entry e = new Entry(r.getURI(), kind, r.getProperty(RDFS.label).getString());
                longest = Math.max(longest, add(r, RDFS.label, e, Form.NAME));
                longest = Math.max(longest, add(r, SKOS.altLabel, e, Form.NAME));
                longest = Math.max(longest, add(r, DIP.acronym, e, Form.NAME));
                longest = Math.max(longest, add(r, DIP.demonym, e, Form.DEMONYM));
                longest = Math.max(longest, add(r, DIP.capital, e, Form.CAPITAL));
            }
        }
        this.longestForm = longest;
    }

    public static Gazetteer standard() {
        return new Gazetteer(OntologyResources.GAZETTEER.load());
    }

    private int add(Resource r, Property p, Entry e, Form form) {
        int longest = 1;
        for (RDFNode n : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
            String key = key(n.asLiteral().getString());
            if (key.startsWith("the ")) key = key.substring(4);
            // the first listed wins: a name beats a later demonym or capital of another entry
            byForm.putIfAbsent(key, new Match(e, form));
            longest = Math.max(longest, key.split(" ").length + 2);
        }
        return longest;
    }

    /** Looks up a surface form as written (case matters for acronyms and names, so "US" is not "us"). */
    public Optional<Match> lookup(String surface) {
        return Optional.ofNullable(byForm.get(key(surface)));
    }

    /** The most tokens a surface form can span. */
    public int longestForm() { return longestForm; }

    static String key(String surface) {
        return surface.replace('\u2019', '\'').replace('\u2018', '\'').replaceAll("\\s+", " ").strip();
    }
}
