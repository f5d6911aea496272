package org.parley.store;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collection;
import java.util.Optional;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;

/**
 * A remote store reached over the SPARQL 1.1 protocols: article graphs go by Graph Store Protocol
 * PUT (so re-ingesting replaces), hashes are read back by SPARQL query. Works against
 * {@code parley serve --update} and any standard store (Fuseki, GraphDB, Virtuoso, Neptune).
 */
public final class RemoteGraphStore implements GraphSink {
    private final String gspUrl;
    private final String queryUrl;
    private final HttpClient http;

    /**
     * @param datasetUrl the dataset's base URL, e.g. {@code http://127.0.0.1:3030/parley}
     * @param user       HTTP user, or null for none
     * @param password   HTTP password, or null for none
     */
    public RemoteGraphStore(String datasetUrl, String user, char[] password) {
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        this.gspUrl = base + "/data";
        this.queryUrl = base + "/sparql";
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (user != null && password != null) {
            b.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password);
                }
            });
        }
        this.http = b.build();
    }

    @Override
    public void write(Collection<ArticleGraph> batch) {
        for (ArticleGraph g : batch) {
            GSP.service(gspUrl).httpClient(http).graphName(g.graphIri()).PUT(g.model().getGraph());
        }
    }

    @Override
    public Optional<String> storedHash(String graphIri) {
        String q = "SELECT ?h WHERE { GRAPH <" + graphIri + "> { <" + graphIri + "> <" + DIP.contentHash.getURI() + "> ?h } } LIMIT 1";
        try (QueryExecution qe = QueryExecutionHTTP.service(queryUrl).httpClient(http).query(q).build()) {
            ResultSet rs = qe.execSelect();
            if (!rs.hasNext()) return Optional.empty();
            QuerySolution row = rs.next();
            return Optional.of(row.getLiteral("h").getString());
        }
    }

    @Override
    public void close() {
        // HttpClient holds no resources that need closing on Java 17
    }
}
