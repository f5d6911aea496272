package org.parley.export;

import java.io.IOException;
import java.io.Writer;

/**
 * GraphML, for Gephi, yEd and Cytoscape desktop: node label, type and IRI; edge label, article
 * count and ids, evidence and the hedged flag, each declared with a {@code <key>}.
 */
public final class GraphMlWriter implements GraphWriter {
    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(VisualGraph graph, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<graphml xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
        key(out, "label", "node", "label", "string");
        key(out, "type", "node", "type", "string");
        key(out, "iri", "node", "iri", "string");
        key(out, "relation", "edge", "label", "string");
        key(out, "articles", "edge", "articles", "int");
        key(out, "articleIds", "edge", "articleIds", "string");
        key(out, "evidence", "edge", "evidence", "string");
        key(out, "hedged", "edge", "hedged", "boolean");
        out.write("  <graph id=\"parley\" edgedefault=\"directed\">\n");
        for (VisualNode n : graph.nodes()) {
            out.write("    <node id=\"" + XmlEscape.attribute(n.id()) + "\">\n");
            data(out, "label", n.label());
            data(out, "type", n.type().label());
            data(out, "iri", n.iri());
            out.write("    </node>\n");
        }
        for (VisualEdge e : graph.edges()) {
            out.write("    <edge id=\"" + XmlEscape.attribute(e.id()) + "\" source=\"" + XmlEscape.attribute(e.source())
                    + "\" target=\"" + XmlEscape.attribute(e.target()) + "\">\n");
            data(out, "relation", e.label());
            data(out, "articles", Integer.toString(e.articleCount()));
            data(out, "articleIds", String.join(" ", e.articles()));
            data(out, "evidence", EvidenceText.of(e.evidence()));
            data(out, "hedged", Boolean.toString(e.hedged()));
            out.write("    </edge>\n");
        }
        out.write("  </graph>\n</graphml>\n");
    }

    private static void key(Writer out, String id, String domain, String name, String type) throws IOException {
        out.write("  <key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" + name + "\" attr.type=\"" + type + "\"/>\n");
    }

    private static void data(Writer out, String key, String value) throws IOException {
        out.write("      <data key=\"" + key + "\">" + XmlEscape.text(value) + "</data>\n");
    }
}
