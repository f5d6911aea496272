package org.parley.serve;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * Cuts off a client that takes longer than the read timeout to send one request, header and body,
 * counted from its first byte. Jetty's idle timeout is reset by every byte, so a client sending one
 * byte every few seconds would hold a connection, and during the body a server thread, for as long
 * as it liked; twenty such clients once held every thread. A request the server is not reading
 * (a write waiting for another write to finish) is left alone: only time spent waiting on the
 * client counts.
 */
final class SlowRequestReaper extends AbstractLifeCycle {
    private final Server server;
    private final long timeoutNanos;
    private final long sweepMillis;
    private ScheduledExecutorService sweeper;

    SlowRequestReaper(Server server, Duration timeout) {
        this.server = server;
        this.timeoutNanos = timeout.toNanos();
        this.sweepMillis = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
    }

    @Override
    protected void doStart() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-slow-request-reaper");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, sweepMillis, sweepMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeper.shutdownNow();
    }

    private void sweep() {
        try {
            for (Connector c : server.getConnectors()) {
                if (c instanceof ServerConnector sc) sc.getConnectedEndPoints().forEach(this::check);
            }
        } catch (RuntimeException e) {
            ServeLog.notice("checking for slow requests failed: " + e);
        }
    }

    private void check(EndPoint endPoint) {
        if (!(endPoint.getConnection() instanceof HttpConnection http)) return;
        HttpParser parser = http.getParser();
        if (parser.isIdle() || !endPoint.isFillInterested()) return;
        long elapsed = NanoTime.since(parser.getBeginNanoTime());
        if (elapsed <= timeoutNanos) return;
        ServeLog.notice("closed the connection from " + PerAddressLimits.address(endPoint.getRemoteSocketAddress())
                + ": its request was still arriving " + TimeUnit.NANOSECONDS.toMillis(elapsed) + " ms after it began");
        endPoint.close();
    }
}
