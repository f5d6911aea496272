package org.parley.cli;

import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.serve.ExampleQueries;
import org.parley.serve.ParleyServer;
import org.parley.serve.ServerSettings;
import org.parley.serve.WriterCredentials;
import org.parley.store.ParleyStore;
import org.parley.store.NoStoreException;
import org.parley.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley serve}: the store as a SPARQL endpoint for other tools. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Serves the store over the SPARQL 1.1 protocols (an embedded Apache Jena Fuseki) as dataset /parley:",
            "  /parley/sparql and /parley/query  SPARQL query, GET or POST, results by Accept header",
            "  /parley/get                       Graph Store Protocol read (?graph=IRI, ?default)",
            "  /                                 a page listing the endpoints and example queries",
            "  /editor/  /questions  /actor      the workbench: a SPARQL editor, the example queries as forms,",
            "                                    actor pages (relations, timeline, graph) and articles; read-only",
            "The default graph is the union of all article graphs. The server is read-only unless --update.",
            "Query endpoints are open to anyone who can reach the port; it binds to 127.0.0.1 unless --host says otherwise."},
        footer = {
            "",
            "With --update, /parley/update (SPARQL Update) and /parley/data (Graph Store read-write) are added;",
            "both need HTTP Basic authentication as --user with the password from --password-file or the",
            "PARLEY_PASSWORD environment variable. Without a password the server refuses to start. Send updates as",
            "application/sparql-update and graphs with their RDF content type; writes from another site's pages are refused.",
            "Other parley commands reach a running server with --endpoint http://HOST:PORT/parley.",
            "",
            "Exit status: 0 stopped normally, 1 could not start (port taken), 2 bad options, 3 store in use by another process.",
            "Example:",
            "  parley serve --store parley-data",
            "  curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' http://127.0.0.1:3030/parley/sparql"})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", description = "the TDB2 store folder (default: ${DEFAULT-VALUE})")
    Path store = ParleyStore.DEFAULT_DIR;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface)")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "cancel a query that runs longer than this, e.g. 30s, 500ms, 2m (default: 30s)")
    Duration timeout = ServerSettings.DEFAULT_TIMEOUT;

    @Option(names = "--update", description = "also accept SPARQL Update and Graph Store writes, from --user with a password")
    boolean update;

    @Option(names = "--user", paramLabel = "NAME", description = "the user allowed to write with --update (default: ${DEFAULT-VALUE})")
    String user = "parley";

    @Option(names = "--password-file", paramLabel = "FILE", description = "file whose first line is the --update password (else the PARLEY_PASSWORD environment variable)")
    Path passwordFile;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Map<String, String> env;

    public ServeCommand() {
        this(System.getenv());
    }

    /** @param env the environment to read {@code PARLEY_PASSWORD} from */
    ServeCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        ServerSettings settings;
        try {
            settings = settings(err);
        } catch (IllegalArgumentException e) {
            err.println("parley serve: " + e.getMessage());
            err.flush();
            return 2;
        }

        ParleyStore opened;
        try {
            // Read-only unless --update: then nothing opens a write transaction, not even to refresh the ontology.
            opened = update ? StoreOption.open(store) : StoreOption.openToRead(store);
        } catch (StoreUnavailableException | NoStoreException e) {
            err.println("parley serve: " + e.getMessage());
            err.flush();
            return e instanceof NoStoreException ? 1 : ExitCodes.STORE_UNAVAILABLE;
        }
        ParleyStore parleyStore = opened;

        ParleyServer server;
        try {
            server = ParleyServer.start(parleyStore.dataset(), settings, ExampleQueries.load());
        } catch (RuntimeException e) {
            parleyStore.close();
            err.println("parley serve: " + startFailure(e, settings));
            err.flush();
            return 1;
        }

        AtomicBoolean stopped = new AtomicBoolean();
        Runnable stop = () -> {
            if (!stopped.compareAndSet(false, true)) return;
            server.close();
            parleyStore.close();
        };
        Thread hook = new Thread(stop, "parley-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);

        out.println("parley serve: store " + store.toAbsolutePath() + " as dataset " + ParleyServer.DATASET
                + (settings.allowsUpdate() ? " (read-write for user " + user + ")" : " (read-only)"));
        for (String line : server.describeEndpoints()) out.println("  " + line);
        out.println("Query timeout " + settings.queryTimeout().toMillis() + " ms. Ctrl-C stops the server.");
        out.flush();

        server.join();
        stop.run();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is already running and does the same
        }
        return 0;
    }

    private ServerSettings settings(PrintWriter err) {
        WriterCredentials writer = null;
        if (update) {
            Optional<String> password = PasswordSource.read(passwordFile, env);
            if (password.isEmpty()) {
                throw new IllegalArgumentException("--update needs a password so that only " + user
                        + " can write: give --password-file FILE (first line is the password) or set "
                        + PasswordSource.ENV + "; the server was not started");
            }
            writer = new WriterCredentials(user, password.get());
        } else if (passwordFile != null) {
            err.println("parley serve: note: --password-file has no effect without --update (the server is read-only)");
        }
        if (!isLoopback(host)) {
            err.println("parley serve: note: listening on " + host + ", reachable from other machines; anyone who can reach it can query the store");
        }
        return new ServerSettings(host, port, timeout, ServerSettings.DEFAULT_MAX_BODY_BYTES, writer);
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--host " + host + " is not an address of this machine");
        }
    }

    private static String startFailure(RuntimeException e, ServerSettings s) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return "cannot listen on " + s.host() + ":" + s.port() + " (" + t.getMessage() + "); is another server using the port? choose another with --port";
            }
        }
        return "cannot start the server: " + e.getMessage();
    }
}
