package org.parley.store;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;
import org.parley.rdf.DIP;

/**
 * What a store holds: articles, the actors they mention by class, relations by type, events and
 * triples. Actors and events count only where an article mentions them, so the gazetteer's
 * states do not inflate the figures.
 *
 * @param actors    by class name ("Person", "State", "Organization")
 * @param relations by relation ("invites", ...)
 */
public record StoreStats(long articles, Map<String, Long> actors, Map<String, Long> relations, long events, long triples) {

    public static StoreStats of(ParleyStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            long articles = count(ds, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a " + iri(DIP.Article) + " }");
            Map<String, Long> actors = new LinkedHashMap<>();
            for (Resource cls : new Resource[] {DIP.Person, DIP.State, DIP.Organization}) {
                actors.put(cls.getLocalName(), count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?a "
                        + iri(DIP.mentions) + " ?x . ?x a " + iri(cls) + " }"));
            }
            Map<String, Long> relations = new LinkedHashMap<>();
            relations.put("invites", countOf(ds, DIP.Invitation));
            relations.put("represents", countOf(ds, DIP.Representation));
            relations.put("hosts", countOf(ds, DIP.Hosting));
            relations.put("warns", countOf(ds, DIP.Warning));
            long events = count(ds, "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { ?a " + iri(DIP.mentions) + " ?x . ?x a "
                    + iri(DIP.Event) + " }");
            return new StoreStats(articles, actors, relations, events, store.tripleCount());
        });
    }

    private static long countOf(Dataset ds, Resource cls) {
        return count(ds, "SELECT (COUNT(?x) AS ?n) WHERE { ?x a " + iri(cls) + " }");
    }

    private static long count(Dataset ds, String sparql) {
        try (QueryExecution qe = QueryExecution.dataset(ds).query(sparql).build()) {
            ResultSet rs = qe.execSelect();
            QuerySolution row = rs.next();
            return row.getLiteral("n").getLong();
        }
    }

    private static String iri(Resource r) {
        return FmtUtils.stringForNode(r.asNode());
    }
}
