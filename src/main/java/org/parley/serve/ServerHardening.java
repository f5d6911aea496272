package org.parley.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.parley.query.QueryLockdown;

/**
 * The defences of {@code parley serve} against hostile clients, kept apart from the server's
 * layout: what a query or update may do, which writes a browser may send, and how much of the
 * server one client may hold.
 */
final class ServerHardening {
    private ServerHardening() {}

    /** Before the server is built: the dataset's query and update rules, and the servlet filters. */
    static void configure(FusekiServer.Builder builder, DatasetGraph dsg, ServerSettings settings) {
        QueryLockdown.applyTo(dsg.getContext(), false);
        UpdateLockdown.applyTo(dsg.getContext());
        JsonLdWithoutFetching.install();
        builder.addFilter("/*", new MalformedParametersFilter());
        if (settings.allowsUpdate()) {
            builder.addFilter(ParleyServer.DATASET + "/update", new SameOriginWriteFilter())
                   .addFilter(ParleyServer.DATASET + "/data", new SameOriginWriteFilter());
        }
    }

    /**
     * After the server is built: wraps its handler in the per-client limits and the login throttle,
     * and starts cutting off slow requests.
     */
    static Handler guard(Server jetty, Handler app, ServerSettings settings) {
        ClientLimits limits = settings.clientLimits();
        Handler inner = settings.allowsUpdate() ? new LoginThrottle(app) : app;
        PerAddressLimits perAddress = new PerAddressLimits(inner, limits);
        for (Connector c : jetty.getConnectors()) c.addEventListener(perAddress);
        jetty.addBean(new SlowRequestReaper(jetty, limits.requestReadTimeout()));
        return perAddress;
    }
}
