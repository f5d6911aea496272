package org.parley.serve.workbench;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes the workbench's pages: one layout (title, navigation, main), the security headers every
 * page carries, and the short error pages that replace any stack trace.
 *
 * <p>The policy allows scripts and styles from this server only, never inline: a name that slipped
 * past escaping still could not run. Frames are only this server's own (the actor page's graph).
 */
final class PageResponse {
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'self'";

    private PageResponse() {}

    static void html(HttpServletResponse resp, int status, String title, CharSequence main) throws IOException {
        StringBuilder h = new StringBuilder(main.length() + 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
         .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
         .append("<title>").append(Html.esc(title)).append(" · parley</title>")
         .append("<link rel=\"stylesheet\" href=\"/workbench/workbench.css\">")
         .append("<script src=\"/workbench/workbench.js\" defer></script></head>\n<body>\n")
         .append(Navigation.HTML)
         .append("<main>\n").append(main).append("</main>\n</body></html>\n");
        send(resp, status, "text/html; charset=utf-8", POLICY, h.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A page that says what went wrong in one sentence, with the status that says the same. */
    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        html(resp, status, "Error", "<h1>" + (status == 404 ? "Not found" : status >= 500 ? "The server could not answer" : "Cannot answer that")
                + "</h1>\n<p class=\"error\">" + Html.esc(message) + "</p>\n");
    }

    static void send(HttpServletResponse resp, int status, String contentType, String policy, byte[] body) throws IOException {
        resp.setStatus(status);
        resp.setContentType(contentType);
        securityHeaders(resp, policy);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void securityHeaders(HttpServletResponse resp, String policy) {
        resp.setHeader("Content-Security-Policy", policy);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "no-referrer");
    }
}
