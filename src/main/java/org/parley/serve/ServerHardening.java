package org.parley.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.parley.query.QueryLockdown;

/**
 * The defences of {@code parley serve} against hostile clients, kept apart from the server's
 * layout: what a query or update may do, and which writes a browser may send.
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
}
