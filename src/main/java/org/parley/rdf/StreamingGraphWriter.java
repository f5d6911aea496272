package org.parley.rdf;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;

/**
 * Streams article graphs as Turtle, TriG or N-Quads, one article after another, so output of
 * any size needs no more memory than one article. In the quad formats each article sits in its
 * own named graph, the same graph it gets in the store.
 */
final class StreamingGraphWriter implements ArticleGraphWriter {
    private final StreamRDF stream;
    private final boolean namedGraphs;
    private boolean prefixesWritten;

    StreamingGraphWriter(OutputStream out, RDFFormat format, boolean namedGraphs) {
        this.stream = StreamRDFWriter.getWriterStream(out, format);
        this.namedGraphs = namedGraphs;
        stream.start();
    }

    @Override
    public void write(ArticleGraph graph) {
        if (!prefixesWritten) {
            // Every article graph carries the same prefixes; declaring them once keeps the output tidy.
            PrefixMapping prefixes = graph.model();
            prefixes.getNsPrefixMap().forEach(stream::prefix);
            prefixesWritten = true;
        }
        Node g = NodeFactory.createURI(graph.graphIri());
        graph.model().getGraph().find().forEachRemaining((Triple t) -> {
            if (namedGraphs) stream.quad(org.apache.jena.sparql.core.Quad.create(g, t));
            else stream.triple(t);
        });
    }

    @Override
    public void close() {
        stream.finish();
    }
}
