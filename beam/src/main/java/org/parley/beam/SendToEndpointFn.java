package org.parley.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.store.RemoteGraphStore;
import org.parley.store.RemoteStoreException;

/**
 * Sends each article to a SPARQL store through the core's {@link RemoteGraphStore}, the same
 * requests as {@code parley ingest --endpoint}: one SPARQL Update per article that replaces its
 * graph and updates the summary graph. The articles of a bundle go together when it finishes, and
 * a request that fails for want of an answer or with a server error is tried again. Re-sending an
 * article replaces its graph, so a bundle the runner retries does not duplicate anything.
 */
final class SendToEndpointFn extends DoFn<KV<String, String>, Void> {
    private static final int ATTEMPTS = 4;
    private static final long FIRST_PAUSE_MILLIS = 1000;

    private final String endpoint;
    private final String user;
    private final String password;
    private transient RemoteGraphStore store;
    private transient List<ArticleGraph> bundle;

    /** @param password read where the job is launched; it travels inside the job, never as an option */
    SendToEndpointFn(String endpoint, String user, String password) {
        this.endpoint = endpoint;
        this.user = user;
        this.password = password;
    }

    @Setup
    public void setup() {
        store = new RemoteGraphStore(endpoint, user, password == null ? null : password.toCharArray());
    }

    @StartBundle
    public void startBundle() {
        bundle = new ArrayList<>();
    }

    @ProcessElement
    public void process(@Element KV<String, String> article) {
        bundle.add(articleGraph(article.getKey(), article.getValue()));
    }

    @FinishBundle
    public void finishBundle() throws InterruptedException {
        long pause = FIRST_PAUSE_MILLIS;
        for (int attempt = 1; ; attempt++) {
            try {
                store.write(bundle);
                bundle = null;
                return;
            } catch (RemoteStoreException e) {
                if (attempt == ATTEMPTS || !worthRetrying(e)) throw e;
                Thread.sleep(pause);
                pause *= 2;
            }
        }
    }

    @Teardown
    public void teardown() {
        if (store != null) store.close();
    }

    /** No answer, too many requests, or a server error: another try may succeed; a refusal will not. */
    private static boolean worthRetrying(RemoteStoreException e) {
        return e.status() <= 0 || e.status() == 429 || e.status() >= 500;
    }

    /** The article's graph back from its N-Quads, with the content hash it carries. */
    static ArticleGraph articleGraph(String graphIri, String nQuads) {
        DatasetGraph quads = DatasetGraphFactory.create();
        RDFParser.fromString(nQuads, Lang.NQUADS).parse(quads);
        Node g = NodeFactory.createURI(graphIri);
        Model model = ModelFactory.createModelForGraph(quads.getGraph(g));
        String hash = quads.getGraph(g).find(g, DIP.contentHash.asNode(), Node.ANY)
                .mapWith(Triple::getObject).nextOptional().map(Node::getLiteralLexicalForm).orElse(null);
        return new ArticleGraph(graphIri, hash, model);
    }
}
