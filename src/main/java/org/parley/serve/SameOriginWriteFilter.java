package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Stops cross-site request forgery on the write endpoints. A browser that has logged in to the
 * server sends its cached Basic credentials with any request to it, including a form that a page on
 * another site submits; such a request can still be told apart:
 * <ul>
 * <li>a browser names the page's origin in {@code Origin} (or failing that {@code Referer}): a
 *     write whose origin is not this server's own is refused;</li>
 * <li>with neither header (curl, Jena, parley itself), only a body a form cannot send is taken:
 *     {@code application/sparql-update}, or RDF in a Graph Store write. The three content types an
 *     HTML form can send (URL-encoded, multipart, text/plain) need a same-origin {@code Origin}.</li>
 * </ul>
 * Reads pass untouched: they change nothing, and CORS already keeps other sites from reading answers
 * with credentials.
 */
final class SameOriginWriteFilter implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || SAFE_METHODS.contains(http.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        String origin = http.getHeader("Origin");
        String referer = http.getHeader("Referer");
        String claimed = origin != null ? origin : referer;
        if (claimed != null) {
            if (!sameOrigin(claimed, http.getHeader("Host"))) {
                PlainTextError.send(resp, HttpServletResponse.SC_FORBIDDEN, "refused: this write comes from a page on another site ("
                        + (origin != null ? "Origin " : "Referer ") + abbreviate(claimed) + "); only the server's own pages and"
                        + " non-browser clients may write");
                return;
            }
        } else if (FORM_TYPES.contains(mediaType(http.getContentType()))) {
            PlainTextError.send(resp, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "refused: a write without an Origin header must not"
                    + " have a content type an HTML form can send (" + mediaType(http.getContentType()) + "); send SPARQL Update as"
                    + " application/sparql-update and Graph Store data with its RDF content type, e.g. text/turtle");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * Whether a URL (an Origin, or a Referer) has the host and port the client addressed this
     * server by. The scheme is left out: behind an HTTPS proxy the page is https and the request
     * reaching the server is http, with the Host header passed on.
     */
    static boolean sameOrigin(String url, String hostHeader) {
        if (hostHeader == null || url.equals("null")) return false;
        URI u;
        URI h;
        try {
            u = new URI(url);
            h = new URI("//" + hostHeader);
        } catch (URISyntaxException e) {
            return false;
        }
        if (u.getScheme() == null || u.getHost() == null || h.getHost() == null) return false;
        int defaultPort = u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
        int urlPort = u.getPort() < 0 ? defaultPort : u.getPort();
        int hostPort = h.getPort() < 0 ? defaultPort : h.getPort();
        return u.getHost().equalsIgnoreCase(h.getHost()) && urlPort == hostPort;
    }

    private static String mediaType(String contentType) {
        if (contentType == null) return "";
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String s) {
        String oneLine = s.replaceAll("[\\p{Cntrl}]", "?");
        return oneLine.length() <= 100 ? oneLine : oneLine.substring(0, 100) + "...";
    }
}
