package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.parley.query.NamedQuery;
import org.parley.query.QueryCatalog;
import org.parley.query.QueryParams;
import org.parley.query.QueryRunner;
import org.parley.query.ResultFormat;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley query}: SPARQL over the store. */
@Command(name = "query", mixinStandardHelpOptions = true,
        header = "Run a SPARQL query (a file, a named query, or text) over the store.", sortOptions = false,
        description = {
            "Runs a SPARQL query over the store and prints the answer. The default graph is the union of all"
                    + " article graphs and the ontology, so queries need no GRAPH clauses.",
            "QUERY is a file (FILE.rq) or the name of a query in queries/ (looked up in ./queries, then in the"
                    + " copy bundled with parley). --param binds a query variable to a value: <...> and http(s)://..."
                    + " values bind as IRIs, anything else as a plain string literal. Values are put into the parsed"
                    + " query, never into its text, so they cannot change what the query does.",
            "SELECT and ASK print in --format (default: table on a terminal, tsv otherwise); CONSTRUCT and"
                    + " DESCRIBE print Turtle. In tables '-' marks a value the article does not state."
                    + " Does not load the NLP models."},
        footer = {"%nExamples:",
            "  parley query --list",
            "  parley query invitations",
            "  parley query actor --param actor=Pakistan",
            "  parley query evidence --param actor=Pakistan --offset 100 --limit 100",
            "  parley query --format csv representatives > representatives.csv",
            "  parley query queries/warnings.rq",
            "  parley query --query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'",
            ExitCodes.HELP})
public final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "A .rq file, or a query name from --list.")
    String queryArg;

    @Option(names = "--query", paramLabel = "SPARQL", description = "The query text itself, instead of QUERY.")
    String queryText;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Binds ?NAME to VALUE; repeatable.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, json or xml. Default: table on a terminal, tsv otherwise.")
    String format;

    @Option(names = "--limit", paramLabel = "N",
            description = "Answer at most N rows, replacing the query's own LIMIT; 0 for no limit.")
    Long limit;

    @Option(names = "--offset", paramLabel = "N", description = "Skip the first N rows (with --limit, to page through an answer).")
    Long offset;

    @Option(names = "--list", description = "Lists the named queries, each with the question it answers.")
    boolean list;

    @Mixin
    StoreOption store;

    @Mixin
    QueryEndpointOption endpoint;

    @Option(names = "--allow-service",
            description = "Let the query call other SPARQL endpoints with SERVICE (federated query). Off by default:"
                    + " a query then reads the store and nothing else.")
    boolean allowService;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            printList(out);
            return ExitCodes.OK;
        }
        if ((queryArg == null) == (queryText == null)) {
            throw new ParameterException(spec.commandLine(), "give either QUERY (a file or a name from --list) or --query SPARQL");
        }
        Map<String, Node> bindings = QueryParams.parse(params);
        Query query = resolve(bindings);
        page(query);
        ResultFormat resultFormat = format != null ? ResultFormat.parse(format)
                : System.console() != null ? ResultFormat.TABLE : ResultFormat.TSV;
        if (endpoint.isRemote()) {
            endpoint.runner().print(query, bindings, resultFormat, CommandOutput.stream(out));
        } else {
            try (ParleyStore s = store.openToRead()) {
                QueryRunner runner = QueryRunner.local(s.dataset());
                if (allowService) runner = runner.allowingService();
                runner.print(query, bindings, resultFormat, CommandOutput.stream(out));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private Query resolve(Map<String, Node> bindings) {
        if (queryText != null) return QueryRunner.parse(queryText, "--query", bindings);
        Path file = Path.of(queryArg);
        if (queryArg.endsWith(".rq") || Files.isRegularFile(file)) {
            try {
                return QueryRunner.parse(Files.readString(file, StandardCharsets.UTF_8), queryArg, bindings);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read query file " + queryArg + ": " + e.getMessage(), e);
            }
        }
        NamedQuery named = QueryCatalog.standard().find(queryArg).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "no query named '" + queryArg + "' and no such file; 'parley query --list' shows the names"));
        for (NamedQuery.Param p : named.params()) {
            if (!bindings.containsKey(p.name())) {
                String example = p.example() == null ? "VALUE" : p.example();
                throw new ParameterException(spec.commandLine(),
                        "query '" + named.name() + "' needs --param " + p.name() + "=" + example);
            }
        }
        return QueryRunner.parse(named.text(), "query '" + named.name() + "'", bindings);
    }

    private void page(Query query) {
        if (limit != null) {
            if (limit < 0) throw new ParameterException(spec.commandLine(), "--limit must be 0 (no limit) or more, was " + limit);
            query.setLimit(limit == 0 ? Query.NOLIMIT : limit);
        }
        if (offset != null) {
            if (offset < 0) throw new ParameterException(spec.commandLine(), "--offset must be 0 or more, was " + offset);
            query.setOffset(offset);
        }
    }

    private static void printList(PrintWriter out) {
        QueryCatalog.standard().listing("--param ").forEach(out::println);
        out.flush();
    }
}
