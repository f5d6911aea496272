package org.parley.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.shared.PrefixMapping;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.parley.query.NamedQuery;
import org.parley.query.QueryCatalog;
import org.parley.query.QueryParams;
import org.parley.query.QueryRunner;
import org.parley.query.ResultFormat;

/**
 * {@code parley shell}: SPARQL typed at a prompt, answered over the store, with the named queries
 * a word away. Statements run through {@link QueryRunner} exactly as {@code parley query} runs them;
 * the shell adds the editing (JLine), the prefixes declared up front ({@link KnownPrefixes}),
 * parameters that stay set between statements, tables fitted to the terminal, and paging.
 */
public final class SparqlShell {
    static final String PROMPT = "parley> ";
    static final String CONTINUATION = "   ...> ";

    private final Terminal terminal;
    private final QueryRunner runner;
    private final QueryCatalog catalog;
    private final boolean interactive;
    private final LineReader reader;
    private final PrintWriter out;
    private final PrefixMapping prefixes = KnownPrefixes.standard();
    /** The values set with :param, as typed and as bound. */
    private final Map<String, String> paramText = new LinkedHashMap<>();
    private final Map<String, Node> params = new LinkedHashMap<>();
    private ResultFormat format = ResultFormat.TABLE;

    /**
     * @param history     where statements are remembered between sessions
     * @param interactive whether a person is at the terminal: tables are fitted to its width and
     *                    long answers paged; a script piped in gets neither
     */
    public SparqlShell(Terminal terminal, QueryRunner runner, QueryCatalog catalog, Path history, boolean interactive) {
        this.terminal = terminal;
        this.runner = runner;
        this.catalog = catalog;
        this.interactive = interactive;
        this.out = terminal.writer();
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("parley")
                .parser(new StatementParser(name -> catalog.find(name).isPresent()))
                .completer(new ShellCompleter(catalog, prefixes, new StoreTerms(runner)))
                .variable(LineReader.HISTORY_FILE, history)
                .variable(LineReader.HISTORY_FILE_SIZE, 2000)
                .variable(LineReader.SECONDARY_PROMPT_PATTERN, interactive ? CONTINUATION : "")
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true) // "!" is SPARQL's not, never history
                .option(LineReader.Option.CASE_INSENSITIVE, true)
                .option(LineReader.Option.INSERT_TAB, false)
                .build();
    }

    /** The format answers start in: {@code table} unless the user says otherwise. */
    public SparqlShell format(ResultFormat format) {
        this.format = format;
        return this;
    }

    /** Reads and runs statements until {@code :quit} or the end of input (Ctrl-D). */
    public void run() {
        if (interactive) {
            out.println("parley shell: SPARQL ending with ';' or a blank line. Tab completes; :help lists the commands; Ctrl-D leaves.");
            out.flush();
        }
        try {
            boolean more = true;
            while (more) {
                String text;
                try {
                    text = reader.readLine(interactive ? PROMPT : "");
                } catch (UserInterruptException e) {
                    continue; // Ctrl-C drops the statement being typed
                } catch (EndOfFileException e) {
                    // A script's last statement needs no ';': the end of the input ends it.
                    text = e.getPartialLine() == null ? "" : e.getPartialLine();
                    if (!text.isBlank()) reader.getHistory().add(text);
                    more = false;
                }
                more &= run(text.strip());
                out.flush();
            }
        } finally {
            saveHistory();
        }
    }

    /** Runs a statement or a :command; false to leave the shell. */
    private boolean run(String text) {
        if (text.isEmpty()) return true;
        if (text.startsWith(":")) return command(text);
        statement(text);
        return true;
    }

    /** Runs a :command; false to leave the shell. */
    private boolean command(String text) {
        String[] parts = text.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1].strip() : "";
        switch (parts[0]) {
            case ":quit", ":exit", ":q" -> {
                return false;
            }
            case ":help" -> help();
            case ":list" -> catalog.listing(":param ").forEach(out::println);
            case ":show" -> catalog.find(arg).ifPresentOrElse(q -> out.println(q.text().strip()),
                    () -> error("no named query '" + arg + "'; :list shows them"));
            case ":format" -> {
                if (arg.isEmpty()) out.println("format: " + format.name().toLowerCase(java.util.Locale.ROOT));
                else {
                    try {
                        format = ResultFormat.parse(arg);
                    } catch (IllegalArgumentException e) {
                        error(e.getMessage());
                    }
                }
            }
            case ":param" -> param(arg);
            default -> error("unknown command " + parts[0] + "; :help lists the commands");
        }
        return true;
    }

    private void help() {
        out.println("""
                Type SPARQL and end it with ';' or a blank line; type a named query's name to run it.
                The prefixes rdf rdfs owl xsd skos schema prov dip are declared for you.
                  :list                 the named queries, each with the question it answers
                  :show NAME            the SPARQL of a named query
                  :param NAME=VALUE     bind ?NAME in every statement that uses it (<IRI> or http(s)://... as an IRI,
                                        anything else as a string); :param NAME= unsets it; :param lists them
                  :format FORMAT        answers as table, csv, tsv, json or xml
                  :help                 this text
                  :quit                 leave (or Ctrl-D)
                Tab completes commands, query names, prefixes, dip: terms and, after a ", actor names.
                Ctrl-C stops a running query, or drops the statement being typed.""");
    }

    private void param(String arg) {
        if (arg.isEmpty()) {
            if (paramText.isEmpty()) out.println("no parameters set; :param NAME=VALUE sets one");
            paramText.forEach((name, value) -> out.println(name + "=" + value));
            return;
        }
        int eq = arg.indexOf('=');
        if (eq > 0 && arg.substring(eq + 1).isEmpty()) {
            String name = arg.substring(0, eq).strip();
            paramText.remove(name);
            params.remove(name);
            return;
        }
        try {
            Map<String, Node> parsed = QueryParams.parse(List.of(arg));
            parsed.forEach((name, node) -> {
                params.put(name, node);
                paramText.put(name, arg.substring(eq + 1));
            });
        } catch (IllegalArgumentException e) {
            error(e.getMessage().replace("--param", ":param"));
        }
    }

    private void statement(String text) {
        String body = text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            Query query = parse(body);
            if (query == null) return;
            Map<String, Node> bindings = new LinkedHashMap<>();
            params.forEach((name, node) -> {
                if (QueryRunner.mentions(query, name)) bindings.put(name, node);
            });
            show(answer(query, bindings));
        } catch (QueryRunner.UpdateRefusedException e) {
            error("that is a SPARQL update; the shell runs queries, not updates (use serve --update)");
        } catch (QueryCancelledException e) {
            error("query cancelled");
        } catch (RuntimeException e) {
            error(e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** The statement as a query: a named query by its name, or SPARQL; null after reporting a problem. */
    private Query parse(String body) {
        Optional<NamedQuery> named = catalog.find(body);
        if (named.isPresent()) {
            NamedQuery q = named.get();
            for (NamedQuery.Param p : q.params()) {
                if (!params.containsKey(p.name())) {
                    error("query '" + q.name() + "' needs :param " + p.name() + "=" + (p.example() == null ? "VALUE" : p.example()));
                    return null;
                }
            }
            return QueryRunner.parse(q.text(), "query '" + q.name() + "'", prefixes);
        }
        if (body.matches("[A-Za-z_][\\w-]*")) {
            error("no named query '" + body + "'; :list shows them, and SPARQL starts with SELECT, ASK, CONSTRUCT or DESCRIBE");
            return null;
        }
        return QueryRunner.parse(body, "the statement", prefixes);
    }

    /** Runs the query; Ctrl-C meanwhile cancels it. */
    private String answer(Query query, Map<String, Node> bindings) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int width = interactive && terminal.getWidth() > 0 ? terminal.getWidth() : Integer.MAX_VALUE;
        Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> runner.cancel());
        try {
            runner.print(query, bindings, format, width, buffer);
        } finally {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private void show(String answer) {
        List<String> lines = answer.lines().toList();
        int header = format == ResultFormat.TABLE && lines.size() > 2 && lines.get(0).startsWith("|") ? 2 : 0;
        if (interactive) new Pager(terminal).show(lines, header);
        else lines.forEach(out::println);
    }

    private void error(String message) {
        out.println("error: " + message);
    }

    private void saveHistory() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the shell's history to " + reader.getVariable(LineReader.HISTORY_FILE), e);
        }
    }
}
