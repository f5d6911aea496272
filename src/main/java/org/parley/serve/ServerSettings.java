package org.parley.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code parley serve} runs.
 *
 * @param host          the interface to bind; 127.0.0.1 unless the user asks otherwise
 * @param port          the TCP port; 0 picks a free one
 * @param queryTimeout  a query running longer than this is cancelled
 * @param maxBodyBytes  request bodies beyond this are refused with 413
 * @param writer        who may update the store, or null for a read-only server
 * @param clientLimits  how much of the server one client may hold
 */
public record ServerSettings(String host, int port, Duration queryTimeout, long maxBodyBytes, WriterCredentials writer,
                             ClientLimits clientLimits) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Large enough for any article graph (a few hundred KB at most), small enough that no client can exhaust memory. */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L * 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(clientLimits, "clientLimits");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        if (queryTimeout.isNegative() || queryTimeout.isZero()) throw new IllegalArgumentException("query timeout must be positive, got " + queryTimeout);
        if (maxBodyBytes <= 0) throw new IllegalArgumentException("body limit must be positive, got " + maxBodyBytes);
    }

    /** Settings with the default client limits. */
    public ServerSettings(String host, int port, Duration queryTimeout, long maxBodyBytes, WriterCredentials writer) {
        this(host, port, queryTimeout, maxBodyBytes, writer, ClientLimits.DEFAULTS);
    }

    /** A read-only server on the defaults. */
    public static ServerSettings readOnly(int port) {
        return new ServerSettings(DEFAULT_HOST, port, DEFAULT_TIMEOUT, DEFAULT_MAX_BODY_BYTES, null);
    }

    public ServerSettings withTimeout(Duration timeout) {
        return new ServerSettings(host, port, timeout, maxBodyBytes, writer, clientLimits);
    }

    public ServerSettings withWriter(WriterCredentials credentials) {
        return new ServerSettings(host, port, queryTimeout, maxBodyBytes, credentials, clientLimits);
    }

    public ServerSettings withMaxBodyBytes(long limit) {
        return new ServerSettings(host, port, queryTimeout, limit, writer, clientLimits);
    }

    public ServerSettings withClientLimits(ClientLimits limits) {
        return new ServerSettings(host, port, queryTimeout, maxBodyBytes, writer, limits);
    }

    public boolean allowsUpdate() { return writer != null; }
}
