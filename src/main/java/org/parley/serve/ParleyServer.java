package org.parley.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.JettySecurityLib;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.security.ConstraintSecurityHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.parley.serve.workbench.Workbench;

/**
 * The store served over the SPARQL 1.1 protocols by an embedded Fuseki: dataset {@value #DATASET}
 * with query, Graph Store read and, only when credentials are set, update and Graph Store write.
 *
 * <p>Access rule: reading (query, {@code /get}) is open to anyone who can reach the port; every
 * endpoint that can change the store ({@code /update}, and {@code /data} on an update server) asks
 * for HTTP Basic credentials on every method, so an update server never takes an anonymous write.
 */
public final class ParleyServer implements AutoCloseable {
    public static final String DATASET = "/parley";
    static final String REALM = "parley";

    private final FusekiServer fuseki;
    private final ServerSettings settings;

    private ParleyServer(FusekiServer fuseki, ServerSettings settings) {
        this.fuseki = fuseki;
        this.settings = settings;
    }

    /** Builds and starts the server; it answers requests when this returns. */
    public static ParleyServer start(Dataset dataset, ServerSettings settings, List<ExampleQuery> queries) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        // Fuseki reads the query timeout from the dataset's context; the serving process owns the store.
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));

        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");
        FusekiServer.Builder builder = FusekiServer.create()
                // No auto-discovered modules: nothing (admin, UI) is mounted that we did not choose.
                .fusekiModules(FusekiModules.empty())
                .port(settings.port())
                .enablePing(true)
                .verbose(false);
        if (settings.allowsUpdate()) {
            WriterCredentials w = settings.writer();
            AuthPolicy writerOnly = Auth.policyAllowSpecific(w.user());
            service.addEndpoint(Operation.Update, "update", writerOnly)
                   .addEndpoint(Operation.GSP_RW, "data", writerOnly);
            ConstraintSecurityHandler security = JettySecurityLib.makeSecurityHandler(
                    REALM, JettySecurityLib.makeUserStore(w.user(), w.password()), AuthScheme.BASIC);
            builder.securityHandler(security).realm(REALM);
        } else {
            service.addEndpoint(Operation.GSP_R, "data");
        }
        builder.add(DATASET, service);
        builder.addFilter("/*", new BodySizeLimitFilter(settings.maxBodyBytes()))
               .addFilter(DATASET + "/get", new UnionDefaultGraphFilter())
               .addFilter(DATASET + "/data", new UnionDefaultGraphFilter());
        ServerHardening.configure(builder, dsg, settings);
        // "" is the servlet mapping for exactly the context root, so it does not shadow Fuseki's dispatch.
        builder.addServlet("", new HomePage(DATASET, endpointInfo(settings), queries));
        Workbench.mount(builder, dataset, queries);

        FusekiServer fuseki = builder.build();
        Server jetty = fuseki.getJettyServer();
        for (Connector c : jetty.getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(settings.host());
        }
        jetty.setHandler(cors(ServerHardening.guard(jetty, jetty.getHandler(), settings)));
        hideStackTraces(jetty);
        fuseki.start();
        return new ParleyServer(fuseki, settings);
    }

    /**
     * Any origin may query, so browser tools (YASGUI, notebooks) work from their own pages. Outermost,
     * so preflight requests are answered before authentication. Credentials are not allowed
     * cross-origin: a page on another site must not be able to write with a user's cached login.
     */
    private static CrossOriginHandler cors(Handler inner) {
        CrossOriginHandler cors = new CrossOriginHandler();
        cors.setAllowedOriginPatterns(Set.of("*"));
        cors.setAllowCredentials(false);
        cors.setAllowedMethods(Set.of("GET", "POST", "HEAD", "OPTIONS"));
        cors.setAllowedHeaders(Set.of("Accept", "Content-Type", "Origin", "X-Requested-With"));
        cors.setExposedHeaders(Set.of("Content-Type", "Content-Length", "Content-Language", "Cache-Control", "Expires", "Last-Modified", "Pragma"));
        cors.setHandler(inner);
        return cors;
    }

    private static void hideStackTraces(Server jetty) {
        if (jetty.getErrorHandler() instanceof ErrorHandler eh) eh.setShowStacks(false);
    }

    private static List<HomePage.EndpointInfo> endpointInfo(ServerSettings settings) {
        List<HomePage.EndpointInfo> list = new ArrayList<>();
        list.add(new HomePage.EndpointInfo(DATASET + "/sparql", "SPARQL query (GET or POST; results as JSON, XML, CSV, TSV by Accept header or format=json|xml|csv|tsv|text)"));
        list.add(new HomePage.EndpointInfo(DATASET + "/query", "SPARQL query (same as /sparql)"));
        list.add(new HomePage.EndpointInfo(DATASET + "/get", "Graph Store Protocol, read: ?graph=IRI for one article's graph, ?default for the union, neither for every graph as TriG/N-Quads"));
        if (settings.allowsUpdate()) {
            list.add(new HomePage.EndpointInfo(DATASET + "/update", "SPARQL Update (POST; HTTP Basic authentication required)"));
            list.add(new HomePage.EndpointInfo(DATASET + "/data", "Graph Store Protocol, read-write: PUT ?graph=IRI replaces an article's graph (HTTP Basic authentication required for every method)"));
        } else {
            list.add(new HomePage.EndpointInfo(DATASET + "/data", "Graph Store Protocol, read (this server is read-only)"));
        }
        return list;
    }

    public int port() { return fuseki.getHttpPort(); }

    public ServerSettings settings() { return settings; }

    /** The listening connectors, for checking where the server is bound. */
    public List<Connector> jettyConnectors() { return List.of(fuseki.getJettyServer().getConnectors()); }

    /** e.g. {@code http://127.0.0.1:3030} */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port();
    }

    /** e.g. {@code http://127.0.0.1:3030/parley} */
    public String datasetUrl() { return baseUrl() + DATASET; }

    /** The endpoint URLs, one line each, as printed on start. */
    public List<String> describeEndpoints() {
        List<String> lines = new ArrayList<>();
        lines.add("home page       " + baseUrl() + "/");
        lines.add("SPARQL editor   " + baseUrl() + "/editor/   (questions " + baseUrl() + "/questions)");
        lines.add("SPARQL query    " + datasetUrl() + "/sparql   (also " + datasetUrl() + "/query)");
        lines.add("graph store (r) " + datasetUrl() + "/get");
        if (settings.allowsUpdate()) {
            lines.add("SPARQL update   " + datasetUrl() + "/update   (user " + settings.writer().user() + ", HTTP Basic)");
            lines.add("graph store (w) " + datasetUrl() + "/data     (user " + settings.writer().user() + ", HTTP Basic)");
        } else {
            lines.add("graph store (r) " + datasetUrl() + "/data");
        }
        return lines;
    }

    /** Blocks until the server stops. */
    public void join() { fuseki.join(); }

    /** Stops answering requests; requests in flight are ended. Safe to call more than once. */
    @Override
    public void close() {
        if (fuseki.getJettyServer().isStopped()) return;
        fuseki.stop();
    }
}
