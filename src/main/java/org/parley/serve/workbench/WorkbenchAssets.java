package org.parley.serve.workbench;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.shared.PrefixMapping;
import org.parley.rdf.OntologyResources;

/**
 * {@code /workbench/...}: the workbench's style sheet and scripts from the jar, the names
 * completion ({@code names?q=pak}, a JSON array) and the editor's start-up script.
 *
 * <p>The editor's prefix completion would fetch its list from a web service; {@code editor-setup.js}
 * gives it the store's own vocabularies instead (the ontology's prefixes), written where YASGUI
 * keeps the list it fetched, so the editor completes offline and never calls out.
 */
final class WorkbenchAssets extends HttpServlet {
    /** YASQE's local-storage entry for its prefix list (yasgui-utils' Storage under the "prefixes" id). */
    private static final String PREFIX_STORE_KEY = "prefixes";
    /** How long YASQE keeps the list, in seconds, as it does for one it fetched (30 days). */
    private static final long PREFIX_STORE_SECONDS = 2_592_000L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ClasspathFiles files = new ClasspathFiles("org/parley/serve/workbench");
    private final ActorNames names;
    private final byte[] editorSetup;

    WorkbenchAssets(ActorNames names) {
        this.names = names;
        this.editorSetup = editorSetup(prefixes()).getBytes(StandardCharsets.UTF_8);
    }

    /** The ontology's prefixes and Jena's standard ones, as YASQE lists them: {@code "dip: <https://...#>"}. */
    static List<String> prefixes() {
        Map<String, String> all = new TreeMap<>(PrefixMapping.Standard.getNsPrefixMap());
        all.putAll(OntologyResources.ONTOLOGY.load().getNsPrefixMap());
        List<String> out = new ArrayList<>();
        all.forEach((prefix, ns) -> out.add(prefix + ": <" + ns + ">"));
        return out;
    }

    static String editorSetup(List<String> prefixes) {
        try {
            return "// parley: the editor's prefix completion offers the store's vocabularies; nothing is fetched.\n"
                    + "(function () {\n  try {\n    localStorage.setItem(" + JSON.writeValueAsString(PREFIX_STORE_KEY) + ", JSON.stringify({\n"
                    + "      namespace: 'triply', val: " + JSON.writeValueAsString(prefixes) + ",\n"
                    + "      exp: " + PREFIX_STORE_SECONDS + ", time: Date.now() / 1000 }));\n"
                    + "  } catch (e) { /* no local storage: the editor works without completion */ }\n})();\n";
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = Optional.ofNullable(req.getPathInfo()).orElse("/");
        switch (path) {
            case "/names" -> StoreFailures.answer(resp, () -> {
                String q = Optional.ofNullable(req.getParameter("q")).orElse("");
                byte[] body = JSON.writeValueAsBytes(q.length() > 200 ? List.of() : names.startingWith(q));
                PageResponse.send(resp, 200, "application/json", PageResponse.POLICY, body);
            });
            case "/editor-setup.js" -> asset(resp, new ClasspathFiles.File(editorSetup, "text/javascript; charset=utf-8"));
            default -> {
                Optional<ClasspathFiles.File> file = files.find(path.substring(1));
                if (file.isPresent()) asset(resp, file.get());
                else PageResponse.error(resp, 404, "No such workbench file: " + path);
            }
        }
    }

    private static void asset(HttpServletResponse resp, ClasspathFiles.File file) throws IOException {
        resp.setStatus(200);
        resp.setContentType(file.contentType());
        PageResponse.securityHeaders(resp, PageResponse.POLICY);
        resp.setHeader("Cache-Control", "no-cache");
        resp.setContentLength(file.bytes().length);
        resp.getOutputStream().write(file.bytes());
    }
}
