package org.parley.serve.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.DIP;

/**
 * {@code /article?id=ID}: one stored article (title, publication date, source) with its text and
 * every evidence sentence marked, then the relations it states. {@code from} and {@code to}
 * (offsets into the text, as the evidence query gives them) single out one sentence, which the
 * link's {@code #focus} scrolls to.
 */
final class ArticlePage extends HttpServlet {
    private static final String PREFIXES = "PREFIX dip: <" + DIP.NS + ">\nPREFIX rdfs: <" + RDFS.getURI() + ">\n";

    private static final Query ARTICLE = StoreReader.parse(PREFIXES + """
            SELECT ?g ?art ?title ?published ?source ?text WHERE {
              GRAPH ?g {
                ?art dip:sourceId ?id ; dip:text ?text .
                OPTIONAL { ?art dip:title ?title }
                OPTIONAL { ?art dip:published ?published }
                OPTIONAL { ?art dip:source ?source }
              }
            } LIMIT 1
            """);

    private static final Query ASSERTIONS = StoreReader.parse(PREFIXES + """
            SELECT ?kind ?start ?end ?agent ?agentName ?target ?targetName ?eventName ?topic ?m WHERE {
              VALUES ?kind { dip:Invitation dip:Representation dip:Hosting dip:Warning }
              GRAPH ?g {
                ?a dip:article ?art ; a ?kind .
                OPTIONAL { ?a dip:charStart ?start ; dip:charEnd ?end }
                OPTIONAL { ?a dip:agent ?agent . OPTIONAL { ?agent rdfs:label ?agentName } }
                OPTIONAL { ?a dip:target ?target . OPTIONAL { ?target rdfs:label ?targetName } }
                OPTIONAL { ?a dip:event ?e . ?e rdfs:label ?eventName }
                OPTIONAL { ?a dip:topic ?topic }
                OPTIONAL { ?a dip:modality ?m }
              }
            } ORDER BY ?start ?kind
            """);

    private final StoreReader store;

    ArticlePage(StoreReader store) {
        this.store = store;
    }

    static String link(String id) {
        return "/article?id=" + Html.url(id);
    }

    /** The article with one sentence singled out, when its offsets are known. */
    static String link(String id, Integer start, Integer end) {
        if (start == null || end == null) return link(id);
        return link(id) + "&from=" + start + "&to=" + end + "#focus";
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StoreFailures.answer(resp, () -> {
            String id = req.getParameter("id");
            if (id == null || id.isBlank()) throw Refusal.badRequest("Give an article id: /article?id=ID");
            List<QuerySolution> found = store.select(ARTICLE, Map.of("id", NodeFactory.createLiteralString(id.strip())));
            if (found.isEmpty()) throw Refusal.notFound("The store holds no article with the id \"" + id.strip() + "\".");
            QuerySolution a = found.get(0);
            Integer from = offset(req.getParameter("from"), "from");
            Integer to = offset(req.getParameter("to"), "to");
            String title = StoreReader.string(a, "title");
            PageResponse.html(resp, 200, title != null ? title : id.strip(), render(id.strip(), a, statements(a), from, to));
        });
    }

    private List<Statement> statements(QuerySolution article) {
        Map<String, Node> where = Map.of("g", article.get("g").asNode(), "art", article.get("art").asNode());
        List<Statement> out = new ArrayList<>();
        for (QuerySolution row : store.select(ASSERTIONS, where)) {
            String kind = StoreReader.string(row, "kind");
            RelationKind k = RelationKind.of(kind.substring(kind.indexOf('#') + 1));
            Integer start = row.get("start") == null ? null : (int) StoreReader.number(row, "start");
            Integer end = row.get("end") == null ? null : (int) StoreReader.number(row, "end");
            out.add(new Statement(k, StoreReader.string(row, "agent"), StoreReader.string(row, "agentName"),
                    StoreReader.string(row, "target"), StoreReader.string(row, "targetName"), StoreReader.string(row, "eventName"),
                    StoreReader.string(row, "topic"), DIP.Hedged.getURI().equals(StoreReader.string(row, "m")), start, end));
        }
        return out;
    }

    /** One assertion of the article, for the list under the text and the marks in it. */
    private record Statement(RelationKind kind, String agent, String agentName, String target, String targetName, String event,
                             String topic, boolean hedged, Integer start, Integer end) {
        String plain() {
            StringBuilder s = new StringBuilder(agentName != null ? agentName : "someone unstated").append(' ').append(kind.active).append(' ')
                    .append(targetName != null ? targetName : event != null ? event : "someone unstated");
            if (event != null && targetName != null && !event.equals(targetName)) s.append(kind == RelationKind.INVITATION ? " to " : " at ").append(event);
            if (topic != null) s.append(" of ").append(topic);
            return s.append(hedged ? " (hedged)" : "").toString();
        }
    }

    private static String render(String id, QuerySolution a, List<Statement> statements, Integer from, Integer to) {
        String title = StoreReader.string(a, "title");
        String published = StoreReader.string(a, "published");
        String source = StoreReader.string(a, "source");
        StringBuilder h = new StringBuilder(16384);
        h.append("<article class=\"source\"><h1>").append(Html.esc(title != null ? title : id)).append("</h1>\n<p class=\"muted\">")
         .append(published != null ? "published " + Html.esc(published) : "no publication date")
         .append(" · id <code>").append(Html.esc(id)).append("</code>");
        if (source != null) h.append(" · source <code>").append(Html.esc(source)).append("</code>");
        h.append("</p>\n");
        List<ArticleText.Span> spans = new ArrayList<>();
        for (Statement s : statements) {
            if (s.start() != null && s.end() != null) spans.add(new ArticleText.Span(s.start(), s.end(), s.plain()));
        }
        h.append("<div class=\"text\">").append(ArticleText.html(StoreReader.string(a, "text"), spans, from, to)).append("</div>\n</article>\n");
        h.append("<section><h2>What it states</h2>\n");
        if (statements.isEmpty()) h.append("<p class=\"muted\">No relation was extracted from this article.</p>\n");
        else {
            h.append("<ul class=\"relations\">\n");
            for (Statement s : statements) {
                h.append("<li>").append(actor(s.agent(), s.agentName())).append(" <span class=\"verb\">").append(s.kind().active).append("</span> ")
                 .append(s.targetName() != null ? actor(s.target(), s.targetName()) : s.event() != null ? "<em>" + Html.esc(s.event()) + "</em>" : actor(null, null));
                if (s.event() != null && s.targetName() != null && !s.event().equals(s.targetName())) {
                    h.append(s.kind() == RelationKind.INVITATION ? " to " : " at ").append(Html.esc(s.event()));
                }
                if (s.topic() != null) h.append(" of ").append(Html.esc(s.topic()));
                if (s.hedged()) h.append(" <span class=\"muted\">hedged</span>");
                if (s.start() != null && s.end() != null) {
                    h.append(" · <a href=\"").append(Html.esc(link(id, s.start(), s.end()))).append("\">the sentence</a>");
                }
                h.append("</li>\n");
            }
            h.append("</ul>\n");
        }
        return h.append("</section>\n").toString();
    }

    private static String actor(String iri, String name) {
        if (iri == null) return "<span class=\"unstated\" title=\"the article does not say\">someone unstated</span>";
        return "<a href=\"" + Html.esc(ActorPage.link(iri)) + "\">" + Html.esc(name != null ? name : iri) + "</a>";
    }

    private static Integer offset(String raw, String name) {
        if (raw == null || raw.isBlank()) return null;
        try {
            int v = Integer.parseInt(raw.strip());
            if (v >= 0) return v;
        } catch (NumberFormatException e) {
            // refused below
        }
        throw Refusal.badRequest(name + " must be a character offset (0 or more), not " + raw);
    }
}
