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
 * query declares the prefix, "-" where a variable is unbound (the article does not say). A table
 * wider than its limit (a terminal's width) narrows its widest columns first, and a cell longer than
 * its column is cut short with "…"; no column narrows below its header or {@value #MIN_COLUMN}
 * characters, so a table of many columns may still be wider.
 */
final class TableWriter {
    static final String UNBOUND = "-";
    static final int UNLIMITED = Integer.MAX_VALUE;
    static final int MIN_COLUMN = 8;
    private static final String CUT = "…";
    private final PrefixMapping prefixes;
    private final int maxWidth;

    TableWriter(PrefixMapping prefixes, int maxWidth) {
        this.prefixes = prefixes;
        this.maxWidth = maxWidth;
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
        fit(width, vars);
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

    /** Narrows the widest column, one character at a time, until the table fits or no column can give more. */
    private void fit(int[] width, List<String> vars) {
        long total = 1;
        for (int w : width) total += w + 3;
        while (total > maxWidth) {
            int widest = -1;
            for (int i = 0; i < width.length; i++) {
                if (width[i] > Math.max(MIN_COLUMN, vars.get(i).length()) && (widest < 0 || width[i] > width[widest])) widest = i;
            }
            if (widest < 0) return;
            width[widest]--;
            total--;
        }
    }

    private static String line(String[] cells, int[] width) {
        StringBuilder b = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            String cell = cut(cells[i], width[i]);
            int pad = width[i] - cell.codePointCount(0, cell.length());
            b.append(' ').append(cell).append(" ".repeat(pad)).append(" |");
        }
        return b.toString();
    }

    private static String cut(String cell, int width) {
        if (cell.codePointCount(0, cell.length()) <= width) return cell;
        return cell.substring(0, cell.offsetByCodePoints(0, width - 1)) + CUT;
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
