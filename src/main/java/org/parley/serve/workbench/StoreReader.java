package org.parley.serve.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.system.Txn;
import org.parley.query.QueryRunner;

/**
 * Runs the workbench's own SELECT queries against the store, one read transaction each. Values
 * from a request are bound into the parsed query, never pasted into its text. The store's query
 * timeout (set on the dataset by the server) applies as it does to the SPARQL endpoint.
 */
final class StoreReader {
    private final Dataset dataset;
    private final QueryRunner runner;

    StoreReader(Dataset dataset) {
        this.dataset = dataset;
        this.runner = QueryRunner.local(dataset);
    }

    /** The store itself, for readers that run their own read transaction (the export's). */
    Dataset dataset() {
        return dataset;
    }

    List<QuerySolution> select(Query query, Map<String, Node> bindings) {
        return runner.select(query, bindings);
    }

    /** The graph a CONSTRUCT query builds, copied out of the store. */
    Model construct(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(dataset, () -> {
            var b = QueryExecution.dataset(dataset).query(query);
            bindings.forEach((name, node) -> b.substitution(name, dataset.getDefaultModel().asRDFNode(node)));
            try (QueryExecution qe = b.build()) {
                return qe.execConstruct();
            }
        });
    }

    /** The query for each of these values only, given as a VALUES block of the parsed query rather than as text. */
    static Query withValues(Query query, String var, Collection<Node> values) {
        Query q = query.cloneQuery();
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        for (Node n : values) rows.add(BindingFactory.binding(v, n));
        q.setValuesDataBlock(List.of(v), rows);
        return q;
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
