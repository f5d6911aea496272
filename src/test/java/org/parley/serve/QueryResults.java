package org.parley.serve;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.resultset.ResultSetCompare;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;
import org.apache.jena.system.Txn;

/** A query's answer in a form that compares by value: rows (unordered, by term), a boolean, or a graph (isomorphism). */
record QueryResults(ResultSetRewindable rows, Boolean bool, Model graph) {

    static QueryResults local(Dataset ds, String text) {
        Query q = QueryFactory.create(text);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(q).build()) {
                return of(q, qe);
            }
        });
    }

    static QueryResults remote(RDFConnection conn, String text) {
        Query q = QueryFactory.create(text);
        try (QueryExecution qe = conn.query(q)) {
            return of(q, qe);
        }
    }

    private static QueryResults of(Query q, QueryExecution qe) {
        if (q.isSelectType()) return new QueryResults(ResultSetFactory.copyResults(qe.execSelect()), null, null);
        if (q.isAskType()) return new QueryResults(null, qe.execAsk(), null);
        Model m = ModelFactory.createDefaultModel();
        m.add(q.isConstructType() ? qe.execConstruct() : qe.execDescribe());
        return new QueryResults(null, null, m);
    }

    /** Parses a SPARQL protocol response body: SPARQL JSON results for SELECT/ASK, Turtle for graphs. */
    static QueryResults parse(Query q, byte[] body) {
        if (q.isSelectType() || q.isAskType()) {
            SPARQLResult r = ResultsReader.create().lang(ResultSetLang.RS_JSON).build().readAny(new ByteArrayInputStream(body));
            if (r.isBoolean()) return new QueryResults(null, r.getBooleanResult(), null);
            ResultSet rs = r.getResultSet();
            return new QueryResults(ResultSetFactory.copyResults(rs), null, null);
        }
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(new String(body, StandardCharsets.UTF_8), Lang.TURTLE).parse(m);
        return new QueryResults(null, null, m);
    }

    static String acceptFor(Query q) {
        return q.isSelectType() || q.isAskType() ? "application/sparql-results+json" : "text/turtle";
    }

    boolean sameAs(QueryResults other) {
        if (rows != null) {
            if (other.rows == null) return false;
            rows.reset();
            other.rows.reset();
            return ResultSetCompare.equalsByTerm(rows, other.rows);
        }
        if (bool != null) return bool.equals(other.bool);
        return other.graph != null && graph.isIsomorphicWith(other.graph);
    }

    /** True when the answer holds something, so a comparison of two empty answers does not pass by accident. */
    boolean nonEmpty() {
        if (rows != null) {
            rows.reset();
            return rows.hasNext();
        }
        if (bool != null) return true;
        return !graph.isEmpty();
    }

    @Override
    public String toString() {
        if (rows != null) {
            rows.reset();
            return org.apache.jena.query.ResultSetFormatter.asText(rows);
        }
        return bool != null ? bool.toString() : graph.toString();
    }
}
