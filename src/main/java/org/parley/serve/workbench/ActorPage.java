package org.parley.serve.workbench;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * {@code /actor?name=NAME} (any name, any case) or {@code /actor?iri=IRI}: an actor's names and
 * roles, a timeline of its relations by publication date, the graph of its neighbourhood, and its
 * relations in both directions with the sentences that state them, each linked to its article.
 */
final class ActorPage extends HttpServlet {
    private final ActorProfiles profiles;

    ActorPage(ActorProfiles profiles) {
        this.profiles = profiles;
    }

    static String linkByName(String name) {
        return "/actor?name=" + Html.url(name);
    }

    static String link(String iri) {
        return "/actor?iri=" + Html.url(iri);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        StoreFailures.answer(resp, () -> {
            String iri = req.getParameter("iri");
            String name = req.getParameter("name");
            if (iri != null && !iri.isBlank()) {
                ActorProfile p = profiles.profile(iri.strip());
                if (p == null) throw Refusal.notFound("The store holds no actor " + iri.strip() + ".");
                PageResponse.html(resp, 200, p.label(), render(p));
                return;
            }
            if (name == null || name.isBlank()) throw Refusal.badRequest("Give an actor's name: /actor?name=Pakistan");
            List<ActorProfiles.Candidate> found = profiles.named(name.strip());
            if (found.isEmpty()) {
                throw Refusal.notFound("No actor is called \"" + name.strip() + "\" in the store (names match in any case).");
            }
            if (found.size() == 1) {
                ActorProfile p = profiles.profile(found.get(0).iri());
                PageResponse.html(resp, 200, p.label(), render(p));
                return;
            }
            PageResponse.html(resp, 200, name.strip(), choices(name.strip(), found));
        });
    }

    private static String choices(String name, List<ActorProfiles.Candidate> found) {
        StringBuilder h = new StringBuilder("<h1>").append(Html.esc(name)).append("</h1>\n<p>")
                .append(found.size()).append(" actors go by this name:</p>\n<ul class=\"choices\">\n");
        for (ActorProfiles.Candidate c : found) {
            h.append("<li><a href=\"").append(Html.esc(link(c.iri()))).append("\">").append(Html.esc(c.label())).append("</a> <span class=\"muted\">")
             .append(Html.esc(c.type())).append(", ").append(articles(c.articles())).append("</span></li>\n");
        }
        return h.append("</ul>\n").toString();
    }

    static String render(ActorProfile p) {
        StringBuilder h = new StringBuilder(16384);
        h.append("<h1 class=\"actor\">").append(Html.esc(p.label())).append("</h1>\n<p class=\"muted\">");
        for (int i = 0; i < p.types().size(); i++) {
            ActorProfile.Counted t = p.types().get(i);
            h.append(i == 0 ? "" : " · ").append(Html.esc(t.text())).append(" in ").append(articles(t.articles()));
        }
        h.append(" · <code>").append(Html.esc(p.iri())).append("</code></p>\n");

        h.append("<div class=\"columns\"><section><h2>Names</h2>").append(counted(p.names())).append("</section>\n")
         .append("<section><h2>Roles</h2>").append(p.roles().isEmpty() ? "<p class=\"muted\">No article gives a role.</p>" : counted(p.roles()))
         .append("</section></div>\n");

        h.append("<section><h2>Timeline</h2>\n");
        String chart = TimelineChart.svg(p.dated());
        if (chart.isEmpty()) h.append("<p class=\"muted\">None of the articles that state its relations has a publication date.</p>\n");
        else h.append("<figure class=\"timeline\">").append(chart).append(legend()).append("</figure>\n");
        if (p.undated() > 0 && !chart.isEmpty()) {
            h.append("<p class=\"muted\">").append(p.undated()).append(p.undated() == 1 ? " statement comes" : " statements come")
             .append(" from articles without a publication date.</p>\n");
        }
        h.append("</section>\n");

        h.append("<section><h2>Graph</h2>\n<iframe class=\"graph\" title=\"the graph of ").append(Html.esc(p.label()))
         .append("'s neighbourhood\" sandbox=\"allow-scripts\" src=\"").append(Html.esc(ActorGraphPage.link(p.iri()))).append("\"></iframe>\n</section>\n");

        h.append("<section><h2>Relations</h2>\n");
        relations(h, p, true, "As agent");
        relations(h, p, false, "As target");
        h.append("<p><a href=\"").append(Html.esc(QuestionPages.link("evidence") + "?actor=" + Html.url(p.label())))
         .append("\">Every sentence behind these relations</a></p>\n</section>\n");
        return h.toString();
    }

    private static void relations(StringBuilder h, ActorProfile p, boolean outgoing, String heading) {
        List<ActorProfile.Relation> rs = p.relations().stream().filter(r -> r.outgoing() == outgoing).toList();
        h.append("<h3>").append(heading).append(" <span class=\"muted\">(").append(rs.size()).append(")</span></h3>\n");
        if (rs.isEmpty()) {
            h.append("<p class=\"muted\">None.</p>\n");
            return;
        }
        h.append("<ul class=\"relations").append(outgoing ? " outgoing" : " incoming").append("\">\n");
        for (ActorProfile.Relation r : rs) {
            RelationKind kind = RelationKind.of(r.kind());
            h.append("<li class=\"relation\"><span class=\"statement\">");
            if (outgoing) {
                h.append("<strong>").append(Html.esc(p.label())).append("</strong>");
                if (r.role() != null) h.append(" (").append(Html.esc(r.role())).append(")");
                h.append(" <span class=\"verb\">").append(kind == null ? Html.esc(r.kind()) : kind.active).append("</span> ").append(other(r));
            } else {
                h.append(other(r));
                if (r.role() != null) h.append(" (").append(Html.esc(r.role())).append(")");
                h.append(" <span class=\"verb\">").append(kind == null ? Html.esc(r.kind()) : kind.active).append("</span> <strong>")
                 .append(Html.esc(p.label())).append("</strong>");
            }
            if (r.event() != null && r.otherName() != null) h.append(kind == RelationKind.INVITATION ? " to " : " at ").append(Html.esc(r.event()));
            if (r.topic() != null) h.append(" of ").append(Html.esc(r.topic()));
            if (r.place() != null || r.date() != null) {
                h.append(" <span class=\"muted\">(").append(Html.esc(String.join(", ",
                        java.util.stream.Stream.of(r.place(), r.date()).filter(java.util.Objects::nonNull).toList()))).append(")</span>");
            }
            h.append("</span> <span class=\"support\">").append(articles(r.articles())).append(r.hedged() ? ", hedged" : "").append("</span>\n");
            h.append("<ul class=\"evidence\">");
            for (ActorProfile.Evidence e : r.evidence()) {
                h.append("<li><a href=\"").append(Html.esc(ArticlePage.link(e.articleId(), e.start(), e.end()))).append("\">“")
                 .append(Html.esc(e.sentence())).append("”</a> <span class=\"source\">")
                 .append(Html.esc(e.title() != null ? e.title() : e.articleId()))
                 .append(e.published() != null ? ", " + Html.esc(e.published()) : "").append("</span></li>");
            }
            if (r.articles() > r.evidence().size()) {
                h.append("<li class=\"muted\">and more: see every sentence below</li>");
            }
            h.append("</ul></li>\n");
        }
        h.append("</ul>\n");
    }

    /** The other end: its actor page, or the event, or a dash when the articles do not say. */
    private static String other(ActorProfile.Relation r) {
        if (r.otherIri() != null) {
            return "<a href=\"" + Html.esc(link(r.otherIri())) + "\">" + Html.esc(r.otherName() != null ? r.otherName() : r.otherIri()) + "</a>";
        }
        if (r.event() != null) return "<em>" + Html.esc(r.event()) + "</em>";
        return "<span class=\"unstated\" title=\"the articles do not say\">someone unstated</span>";
    }

    private static String counted(List<ActorProfile.Counted> items) {
        StringBuilder h = new StringBuilder("<ul class=\"counted\">");
        for (ActorProfile.Counted c : items) {
            h.append("<li>").append(Html.esc(c.text())).append(" <span class=\"muted\">").append(articles(c.articles())).append("</span></li>");
        }
        return h.append("</ul>").toString();
    }

    private static String legend() {
        StringBuilder h = new StringBuilder("<figcaption class=\"legend\">Statements by publication date: ");
        for (RelationKind k : RelationKind.ALL) {
            h.append("<span><svg width=\"10\" height=\"10\" aria-hidden=\"true\"><rect width=\"10\" height=\"10\" fill=\"")
             .append(k.colour).append("\"/></svg> ").append(k.active).append("</span> ");
        }
        return h.append("</figcaption>").toString();
    }

    private static String articles(long n) {
        return n + (n == 1 ? " article" : " articles");
    }
}
