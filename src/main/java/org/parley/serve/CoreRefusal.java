package org.parley.serve;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** A refusal sent by a Jetty handler before the request reaches Fuseki: short plain text, connection closed. */
final class CoreRefusal {
    private CoreRefusal() {}

    /**
     * @param retryAfterSeconds sent as Retry-After when positive
     */
    static boolean send(Response response, Callback callback, int status, long retryAfterSeconds, String message) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        if (retryAfterSeconds > 0) response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(retryAfterSeconds));
        // The body, if any, is not read: the connection cannot carry another request.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap((message + "\n").getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
