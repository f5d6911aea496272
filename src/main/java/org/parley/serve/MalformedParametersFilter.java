package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers 400 to a request whose parameters cannot be decoded ({@code ?query=%zz}, a stray
 * {@code %}, bytes that are not UTF-8), in the query string or a form body. Fuseki would read them
 * later and answer 500, as if the server had failed rather than the request.
 */
final class MalformedParametersFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        try {
            request.getParameterMap();
        } catch (RuntimeException malformed) {
            PlainTextError.send((HttpServletResponse) response, HttpServletResponse.SC_BAD_REQUEST,
                    "the request's parameters are not valid percent-encoded UTF-8 (e.g. a % not followed by two hex digits)");
            return;
        }
        chain.doFilter(request, response);
    }
}
