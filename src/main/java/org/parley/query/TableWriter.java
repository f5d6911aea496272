package org.parley.query;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;

/**
 * Results as a text table for people: literals as their text, IRIs in prefixed form where the
 * query declares the prefix, "-" where a variable is unbound (the article does not say).
 */
final class TableWriter {
    static final String UNBOUND = "-";
    private final PrefixMapping prefixes;

    TableWriter(PrefixMapping prefixes) {
        this.prefixes = prefixes;
    }

    void write(ResultSet results, OutputStream out) {
        List<String> vars = results.getResultVars();
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext()) {
            QuerySolution s = results.next();
            String[] row = new String[vars.size()];
            for (int i = 0; i < vars.size(); i++) row[i] = cell(s.get(vars.get(i)));
            rows.add(row);
        }
        int[] width = new int[vars.size()];
        for (int i = 0; i < vars.size(); i++) {
            width[i] = vars.get(i).length();
            for (String[] row : rows) width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
        }
        PrintWriter w = writer(out);
        w.println(line(vars.toArray(String[]::new), width));
        w.println(rule(width));
        for (String[] row : rows) w.println(line(row, width));
        w.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
        w.flush();
    }

    static void write(boolean answer, OutputStream out) {
        PrintWriter w = writer(out);
        w.println(answer ? "yes" : "no");
        w.flush();
    }

    private String cell(RDFNode node) {
        if (node == null) return UNBOUND;
        Node n = node.asNode();
        if (n.isLiteral()) return n.getLiteralLexicalForm().replaceAll("\\s+", " ");
        if (n.isURI()) {
            String short_ = prefixes.qnameFor(n.getURI());
            return short_ != null ? short_ : "<" + n.getURI() + ">";
        }
        return "_:" + n.getBlankNodeLabel();
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            int pad = width[i] - cells[i].codePointCount(0, cells[i].length());
            b.append(' ').append(cells[i]).append(" ".repeat(pad)).append(" |");
        }
        return b.toString();
    }

    private static String rule(int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int w : width) b.append("-".repeat(w + 2)).append('|');
        return b.toString();
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }
}
