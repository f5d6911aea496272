package org.parley.query;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;

/** Finds {@code SERVICE} in a query, wherever it is nested. */
final class ServiceClauses {
    private ServiceClauses() {}

    /** The first SERVICE target (an IRI, or a variable's name), if the query has one. */
    static Optional<String> first(Query query) {
        String[] found = new String[1];
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                if (found[0] != null) return;
                Node target = op.getService();
                found[0] = target.isURI() ? target.getURI() : target.toString();
            }
        });
        return Optional.ofNullable(found[0]);
    }
}
