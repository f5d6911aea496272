package org.parley.query;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateFactory;

/**
 * Runs SPARQL against the embedded store or a remote endpoint. Parameters are substituted into
 * the parsed query (Jena's substitution), never spliced into the text. SELECT and ASK print in
 * the chosen {@link ResultFormat}; CONSTRUCT and DESCRIBE print Turtle.
 */
public final class QueryRunner {
    private final Dataset dataset;
    private final String endpoint;
    private final boolean allowService;
    private volatile QueryExecution running;

    private QueryRunner(Dataset dataset, String endpoint, boolean allowService) {
        this.dataset = dataset;
        this.endpoint = endpoint;
        this.allowService = allowService;
    }

    /**
     * Queries the embedded store; the dataset's default graph is the union of its graphs. The query
     * reads the store and nothing else ({@link QueryLockdown}): {@code SERVICE} is refused.
     */
    public static QueryRunner local(Dataset dataset) {
        return new QueryRunner(dataset, null, false);
    }

    /** The same runner, with {@code SERVICE} (federated query over HTTP) allowed for local queries. */
    public QueryRunner allowingService() {
        return new QueryRunner(dataset, endpoint, true);
    }

    /** Queries a SPARQL endpoint: {@code datasetUrl/sparql}, the same base URL {@code ingest --endpoint} takes. */
    public static QueryRunner remote(String datasetUrl) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new QueryRunner(null, base + "/sparql", false);
    }

    /** Parses SPARQL, naming the source in the error; checks every parameter appears in the query. */
    public static Query parse(String sparql, String source, Map<String, Node> params) {
        Query query = parse(sparql, source, PrefixMapping.Factory.create());
        for (String name : params.keySet()) {
            if (!mentions(query, name)) {
                throw new IllegalArgumentException(source + " has no variable ?" + name + " for --param " + name);
            }
        }
        return query;
    }

    /**
     * Parses SPARQL with some prefixes declared beforehand, as if the text began with their
     * PREFIX lines; a PREFIX in the text wins over one of the same name.
     */
    public static Query parse(String sparql, String source, PrefixMapping declared) {
        Query query = new Query();
        query.getPrologue().setPrefixMapping(PrefixMapping.Factory.create().setNsPrefixes(declared));
        try {
            QueryFactory.parse(query, sparql, null, Syntax.syntaxARQ); // as QueryFactory.create: LATERAL and other ARQ additions
        } catch (org.apache.jena.query.QueryException e) {
            if (isUpdate(sparql)) throw new UpdateRefusedException(source);
            throw new IllegalArgumentException(source + ": not valid SPARQL: " + e.getMessage().strip(), e);
        }
        return query;
    }

    /** Whether the query uses the variable {@code ?name}, so that a value can be bound to it. */
    public static boolean mentions(Query query, String name) {
        return Pattern.compile("[?$]" + Pattern.quote(name) + "\\b").matcher(query.toString()).find();
    }

    /** Text that is a SPARQL Update (DROP, INSERT DATA, ...) rather than a query. */
    private static boolean isUpdate(String sparql) {
        try {
            UpdateFactory.create(sparql);
            return true;
        } catch (org.apache.jena.query.QueryException e) {
            return false;
        }
    }

    /**
     * Thrown for a SPARQL Update given where a query belongs: parley's query commands only read,
     * and the parser's complaint about the first keyword would not tell the user why.
     */
    public static final class UpdateRefusedException extends IllegalArgumentException {
        UpdateRefusedException(String source) {
            super(source + " is a SPARQL update; parley query runs queries, not updates (use serve --update)");
        }
    }

    /** Runs the query and prints its answer to {@code out}. */
    public void print(Query query, Map<String, Node> params, ResultFormat format, OutputStream out) {
        print(query, params, format, TableWriter.UNLIMITED, out);
    }

    /**
     * As {@link #print(Query, Map, ResultFormat, OutputStream)}, with tables fitted to
     * {@code tableWidth} characters (long cells are cut short and end in "…").
     *
     * @throws org.apache.jena.query.QueryCancelledException when {@link #cancel()} stopped it
     */
    public void print(Query query, Map<String, Node> params, ResultFormat format, int tableWidth, OutputStream out) {
        checkService(query);
        run(() -> {
            try (QueryExecution qe = execution(query, params)) {
                running = qe;
                if (query.isSelectType()) format.write(qe.execSelect(), query.getPrefixMapping(), tableWidth, out);
                else if (query.isAskType()) format.write(qe.execAsk(), out);
                else if (query.isConstructType()) RDFDataMgr.write(out, qe.execConstruct(), Lang.TURTLE);
                else if (query.isDescribeType()) RDFDataMgr.write(out, qe.execDescribe(), Lang.TURTLE);
                else throw new IllegalArgumentException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can run here");
            } finally {
                running = null;
            }
        });
    }

    /** Stops the query this runner is running, if any, from another thread (Ctrl-C in the shell). */
    public void cancel() {
        QueryExecution qe = running;
        if (qe != null) qe.abort();
    }

    /** The rows of a SELECT query, copied out of the store. */
    public List<QuerySolution> select(Query query, Map<String, Node> params) {
        checkService(query);
        List<QuerySolution>[] rows = new List[1];
        run(() -> {
            try (QueryExecution qe = execution(query, params)) {
                rows[0] = ResultSetFormatter.toList(ResultSetFactory.copyResults(qe.execSelect()));
            }
        });
        return rows[0];
    }

    /** Refuses a local query with SERVICE before any output, unless allowed; a remote store decides for itself. */
    private void checkService(Query query) {
        if (dataset == null || allowService) return;
        ServiceClauses.first(query).ifPresent(service -> {
            throw new IllegalArgumentException("the query calls SERVICE <" + service + ">, which would send a request to"
                    + " another host; parley fetches nothing unless you allow it with --allow-service");
        });
    }

    private void run(Runnable action) {
        if (dataset != null) Txn.executeRead(dataset, action);
        else action.run();
    }

    private QueryExecution execution(Query query, Map<String, Node> params) {
        if (dataset != null) {
            var b = QueryExecution.dataset(dataset).query(query);
            Context rules = QueryLockdown.context(allowService);
            rules.keys().forEach(k -> b.set(k, rules.get(k)));
            params.forEach((name, node) -> b.substitution(name, dataset.getDefaultModel().asRDFNode(node)));
            return b.build();
        }
        var b = QueryExecutionHTTP.service(endpoint).query(query);
        params.forEach(b::substitution);
        return b.build();
    }
}
