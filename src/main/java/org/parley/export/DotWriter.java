package org.parley.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Graphviz DOT. No {@code splines=true}: with sfdp on a few hundred labelled edges it turns a
 * fraction of a second into minutes. Hedged-only edges are dashed; node colour and shape follow the node type; line
 * width grows with the number of supporting articles.
 */
public final class DotWriter implements GraphWriter {
    @Override
    public void write(VisualGraph graph, Writer out) throws IOException {
        out.write("digraph parley {\n");
        out.write("  graph [charset=\"UTF-8\", rankdir=LR, overlap=false, fontname=\"Helvetica\"];\n");
        out.write("  node [style=filled, fontname=\"Helvetica\", fontsize=11];\n");
        out.write("  edge [fontname=\"Helvetica\", fontsize=9, color=\"#555555\"];\n");
        for (VisualNode n : graph.nodes()) {
            out.write("  " + quote(n.id()) + " [label=" + quote(n.label())
                    + ", shape=" + shape(n.type())
                    + ", fillcolor=" + quote(n.type().colour())
                    + ", tooltip=" + quote(n.type().label() + ": " + n.iri()) + "];\n");
        }
        for (VisualEdge e : graph.edges()) {
            String label = e.articleCount() > 1 ? e.label() + " (" + e.articleCount() + ")" : e.label();
            out.write("  " + quote(e.source()) + " -> " + quote(e.target()) + " [label=" + quote(label)
                    + ", penwidth=" + Math.min(1 + e.articleCount() - 1, 5)
                    + (e.hedged() ? ", style=dashed" : "")
                    + ", tooltip=" + quote(EvidenceText.of(e.evidence())) + "];\n");
        }
        out.write("}\n");
    }

    private static String shape(NodeType type) {
        return switch (type) {
            case PERSON -> "ellipse";
            case STATE -> "box";
            case ORGANIZATION -> "hexagon";
            case EVENT -> "diamond";
            case PLACE -> "house";
            case OTHER -> "plaintext";
        };
    }

    /**
     * A DOT quoted string that Graphviz shows as the original text: quotes and backslashes escaped,
     * line breaks as Graphviz's \n (a centred line), other control characters as spaces, and '&'
     * as {@code &amp;}, since Graphviz decodes HTML entities in strings: a name holding "&#60;" or
     * "&#x202E;" would otherwise be drawn as another text than it is.
     */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '&' -> out.append("&amp;");
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.append('"').toString();
    }
}
