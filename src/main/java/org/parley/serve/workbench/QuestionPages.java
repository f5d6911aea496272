package org.parley.serve.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.parley.query.NamedQuery;
import org.parley.query.QueryParams;
import org.parley.query.QueryRunner;

/**
 * The named queries as forms: {@code /questions} lists them, {@code /questions/NAME} shows the
 * question, an input for each parameter (an actor box completes names from the store), and the
 * answer a page at a time. A parameter value is bound into the parsed query as {@code parley query
 * --param} binds it, never pasted into the text.
 */
final class QuestionPages extends HttpServlet {
    static final int PAGE_SIZE = 50;
    private static final int LAST_PAGE = 100_000;

    private final Map<String, NamedQuery> queries = new LinkedHashMap<>();
    private final StoreReader store;
    private final ActorNames names;

    QuestionPages(List<NamedQuery> queries, StoreReader store) {
        queries.forEach(q -> this.queries.put(q.name(), q));
        this.store = store;
        this.names = new ActorNames(store);
    }

    static String link(String name) {
        return "/questions/" + Html.url(name);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/")) {
            PageResponse.html(resp, 200, "Questions", list());
            return;
        }
        NamedQuery q = queries.get(path.substring(1));
        if (q == null) {
            PageResponse.error(resp, 404, "There is no named query " + path.substring(1) + "; the list is at /questions.");
            return;
        }
        StoreFailures.answer(resp, () -> PageResponse.html(resp, 200, q.question(), form(q, req)));
    }

    private String list() {
        StringBuilder h = new StringBuilder("<h1>Questions</h1>\n<p>The named queries in <code>queries/</code>. "
                + "Each answers from the whole store; those with a parameter ask for it first.</p>\n<ul class=\"questions\">\n");
        for (NamedQuery q : queries.values()) {
            h.append("<li><a href=\"").append(Html.esc(link(q.name()))).append("\">").append(Html.esc(q.question())).append("</a> <code>")
             .append(Html.esc(q.name())).append("</code>");
            for (NamedQuery.Param p : q.params()) h.append(" <span class=\"param\">").append(Html.esc(p.name())).append("</span>");
            h.append("</li>\n");
        }
        return h.append("</ul>\n").toString();
    }

    private String form(NamedQuery q, HttpServletRequest req) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<h1>").append(Html.esc(q.question())).append("</h1>\n")
         .append("<form class=\"question\" method=\"get\" action=\"").append(Html.esc(link(q.name()))).append("\">\n");
        Map<String, Node> bindings = new LinkedHashMap<>();
        boolean complete = true;
        for (NamedQuery.Param p : q.params()) {
            String value = Optional.ofNullable(req.getParameter(p.name())).map(String::strip).orElse("");
            h.append("<label>").append(Html.esc(p.name())).append(" <input name=\"").append(Html.esc(p.name())).append("\" value=\"")
             .append(Html.esc(value)).append("\" required autocomplete=\"off\"");
            if (p.name().equals("actor")) h.append(" data-complete=\"actor\"");
            if (p.example() != null) h.append(" placeholder=\"e.g. ").append(Html.esc(p.example())).append("\"");
            h.append("></label>\n");
            if (value.isEmpty()) complete = false;
            else bindings.put(p.name(), term(p.name(), value));
        }
        h.append("<button type=\"submit\">").append(q.params().isEmpty() ? "Run again" : "Ask").append("</button>\n")
         .append("<a class=\"aside\" href=\"").append(Html.esc(Navigation.editorWith(q.text()))).append("\">open in the SPARQL editor</a>\n")
         .append("</form>\n");
        if (!complete) {
            h.append("<p class=\"muted\">Give ").append(q.params().size() == 1 ? "the parameter" : "every parameter").append(" to see the answer.</p>\n");
            return h.toString();
        }
        int page = page(req.getParameter("page"));
        ResultPage result = run(q, bindings, page);
        h.append(pager(q, req, result));
        if (result.rows().isEmpty()) {
            h.append("<p class=\"muted\">").append(page == 1 ? "No answer: the store holds nothing that matches." : "No rows on this page.").append("</p>\n");
        } else {
            h.append(result.table(names.actorNamesAmong(result.cellTexts())));
            h.append(pager(q, req, result));
        }
        h.append("<details><summary>SPARQL</summary><pre>").append(Html.esc(q.text())).append("</pre></details>\n");
        return h.toString();
    }

    private ResultPage run(NamedQuery q, Map<String, Node> bindings, int page) {
        Query query = QueryRunner.parse(q.text(), q.name(), bindings);
        if (!query.isSelectType()) throw Refusal.badRequest(q.name() + " is not a SELECT query; run it in the SPARQL editor");
        long offset = (long) (page - 1) * PAGE_SIZE;
        // one row more than a page says whether another page follows; it replaces the query's own LIMIT, as --limit does
        query.setOffset(offset);
        query.setLimit(PAGE_SIZE + 1);
        List<QuerySolution> rows = store.select(query, bindings);
        boolean more = rows.size() > PAGE_SIZE;
        return new ResultPage(query.getResultVars(), more ? rows.subList(0, PAGE_SIZE) : rows, offset, more);
    }

    private String pager(NamedQuery q, HttpServletRequest req, ResultPage r) {
        StringBuilder h = new StringBuilder("<p class=\"pager\">");
        int page = (int) (r.offset() / PAGE_SIZE) + 1;
        if (page > 1) h.append("<a rel=\"prev\" href=\"").append(Html.esc(pageLink(q, req, page - 1))).append("\">← previous</a> ");
        if (!r.rows().isEmpty()) {
            h.append("<span>rows ").append(r.offset() + 1).append("–").append(r.offset() + r.rows().size()).append("</span> ");
        }
        if (r.hasMore()) h.append("<a rel=\"next\" href=\"").append(Html.esc(pageLink(q, req, page + 1))).append("\">next →</a>");
        return h.append("</p>\n").toString();
    }

    private static String pageLink(NamedQuery q, HttpServletRequest req, int page) {
        StringBuilder url = new StringBuilder(link(q.name())).append('?');
        for (NamedQuery.Param p : q.params()) {
            String v = req.getParameter(p.name());
            if (v != null) url.append(Html.url(p.name())).append('=').append(Html.url(v.strip())).append('&');
        }
        return url.append("page=").append(page).toString();
    }

    private static Node term(String name, String value) {
        try {
            return QueryParams.term(value);
        } catch (IllegalArgumentException e) {
            throw Refusal.badRequest(name + ": " + e.getMessage().replace("--param value ", ""));
        }
    }

    private static int page(String raw) {
        if (raw == null || raw.isBlank()) return 1;
        try {
            int p = Integer.parseInt(raw.strip());
            if (p >= 1 && p <= LAST_PAGE) return p;
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw Refusal.badRequest("page must be a number from 1 to " + LAST_PAGE + ", not " + raw);
    }
}
