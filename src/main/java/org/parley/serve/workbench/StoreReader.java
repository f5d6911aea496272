package org.parley.serve.workbench;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.parley.query.QueryRunner;

/**
 * Runs the workbench's own SELECT queries against the store, one read transaction each. Values
 * from a request are bound into the parsed query, never pasted into its text. The store's query
 * timeout (set on the dataset by the server) applies as it does to the SPARQL endpoint.
 */
final class StoreReader {
    private final QueryRunner runner;

    StoreReader(Dataset dataset) {
        this.runner = QueryRunner.local(dataset);
    }

    List<QuerySolution> select(Query query, Map<String, Node> bindings) {
        return runner.select(query, bindings);
    }

    /** Parses one of the workbench's own queries; a failure is a bug in parley, not in the request. */
    static Query parse(String sparql) {
        return QueryRunner.parse(sparql, "workbench query", Map.of());
    }

    static String string(QuerySolution row, String var) {
        var node = row.get(var);
        if (node == null) return null;
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }

    static long number(QuerySolution row, String var) {
        var node = row.get(var);
        if (node == null || !node.isLiteral()) return 0;
        try {
            return node.asLiteral().getLong();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
