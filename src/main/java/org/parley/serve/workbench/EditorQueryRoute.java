package org.parley.serve.workbench;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Routes the editor's queries to the dataset's query endpoint, and nothing else.
 *
 * <p>Fuseki's UI addresses the server relative to the page it was loaded from, so mounted at
 * {@code /editor/} it sends queries to {@code /editor/parley/sparql}. Those requests go on to
 * Fuseki's dispatch as requests for {@code /parley/sparql}, after every filter before this one (so
 * the server's limits apply to them as to any query). Any other dataset path under the editor, such
 * as the update or upload endpoints the UI's hidden tabs would call, is answered 404: the editor is
 * read-only whether or not the server accepts updates.
 */
final class EditorQueryRoute implements Filter {
    private final String editorPath;
    private final String datasetPath;
    private final Set<String> queryEndpoints;

    /**
     * @param editorPath     where the UI is mounted, e.g. {@code /editor}
     * @param datasetPath    the dataset, e.g. {@code /parley}
     * @param queryEndpoints the dataset's query endpoint names, e.g. {@code sparql}, {@code query}
     */
    EditorQueryRoute(String editorPath, String datasetPath, Set<String> queryEndpoints) {
        this.editorPath = editorPath;
        this.datasetPath = datasetPath;
        this.queryEndpoints = Set.copyOf(queryEndpoints);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        String path = http.getRequestURI().substring(http.getContextPath().length());
        String datasetPrefix = editorPath + datasetPath + "/";
        if (!path.startsWith(datasetPrefix) && !path.equals(editorPath + datasetPath)) {
            chain.doFilter(request, response);
            return;
        }
        String endpoint = path.startsWith(datasetPrefix) ? path.substring(datasetPrefix.length()) : "";
        if (!queryEndpoints.contains(endpoint)) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND, "the editor only queries");
            return;
        }
        chain.doFilter(new Rerouted(http, datasetPath + "/" + endpoint), response);
    }

    /** The same request, addressed to the dataset's own endpoint. */
    private static final class Rerouted extends HttpServletRequestWrapper {
        private final String path;

        Rerouted(HttpServletRequest r, String path) {
            super(r);
            this.path = path;
        }

        @Override public String getRequestURI() { return getContextPath() + path; }
        @Override public StringBuffer getRequestURL() {
            StringBuffer url = new StringBuffer();
            url.append(getScheme()).append("://").append(getServerName()).append(':').append(getServerPort()).append(getRequestURI());
            return url;
        }
        @Override public String getServletPath() { return ""; }
        @Override public String getPathInfo() { return path; }
    }
}
