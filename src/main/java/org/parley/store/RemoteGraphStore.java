package org.parley.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.exec.http.QueryExecHTTPBuilder;
import org.apache.jena.sparql.exec.http.UpdateExecHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecHTTPBuilder;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;

/**
 * A remote store reached over the SPARQL 1.1 protocols: article graphs and their summary changes go
 * by SPARQL Update to {@code DATASET/update} (re-ingesting replaces the article's graph), an
 * article's earlier graph is read by Graph Store Protocol GET from {@code DATASET/data?graph=IRI},
 * hashes are read back by SPARQL query at {@code DATASET/sparql}. Works against {@code parley serve --update}
 * and any standard store (Fuseki, GraphDB, Virtuoso, Neptune) that has those three endpoints.
 *
 * <p>Credentials go as HTTP Basic on every request rather than after a challenge: a rejected password
 * then shows as a plain 401 instead of a retry loop, and large bodies are not sent twice.
 */
public final class RemoteGraphStore implements GraphSink {
    /** The stored hash of one graph: {@code ?g} and {@code ?hash} are bound before sending, never spliced. */
    private static final Query HASH_QUERY = QueryFactory.create(
            "SELECT ?h WHERE { GRAPH ?g { ?g ?hash ?h } } LIMIT 1");

    private final String datasetUrl;
    private final String gspUrl;
    private final String queryUrl;
    private final String updateUrl;
    private final String authorization;
    private final HttpClient http;

    /** A store that needs no credentials. */
    public RemoteGraphStore(String datasetUrl) {
        this(datasetUrl, null, null);
    }

    /**
     * @param datasetUrl the dataset's base URL, e.g. {@code http://127.0.0.1:3030/parley}
     * @param user       HTTP user, or null for none
     * @param password   HTTP password, or null for none
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL
     */
    public RemoteGraphStore(String datasetUrl, String user, char[] password) {
        String base = stripTrailingSlash(checkUrl(datasetUrl));
        this.datasetUrl = base;
        this.gspUrl = base + "/data";
        this.queryUrl = base + "/sparql";
        this.updateUrl = base + "/update";
        this.authorization = (user != null && password != null) ? basic(user, password) : null;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public String datasetUrl() { return datasetUrl; }

    /**
     * Stores each article graph in its own named graph, replacing what the store held for it, and
     * updates the summary graph to match, in one SPARQL Update request per article: each article
     * lands whole, with its summary, or not at all. On an error the articles before it in the batch
     * stay stored.
     *
     * @throws RemoteStoreException naming the endpoint and what it answered
     */
    @Override
    public void write(Collection<ArticleGraph> batch) {
        for (ArticleGraph g : batch) {
            SummaryDelta delta = new SummaryDelta();
            storedGraph(g.graphIri()).ifPresent(delta::remove);
            Optional<FormerArticleGraph> former = FormerArticleGraph.of(g, this::storedGraph);
            former.ifPresent(f -> delta.remove(f.graph()));
            delta.add(g.model().getGraph());
            UpdateExecHTTPBuilder request = UpdateExecHTTP.newBuilder().endpoint(updateUrl).httpClient(http)
                    .update(ArticleUpdate.of(g.graphIri(), g.model().getGraph(), delta, former.map(FormerArticleGraph::iri)));
            if (authorization != null) request.httpHeader("Authorization", authorization);
            try {
                request.build().execute();
            } catch (HttpException e) {
                String action = "storing graph <" + g.graphIri() + ">";
                if (e.getStatusCode() == 404 && answersQueries()) {
                    throw new RemoteStoreException(action + " at " + updateUrl + ": the dataset answers queries but has no"
                            + " SPARQL Update endpoint (HTTP 404); is it read-only? start 'parley serve' with --update", 404, e);
                }
                throw RemoteStoreException.from(e.getStatusCode(), e.getStatusLine(), e, action, updateUrl, authorization != null);
            }
        }
    }

    /** Each article is its own SPARQL Update request, so a batch is not stored whole. */
    @Override
    public boolean storesBatchesWhole() {
        return false;
    }

    /** Tells a read-only dataset (queries answered, no update endpoint) from a wrong dataset URL. */
    private boolean answersQueries() {
        try {
            storedHash(DIP.ONTOLOGY_GRAPH);
            return true;
        } catch (RemoteStoreException e) {
            return false;
        }
    }

    /** The graph the store holds under this name, read back so its summary facts can be taken away. */
    private Optional<Graph> storedGraph(String graphIri) {
        GSP request = GSP.service(gspUrl).httpClient(http).graphName(graphIri).acceptHeader("application/n-triples");
        if (authorization != null) request.httpHeader("Authorization", authorization);
        try {
            return Optional.of(request.GET());
        } catch (HttpException e) {
            if (e.getStatusCode() == 404) return Optional.empty();
            throw RemoteStoreException.from(e.getStatusCode(), e.getStatusLine(), e, "reading graph <" + graphIri + ">", gspUrl, authorization != null);
        }
    }

    /** @throws RemoteStoreException naming the endpoint and what it answered */
    @Override
    public Optional<String> storedHash(String graphIri) {
        Node graph = NodeFactory.createURI(checkIri(graphIri));
        Binding params = BindingFactory.binding(Var.alloc("g"), graph, Var.alloc("hash"), DIP.contentHash.asNode());
        QueryExecHTTPBuilder builder = QueryExecHTTP.newBuilder().endpoint(queryUrl).httpClient(http).query(HASH_QUERY);
        if (authorization != null) builder.httpHeader("Authorization", authorization);
        try (QueryExec qe = builder.substitution(params).build()) {
            RowSet rows = qe.select();
            if (!rows.hasNext()) return Optional.empty();
            Node h = rows.next().get(Var.alloc("h"));
            return h != null && h.isLiteral() ? Optional.of(h.getLiteralLexicalForm()) : Optional.empty();
        } catch (HttpException e) {
            throw RemoteStoreException.from(e.getStatusCode(), e.getStatusLine(), e, "reading the stored hash of <" + graphIri + ">", queryUrl, authorization != null);
        } catch (QueryExceptionHTTP e) {
            throw RemoteStoreException.from(e.getStatusCode(), e.getStatusLine(), e, "reading the stored hash of <" + graphIri + ">", queryUrl, authorization != null);
        }
    }

    @Override
    public void close() {
        // HttpClient holds no resources that need closing on Java 17
    }

    private static String basic(String user, char[] password) {
        String pair = user + ":" + new String(password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    private static String checkIri(String iri) {
        try {
            IRIx.create(iri);
            return iri;
        } catch (IRIException e) {
            throw new IllegalArgumentException("not a valid graph IRI: " + iri + " (" + e.getMessage() + ")", e);
        }
    }

    private static String checkUrl(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme();
            if (scheme == null || u.getHost() == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
                throw new IllegalArgumentException("endpoint must be an http:// or https:// dataset URL such as http://127.0.0.1:3030/parley, got: " + url);
            }
            if (u.getQuery() != null || u.getFragment() != null) {
                throw new IllegalArgumentException("endpoint must be the dataset URL without ?query or #fragment, got: " + url);
            }
            return url;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("endpoint is not a valid URL: " + url + " (" + e.getReason() + ")", e);
        }
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
