package org.parley.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Refuses request bodies over a limit with 413, so no client can make the server read without bound.
 *
 * <p>A declared Content-Length is checked before anything is read, and such bodies then stream to
 * Fuseki untouched. A body of unknown length (chunked) is read here, up to the limit, before Fuseki
 * sees it: a failure in the middle of Fuseki's own reading would come back as a 500, and the client
 * would not learn that the body was simply too large. Buffering is bounded by the limit.
 */
final class BodySizeLimitFilter implements Filter {
    private final long limit;

    BodySizeLimitFilter(long limit) {
        this.limit = limit;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletResponse resp = (HttpServletResponse) response;
        long declared = http.getContentLengthLong();
        if (declared > limit) {
            refuse(resp);
            return;
        }
        if (declared >= 0 || http.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readUpTo(http.getInputStream(), limit + 1);
        if (body.length > limit) {
            refuse(resp);
            return;
        }
        chain.doFilter(new Buffered(http, body), response);
    }

    private void refuse(HttpServletResponse resp) throws IOException {
        byte[] body = ("request body larger than the server's limit of " + limit + " bytes\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(413);
        // The rest of the body is not read; the connection cannot be reused.
        resp.setHeader("Connection", "close");
        resp.setContentType("text/plain; charset=utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    private static byte[] readUpTo(InputStream in, long max) throws IOException {
        return in.readNBytes((int) Math.min(max, Integer.MAX_VALUE - 8));
    }

    /** The request with its body already read into memory. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private ServletInputStream stream;

        Buffered(HttpServletRequest r, byte[] body) {
            super(r);
            this.body = body;
        }

        @Override public int getContentLength() { return body.length; }
        @Override public long getContentLengthLong() { return body.length; }

        @Override
        public ServletInputStream getInputStream() {
            if (stream == null) stream = new BytesStream(new ByteArrayInputStream(body));
            return stream;
        }
    }

    private static final class BytesStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        BytesStream(ByteArrayInputStream in) { this.in = in; }

        @Override public int read() { return in.read(); }
        @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener listener) {
            throw new IllegalStateException("the body is already buffered; asynchronous reading is not supported");
        }
    }
}
