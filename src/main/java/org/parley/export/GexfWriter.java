package org.parley.export;

import java.io.IOException;
import java.io.Writer;

/**
 * GEXF 1.3, Gephi's own format: declared node attributes (type, IRI) and edge attributes (relation,
 * article count and ids, evidence, hedged); the edge weight is the number of supporting articles.
 */
public final class GexfWriter implements GraphWriter {
    public static final String NS = "http://gexf.net/1.3";

    @Override
    public void write(VisualGraph graph, Writer out) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<gexf xmlns=\"" + NS + "\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:schemaLocation=\"" + NS + " http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n");
        out.write("  <meta>\n    <creator>parley</creator>\n"
                + "    <description>Who invited, represented, hosted and warned whom</description>\n  </meta>\n");
        out.write("  <graph defaultedgetype=\"directed\" mode=\"static\">\n");
        out.write("    <attributes class=\"node\" mode=\"static\">\n");
        attribute(out, "type", "string");
        attribute(out, "iri", "string");
        out.write("    </attributes>\n");
        out.write("    <attributes class=\"edge\" mode=\"static\">\n");
        attribute(out, "relation", "string");
        attribute(out, "articles", "integer");
        attribute(out, "articleIds", "string");
        attribute(out, "evidence", "string");
        attribute(out, "hedged", "boolean");
        out.write("    </attributes>\n");
        out.write("    <nodes count=\"" + graph.nodes().size() + "\">\n");
        for (VisualNode n : graph.nodes()) {
            out.write("      <node id=\"" + XmlEscape.attribute(n.id()) + "\" label=\"" + XmlEscape.attribute(n.label()) + "\">\n");
            out.write("        <attvalues>\n");
            value(out, "type", n.type().label());
            value(out, "iri", n.iri());
            out.write("        </attvalues>\n      </node>\n");
        }
        out.write("    </nodes>\n");
        out.write("    <edges count=\"" + graph.edges().size() + "\">\n");
        for (VisualEdge e : graph.edges()) {
            out.write("      <edge id=\"" + XmlEscape.attribute(e.id()) + "\" source=\"" + XmlEscape.attribute(e.source())
                    + "\" target=\"" + XmlEscape.attribute(e.target()) + "\" label=\"" + XmlEscape.attribute(e.label())
                    + "\" weight=\"" + e.articleCount() + "\">\n");
            out.write("        <attvalues>\n");
            value(out, "relation", e.label());
            value(out, "articles", Integer.toString(e.articleCount()));
            value(out, "articleIds", String.join(" ", e.articles()));
            value(out, "evidence", EvidenceText.of(e.evidence()));
            value(out, "hedged", Boolean.toString(e.hedged()));
            out.write("        </attvalues>\n      </edge>\n");
        }
        out.write("    </edges>\n  </graph>\n</gexf>\n");
    }

    private static void attribute(Writer out, String id, String type) throws IOException {
        out.write("      <attribute id=\"" + id + "\" title=\"" + id + "\" type=\"" + type + "\"/>\n");
    }

    private static void value(Writer out, String id, String value) throws IOException {
        out.write("          <attvalue for=\"" + id + "\" value=\"" + XmlEscape.attribute(value) + "\"/>\n");
    }
}
