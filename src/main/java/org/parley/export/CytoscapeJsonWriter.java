package org.parley.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * Cytoscape.js elements JSON: {@code {"elements":{"nodes":[{"data":{...}}],"edges":[{"data":{...}}]}}},
 * which {@code cytoscape({elements: ...})} and Cytoscape desktop's JSON import read as they are.
 */
public final class CytoscapeJsonWriter implements GraphWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(VisualGraph graph, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.set("elements", elements(graph));
        JSON.writeValue(new NonClosingWriter(out), root);
        out.write("\n");
    }

    /** The {@code elements} object; the HTML view embeds the same. */
    static ObjectNode elements(VisualGraph graph) {
        ObjectNode elements = JSON.createObjectNode();
        ArrayNode nodes = elements.putArray("nodes");
        for (VisualNode n : graph.nodes()) {
            ObjectNode data = nodes.addObject().putObject("data");
            data.put("id", n.id());
            data.put("label", n.label());
            data.put("type", n.type().label());
            data.put("iri", n.iri());
        }
        ArrayNode edges = elements.putArray("edges");
        for (VisualEdge e : graph.edges()) {
            ObjectNode data = edges.addObject().putObject("data");
            data.put("id", e.id());
            data.put("source", e.source());
            data.put("target", e.target());
            data.put("label", e.label());
            data.put("articles", e.articleCount());
            ArrayNode ids = data.putArray("articleIds");
            e.articles().forEach(ids::add);
            ArrayNode evidence = data.putArray("evidence");
            for (Evidence ev : e.evidence()) {
                ObjectNode item = evidence.addObject();
                item.put("article", ev.articleId());
                item.put("sentence", ev.sentence());
            }
            data.put("hedged", e.hedged());
        }
        return elements;
    }

    /** Jackson closes the writer it is given; the caller owns it. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) { super(out); }

        @Override
        public void close() throws IOException { flush(); }
    }
}
