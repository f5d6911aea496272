package org.parley.rdf;

import java.io.OutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * JSON-LD is one document, so unlike the other forms it cannot be streamed: the graphs are
 * gathered (each as a named graph) and written at the end. For large inputs use N-Quads.
 */
final class JsonLdGraphWriter implements ArticleGraphWriter {
    private final OutputStream out;
    private final Dataset dataset = DatasetFactory.create();

    JsonLdGraphWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(ArticleGraph graph) {
        if (dataset.getDefaultModel().getNsPrefixMap().isEmpty()) dataset.getDefaultModel().setNsPrefixes(graph.model());
        dataset.addNamedModel(graph.graphIri(), graph.model());
    }

    @Override
    public void close() {
        RDFDataMgr.write(out, dataset, RDFFormat.JSONLD11_PRETTY);
    }
}
