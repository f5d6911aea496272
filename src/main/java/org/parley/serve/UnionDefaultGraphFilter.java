package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.riot.web.HttpNames;

/**
 * Makes the Graph Store Protocol's default graph the union of the article graphs, as it is for SPARQL.
 *
 * <p>TDB2's union-default-graph setting applies to query execution only; Fuseki's Graph Store
 * endpoints read the stored default graph, which parley leaves empty. So a read of {@code ?default}
 * becomes a read of Fuseki's {@code ?graph=union}. A write to the default graph is refused: it would
 * land in the stored default graph, which no query sees.
 */
final class UnionDefaultGraphFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !targetsDefaultGraph(http)) {
            chain.doFilter(request, response);
            return;
        }
        String method = http.getMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            chain.doFilter(new UnionRequest(http), response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        byte[] body = ("parley keeps every article in a named graph of its own, and the default graph is their union;"
                + " write to ?graph=IRI instead of the default graph\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static boolean targetsDefaultGraph(HttpServletRequest r) {
        return r.getParameter(HttpNames.paramGraphDefault) != null
                || HttpNames.graphTargetDefault.equals(r.getParameter(HttpNames.paramGraph));
    }

    /** The same request with {@code ?default} (or {@code ?graph=default}) replaced by {@code ?graph=union}. */
    private static final class UnionRequest extends HttpServletRequestWrapper {
        private final Map<String, String[]> params;

        UnionRequest(HttpServletRequest r) {
            super(r);
            Map<String, String[]> p = new LinkedHashMap<>(r.getParameterMap());
            p.remove(HttpNames.paramGraphDefault);
            p.put(HttpNames.paramGraph, new String[] {HttpNames.graphTargetUnion});
            this.params = Collections.unmodifiableMap(p);
        }

        @Override public String getParameter(String name) {
            String[] v = params.get(name);
            return v == null || v.length == 0 ? null : v[0];
        }
        @Override public String[] getParameterValues(String name) { return params.get(name); }
        @Override public Map<String, String[]> getParameterMap() { return params; }
        @Override public Enumeration<String> getParameterNames() { return Collections.enumeration(params.keySet()); }
        @Override public String getQueryString() {
            StringBuilder q = new StringBuilder();
            params.forEach((k, vs) -> {
                for (String v : vs) {
                    if (q.length() > 0) q.append('&');
                    q.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
                }
            });
            return q.toString();
        }
    }
}
