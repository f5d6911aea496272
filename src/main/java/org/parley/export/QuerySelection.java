package org.parley.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.parley.extract.RelationType;
import org.parley.rdf.DIP;

/** Runs a user's --query file against the store and turns its result into {@link QueryMatches}. */
public final class QuerySelection {
    private QuerySelection() {}

    /** Parses the file, failing with a message that names it when it is unreadable or not a fitting query. */
    public static Query parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ExportException("cannot read query file " + file + ": " + e.getMessage(), e);
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new ExportException("query file " + file + " is not valid SPARQL: " + e.getMessage(), e);
        }
        if (query.isSelectType()) {
            if (!query.getResultVars().containsAll(java.util.List.of("s", "p", "o"))) {
                throw new ExportException("query file " + file + ": a SELECT must return ?s ?p ?o, one edge a row"
                        + " (?p one of dip:invites, dip:represents, dip:hosts, dip:warns)");
            }
        } else if (!query.isConstructType()) {
            throw new ExportException("query file " + file + ": expected a CONSTRUCT or a SELECT ?s ?p ?o");
        }
        return query;
    }

    /** Runs the query; the caller holds the dataset's read transaction. */
    public static QueryMatches run(Path file, Dataset dataset) {
        Query query = parse(file);
        Set<String> assertions = new HashSet<>();
        Set<QueryMatches.Edge> edges = new HashSet<>();
        try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    addEdge(edges, row.get("s"), row.get("p"), row.get("o"));
                }
            } else {
                Model result = exec.execConstruct();
                result.listSubjectsWithProperty(DIP.agent).forEachRemaining(s -> {
                    if (s.isURIResource()) assertions.add(s.getURI());
                });
                for (Statement st : result.listStatements().toList()) {
                    addEdge(edges, st.getSubject(), st.getPredicate(), st.getObject());
                }
            }
        }
        return new QueryMatches(assertions, edges);
    }

    private static void addEdge(Set<QueryMatches.Edge> edges, RDFNode s, RDFNode p, RDFNode o) {
        if (s == null || p == null || o == null || !s.isURIResource() || !p.isURIResource() || !o.isURIResource()) return;
        RelationType type = DirectRelations.typeOf(((Resource) p).getURI());
        if (type != null) edges.add(new QueryMatches.Edge(((Resource) s).getURI(), type, ((Resource) o).getURI()));
    }
}
