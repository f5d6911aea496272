package org.parley.shell;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.DIP;

/**
 * The prefixes the shell declares for every statement, so that {@code dip:Person} works without a
 * PREFIX line: parley's own vocabulary, the vocabularies its graphs use, and the W3C's standard ones.
 * A PREFIX in the statement wins over one of these.
 */
final class KnownPrefixes {
    private KnownPrefixes() {}

    static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard) // rdf, rdfs, owl, xsd, dc
                .setNsPrefix("dip", DIP.NS)
                .setNsPrefix("skos", SKOS.uri)
                .setNsPrefix("schema", DIP.SCHEMA)
                .setNsPrefix("prov", DIP.PROV)
                .lock();
    }
}
