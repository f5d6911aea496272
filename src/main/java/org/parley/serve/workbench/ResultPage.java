package org.parley.serve.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;

/**
 * One page of a named query's answer, as an HTML table: actor names link to their actor pages,
 * article ids to the article (at the evidence sentence, when the row gives its offsets), and an
 * unbound cell shows that the article does not say.
 *
 * @param vars    the answer's columns
 * @param rows    this page's rows
 * @param offset  how many rows come before this page
 * @param hasMore whether another page follows
 */
record ResultPage(List<String> vars, List<QuerySolution> rows, long offset, boolean hasMore) {
    static final String ARTICLE = "article";
    static final String EVIDENCE = "evidence";
    static final String START = "charStart";
    static final String END = "charEnd";

    /** Every literal or IRI shown on the page, for finding which of them are actor names. */
    List<String> cellTexts() {
        List<String> out = new ArrayList<>();
        for (QuerySolution row : rows) {
            for (String v : vars) {
                String text = text(row.get(v));
                if (text != null) out.add(text);
            }
        }
        return out;
    }

    String table(Set<String> actorNames) {
        StringBuilder h = new StringBuilder(4096);
        h.append("<table class=\"results\"><thead><tr><th class=\"n\">#</th>");
        for (String v : vars) h.append("<th>").append(Html.esc(v)).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        long n = offset;
        for (QuerySolution row : rows) {
            h.append("<tr><td class=\"n\">").append(++n).append("</td>");
            for (String v : vars) h.append("<td>").append(cell(row, v, actorNames)).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
        return h.toString();
    }

    private static String cell(QuerySolution row, String var, Set<String> actorNames) {
        String text = text(row.get(var));
        if (text == null) return "<span class=\"unstated\" title=\"not stated\">-</span>";
        String article = text(row.get(ARTICLE));
        if (var.equals(ARTICLE)) return "<a href=\"" + Html.esc(ArticlePage.link(text)) + "\">" + Html.esc(text) + "</a>";
        if (var.equals(EVIDENCE) && article != null) {
            return "<a class=\"evidence\" href=\"" + Html.esc(ArticlePage.link(article, number(row, START), number(row, END))) + "\">"
                    + Html.esc(text) + "</a>";
        }
        if (actorNames.contains(text)) return "<a href=\"" + Html.esc(ActorPage.linkByName(text)) + "\">" + Html.esc(text) + "</a>";
        return Html.esc(text);
    }

    private static String text(RDFNode node) {
        if (node == null) return null;
        if (node.isLiteral()) return node.asLiteral().getLexicalForm();
        if (node.isURIResource()) return node.asResource().getURI();
        return null;
    }

    private static Integer number(QuerySolution row, String var) {
        RDFNode node = row.get(var);
        if (node == null || !node.isLiteral()) return null;
        try {
            return node.asLiteral().getInt();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
