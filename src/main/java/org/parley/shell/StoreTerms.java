package org.parley.shell;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.FmtUtils;
import org.parley.query.QueryRunner;
import org.parley.rdf.DIP;

/**
 * What Tab completes from the store itself: every name an actor goes by (from the summary graph)
 * and the {@code dip:} terms the ontology defines (from the ontology graph). Read once, when first
 * needed, through the same runner the statements use, so it works on a remote store too.
 */
final class StoreTerms {
    private final QueryRunner runner;
    private List<String> actorNames;
    private List<String> dipTerms;

    StoreTerms(QueryRunner runner) {
        this.runner = runner;
    }

    /** Actor names, each once, in alphabetical order. */
    synchronized List<String> actorNames() {
        if (actorNames == null) {
            actorNames = strings("SELECT DISTINCT (STR(?name) AS ?s) WHERE { GRAPH " + iri(DIP.SUMMARY_GRAPH) + " { ?n a "
                    + iri(DIP.NameSummary.getURI()) + " ; " + iri(DIP.name.getURI()) + " ?name } } ORDER BY ?s");
        }
        return actorNames;
    }

    /** The local names of the ontology's terms ("Person", "invites"), in alphabetical order. */
    synchronized List<String> dipTerms() {
        if (dipTerms == null) {
            dipTerms = strings("SELECT DISTINCT (STRAFTER(STR(?t), " + FmtUtils.stringForString(DIP.NS) + ") AS ?s) WHERE { GRAPH "
                    + iri(DIP.ONTOLOGY_GRAPH) + " { ?t ?p ?o } FILTER(STRSTARTS(STR(?t), " + FmtUtils.stringForString(DIP.NS)
                    + ")) } ORDER BY ?s").stream().filter(s -> !s.isEmpty()).toList();
        }
        return dipTerms;
    }

    private List<String> strings(String sparql) {
        List<QuerySolution> rows = runner.select(QueryRunner.parse(sparql, "completion", Map.of()), Map.of());
        return rows.stream().map(r -> r.get("s")).filter(Objects::nonNull).map(RDFNode::toString).toList();
    }

    private static String iri(String iri) {
        return FmtUtils.stringForURI(iri);
    }
}
