package org.parley.serve;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Bounds what one client address may hold: open connections, and requests being handled at once.
 * Beyond either limit a request is answered at once with 503 and {@code Retry-After}, so it costs a
 * server thread for microseconds instead of holding one; other addresses keep the rest of the
 * server. (Behind a reverse proxy every client has the proxy's address, and the limits are the
 * proxy's.)
 */
final class PerAddressLimits extends Handler.Wrapper implements Connection.Listener {
    private final int maxConnections;
    private final int maxRequests;
    private final ConcurrentHashMap<String, Integer> connections = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Integer> requests = new ConcurrentHashMap<>();
    /** Each open connection's client address, as it was when it opened (a closed socket may no longer tell). */
    private final ConcurrentHashMap<Connection, String> opened = new ConcurrentHashMap<>();
    /** Connections opened while their address was over the limit: their requests are refused. */
    private final Set<Connection> overLimit = ConcurrentHashMap.newKeySet();

    PerAddressLimits(Handler handler, ClientLimits limits) {
        super(handler);
        this.maxConnections = limits.maxConnectionsPerAddress();
        this.maxRequests = limits.maxRequestsPerAddress();
    }

    @Override
    public void onOpened(Connection connection) {
        String address = address(connection.getEndPoint().getRemoteSocketAddress());
        opened.put(connection, address);
        if (connections.merge(address, 1, Integer::sum) > maxConnections) overLimit.add(connection);
    }

    @Override
    public void onClosed(Connection connection) {
        overLimit.remove(connection);
        String address = opened.remove(connection);
        if (address != null) release(connections, address);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String address = Request.getRemoteAddr(request);
        if (overLimit.contains(request.getConnectionMetaData().getConnection())) {
            return CoreRefusal.send(response, callback, 503, 1, "too many connections from " + address
                    + " (at most " + maxConnections + "); close some and retry");
        }
        if (requests.merge(address, 1, Integer::sum) > maxRequests) {
            release(requests, address);
            return CoreRefusal.send(response, callback, 503, 1, "too many requests at once from " + address
                    + " (at most " + maxRequests + "); retry when one has been answered");
        }
        AtomicBoolean released = new AtomicBoolean();
        Runnable done = () -> {
            if (released.compareAndSet(false, true)) release(requests, address);
        };
        try {
            boolean handled = super.handle(request, response, new Callback.Nested(callback) {
                @Override
                public void completed() {
                    done.run();
                }
            });
            if (!handled) done.run();
            return handled;
        } catch (Exception | Error e) {
            done.run();
            throw e;
        }
    }

    private static void release(ConcurrentHashMap<String, Integer> counts, String address) {
        counts.computeIfPresent(address, (k, n) -> n <= 1 ? null : n - 1);
    }

    static String address(SocketAddress socket) {
        if (socket instanceof InetSocketAddress inet && inet.getAddress() != null) return inet.getAddress().getHostAddress();
        return String.valueOf(socket);
    }
}
