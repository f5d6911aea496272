package org.parley.bench;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.parley.pipeline.IngestOptions;
import org.parley.rdf.ArticleGraph;
import org.parley.store.GraphSink;
import org.parley.store.ParleyStore;

/**
 * parley's store stage alone, on the triples {@code parley extract --format nq} wrote: the quads
 * are read back into one graph per article and added one by one to store batches
 * ({@link ParleyStore#startBatch()}) of the ingest default size, as the ingest writer does. Compared with
 * {@code tdb2.tdbloader} loading the same file, both parse N-Quads and build a TDB2 store.
 * Prints one line: {@code articles triples}.
 *
 * <p>Usage: {@code StoreStage FILE.nq STORE_DIR [BATCH]}
 */
public final class StoreStage {
    public static void main(String[] args) {
        Path nq = Path.of(args[0]);
        int batchSize = args.length > 2 ? Integer.parseInt(args[2]) : IngestOptions.DEFAULT_BATCH;
        try (ParleyStore store = ParleyStore.open(Path.of(args[1]))) {
            Batcher batcher = new Batcher(store, batchSize);
            RDFParser.source(nq).parse(batcher); // the parser calls finish(), which stores the last batch
            System.out.println(batcher.articles + " " + batcher.triples);
        }
    }

    /** Groups consecutive quads of one graph into an article graph; extract writes each article's quads together. */
    private static final class Batcher extends StreamRDFBase {
        private final ParleyStore store;
        private final int batchSize;
        private GraphSink.Batch batch;
        private int inBatch;
        private Node graph;
        private Model model;
        long articles;
        long triples;

        Batcher(ParleyStore store, int batchSize) {
            this.store = store;
            this.batchSize = batchSize;
        }

        @Override
        public void quad(Quad quad) {
            if (!quad.getGraph().equals(graph)) {
                close();
                graph = quad.getGraph();
                model = ModelFactory.createDefaultModel();
            }
            model.getGraph().add(quad.asTriple());
            triples++;
        }

        private void close() {
            if (graph == null) return;
            if (batch == null) batch = store.startBatch();
            batch.add(new ArticleGraph(graph.getURI(), null, model));
            articles++;
            if (++inBatch >= batchSize) flush();
        }

        private void flush() {
            if (batch == null) return;
            batch.commit();
            batch = null;
            inBatch = 0;
        }

        @Override
        public void finish() {
            close();
            flush();
        }
    }
}
