package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.parley.query.QueryCatalog;
import org.parley.query.QueryRunner;
import org.parley.query.ResultFormat;
import org.parley.shell.SparqlShell;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley shell}: an interactive SPARQL console over the store. */
@Command(name = "shell", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Type SPARQL and named queries at a prompt, answered over the store.",
        description = {
            "An interactive console: type SPARQL over several lines and end it with ';' or a blank line, or type"
                    + " the name of a named query. Answers print as tables fitted to the terminal, a screenful at a"
                    + " time. The default graph is the union of the article graphs, as in 'parley query'; the"
                    + " prefixes rdf, rdfs, owl, xsd, skos, schema, prov and dip are declared for you.",
            "Tab completes commands, query names, prefixes, dip: terms, and actor names after a \" or in"
                    + " ':param actor='. History is kept across sessions (--history). Commands: :list, :show NAME,"
                    + " :param NAME=VALUE, :format table|csv|tsv|json|xml, :help, :quit (or Ctrl-D).",
            "Standard input that is not a terminal is read as a script: the same statements, answered without"
                    + " paging. Does not load the NLP models."},
        footer = {"%nExamples:",
            "  parley shell",
            "  parley shell --store /data/news-kg",
            "  printf ':param actor=Iran\\nactor\\n' | parley shell",
            ExitCodes.HELP})
public final class ShellCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Mixin
    QueryEndpointOption endpoint;

    @Option(names = "--history", paramLabel = "FILE", defaultValue = "${sys:user.home}/.parley_history",
            description = "Where statements are remembered between sessions. Default: ${DEFAULT-VALUE}")
    Path history;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "The format answers start in: table, csv, tsv, json or xml (:format changes it). Default: ${DEFAULT-VALUE}")
    String format;

    @Override
    public Integer call() throws IOException {
        ResultFormat initial = ResultFormat.parse(format);
        boolean interactive = System.console() != null;
        if (endpoint.isRemote()) {
            try (Terminal terminal = terminal()) {
                shell(terminal, endpoint.runner(), interactive, initial);
            }
        } else {
            // The store first: a path with no store is told before a terminal is taken over.
            try (ParleyStore s = store.openToRead(); Terminal terminal = terminal()) {
                shell(terminal, QueryRunner.local(s.dataset()), interactive, initial);
            }
        }
        return ExitCodes.OK;
    }

    /** dumb(true): with input from a pipe JLine falls back to a plain terminal, without warning about it. */
    private static Terminal terminal() throws IOException {
        return TerminalBuilder.builder().system(true).dumb(true).build();
    }

    private void shell(Terminal terminal, QueryRunner runner, boolean interactive, ResultFormat initial) {
        try {
            Files.createDirectories(history.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of the history file " + history, e);
        }
        new SparqlShell(terminal, runner, QueryCatalog.standard(), history, interactive).format(initial).run();
    }
}
