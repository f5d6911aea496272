package org.parley.serve.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.parley.export.ExportException;
import org.parley.export.HtmlWriter;

/**
 * {@code /actor/graph?iri=IRI}: the interactive graph of an actor's neighbourhood, the very page
 * {@code parley export --format html --actor NAME} writes (Cytoscape.js and the graph inlined), so
 * the actor page frames it. That page carries its own policy (inline scripts, no fetching); the
 * header says the same and lets only this server frame it.
 */
final class ActorGraphPage extends HttpServlet {
    static final String POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "img-src data: blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    private final NeighbourhoodGraph neighbourhood;
    private final ActorProfiles profiles;

    ActorGraphPage(NeighbourhoodGraph neighbourhood, ActorProfiles profiles) {
        this.neighbourhood = neighbourhood;
        this.profiles = profiles;
    }

    static String link(String iri) {
        return "/actor/graph?iri=" + Html.url(iri);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StoreFailures.answer(resp, () -> {
            String iri = req.getParameter("iri");
            if (iri == null || iri.isBlank()) throw Refusal.badRequest("Give an actor: /actor/graph?iri=IRI");
            String label = profiles.label(iri.strip());
            if (label == null) throw Refusal.notFound("The store holds no actor " + iri.strip() + ".");
            StringWriter page = new StringWriter();
            try {
                new HtmlWriter().write(neighbourhood.of(label), page);
            } catch (ExportException e) {
                throw Refusal.notFound(e.getMessage());
            }
            PageResponse.send(resp, 200, "text/html; charset=utf-8", POLICY, page.toString().getBytes(StandardCharsets.UTF_8));
        });
    }
}
