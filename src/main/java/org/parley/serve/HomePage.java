package org.parley.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.parley.serve.workbench.Html;

/**
 * The page at {@code GET /}: what the dataset is, its endpoints, and the example queries with links
 * that run them. Plain HTML with no scripts, so it works in any browser and leaks nothing.
 */
final class HomePage extends HttpServlet {
    /** One endpoint as the page lists it. */
    record EndpointInfo(String path, String description) {}

    private final String datasetPath;
    private final List<EndpointInfo> endpoints;
    private final List<ExampleQuery> queries;

    HomePage(String datasetPath, List<EndpointInfo> endpoints, List<ExampleQuery> queries) {
        this.datasetPath = datasetPath;
        this.endpoints = List.copyOf(endpoints);
        this.queries = List.copyOf(queries);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = render().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("text/html; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    String render() {
        StringBuilder h = new StringBuilder(4096);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>parley: diplomacy knowledge graph</title>\n")
         .append("<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.4}")
         .append("code,pre{background:#f4f4f4}pre{padding:.5em;overflow-x:auto}li{margin:.3em 0}</style></head><body>\n")
         .append("<h1>parley</h1>\n")
         .append("<p class=\"workbench\"><strong>Workbench:</strong> <a href=\"/questions\">questions</a> (the example queries as forms) · ")
         .append("<a href=\"/questions/actors\">actors</a> · <a href=\"/editor/\">SPARQL editor</a></p>\n")
         .append("<p>A knowledge graph of diplomacy news: who invited, represented, hosted and warned whom, ")
         .append("extracted from news articles. Each article's statements are a named graph; the default graph ")
         .append("is the union of all of them, so queries need no <code>GRAPH</code> clause. ")
         .append("Terms are in the <code>dip:</code> vocabulary (<code>https://w3id.org/parley/dip#</code>).</p>\n")
         .append("<h2>Endpoints (SPARQL 1.1 protocols)</h2>\n<ul>\n");
        for (EndpointInfo e : endpoints) {
            h.append("<li><code>").append(esc(e.path())).append("</code>: ").append(esc(e.description())).append("</li>\n");
        }
        h.append("</ul>\n<p>Example: <code>curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 10' ")
         .append(esc("http://HOST:PORT" + datasetPath + "/sparql")).append("</code></p>\n");
        h.append("<h2>Example queries</h2>\n");
        if (queries.isEmpty()) {
            h.append("<p>No example queries are installed.</p>\n");
        } else {
            h.append("<ul>\n");
            for (ExampleQuery q : queries) {
                String encoded = URLEncoder.encode(q.text(), StandardCharsets.UTF_8);
                String base = datasetPath + "/sparql?query=" + encoded;
                h.append("<li id=\"").append(esc(q.name())).append("\"><strong>").append(esc(q.title())).append("</strong> ")
                 .append("(<code>").append(esc(q.name())).append(".rq</code>): ")
                 .append("<a href=\"/questions/").append(esc(URLEncoder.encode(q.name(), StandardCharsets.UTF_8))).append("\">ask</a> · ")
                 .append("<a href=\"").append(esc(base + "&format=text")).append("\">run (table)</a> · ")
                 .append("<a href=\"").append(esc(base + "&format=json")).append("\">JSON</a> · ")
                 .append("<a href=\"").append(esc(base + "&format=csv")).append("\">CSV</a>")
                 .append("<details><summary>SPARQL</summary><pre>").append(esc(q.text())).append("</pre></details></li>\n");
            }
            h.append("</ul>\n");
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    static String esc(String s) {
        return Html.esc(s);
    }
}
