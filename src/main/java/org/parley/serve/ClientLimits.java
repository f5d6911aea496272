package org.parley.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of the server one client may hold, so that slow or greedy clients cannot lock others out.
 *
 * @param requestReadTimeout       a request whose header and body have not arrived this long after
 *                                 its first byte is cut off, however steadily bytes trickle in
 * @param maxConnectionsPerAddress requests on connections beyond this many from one address are refused with 503
 * @param maxRequestsPerAddress    requests from one address handled at once; more are refused with 503
 */
public record ClientLimits(Duration requestReadTimeout, int maxConnectionsPerAddress, int maxRequestsPerAddress) {
    /**
     * 30 s reads a 10 MB body (the body limit) at 350 KB/s. Eight requests at once leave most of the
     * server's 20 threads to other clients.
     */
    public static final ClientLimits DEFAULTS = new ClientLimits(Duration.ofSeconds(30), 32, 8);

    public ClientLimits {
        Objects.requireNonNull(requestReadTimeout, "requestReadTimeout");
        if (requestReadTimeout.isNegative() || requestReadTimeout.isZero()) {
            throw new IllegalArgumentException("request read timeout must be positive, got " + requestReadTimeout);
        }
        if (maxConnectionsPerAddress < 1) throw new IllegalArgumentException("connections per address must be at least 1, got " + maxConnectionsPerAddress);
        if (maxRequestsPerAddress < 1) throw new IllegalArgumentException("requests per address must be at least 1, got " + maxRequestsPerAddress);
    }
}
