package org.parley.serve.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The SPARQL editor: Fuseki's own UI (YASGUI's editor and result views in a Vue app), served from
 * the {@code jena-fuseki-ui} jar. Its start page gains parley's navigation, a style sheet that hides
 * the UI's dataset management (this server offers none) and a script that gives the editor's
 * prefix completion the vocabularies of this store instead of a web service.
 *
 * <p>The UI's scripts and styles come from this server only. Its styles need {@code 'unsafe-inline'}:
 * the editor, tables and menus position themselves with style elements and attributes.
 */
final class EditorFiles extends HttpServlet {
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'self'; frame-ancestors 'self'";
    private static final String TITLE_END = "</title>";
    private static final String BODY_START = "<body>";

    private final ClasspathFiles files = new ClasspathFiles("webapp");
    private final byte[] index;

    EditorFiles() {
        this.index = startPage(new String(files.require("index.html"), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
    }

    /** The UI's index.html with parley's additions; fails at start-up if the UI's page is not the one this was written for. */
    static String startPage(String original) {
        if (!original.contains(TITLE_END) || !original.contains(BODY_START)) {
            throw new IllegalStateException("the Fuseki UI's index.html has no " + TITLE_END + " or " + BODY_START
                    + "; this jena-fuseki-ui version is not the one parley's editor was written for");
        }
        return original
                .replace("<title>Apache Jena Fuseki UI</title>", "<title>SPARQL editor · parley</title>")
                .replace(TITLE_END, TITLE_END + "\n    <link rel=\"stylesheet\" href=\"/workbench/workbench.css\">"
                        + "\n    <link rel=\"stylesheet\" href=\"/workbench/editor.css\">"
                        + "\n    <script src=\"/workbench/editor-setup.js\"></script>"
                        + "\n    <script src=\"/workbench/workbench.js\" defer></script>")
                .replace(BODY_START, BODY_START + "\n    " + Navigation.HTML);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath().equals("/favicon.ico") ? "/favicon.ico" : req.getPathInfo();
        if (path == null) {
            // "/editor" without the slash: the UI's relative links need the folder form
            resp.sendRedirect(req.getContextPath() + req.getServletPath() + "/");
            return;
        }
        if (path.equals("/") || path.equals("/index.html")) {
            PageResponse.send(resp, 200, "text/html; charset=utf-8", POLICY, index);
            return;
        }
        Optional<ClasspathFiles.File> file = files.find(path.substring(1));
        if (file.isEmpty()) {
            PageResponse.error(resp, 404, "The editor has no file " + path + ".");
            return;
        }
        resp.setStatus(200);
        resp.setContentType(file.get().contentType());
        PageResponse.securityHeaders(resp, POLICY);
        // the UI's file names carry a hash of their content
        resp.setHeader("Cache-Control", path.startsWith("/static/") ? "public, max-age=31536000, immutable" : "no-cache");
        resp.setContentLength(file.get().bytes().length);
        resp.getOutputStream().write(file.get().bytes());
    }
}
