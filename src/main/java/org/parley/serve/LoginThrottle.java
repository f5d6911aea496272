package org.parley.serve;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Slows password guessing. After a failed login from an address, that address may try again only
 * after a wait that doubles with each failure (0.5 s, 1 s, 2 s, ... up to a minute); a request with
 * credentials sent sooner is refused with 429 and {@code Retry-After}, without its password being
 * checked, so a guesser learns nothing by not waiting. A successful login clears the count. Each
 * failure is logged with the address and user name, never the password.
 */
final class LoginThrottle extends Handler.Wrapper {
    static final Duration FIRST_WAIT = Duration.ofMillis(500);
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);
    /** Failures are forgotten after this long without another. */
    private static final Duration MEMORY = Duration.ofMinutes(15);
    /** Addresses remembered at most; the oldest are forgotten first. */
    private static final int MAX_ADDRESSES = 10_000;

    private record Failures(int count, long lastNanos, long waitUntilNanos) {}

    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    LoginThrottle(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null) return super.handle(request, response, callback);
        String address = Request.getRemoteAddr(request);
        long wait = nanosToWait(address);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
            return CoreRefusal.send(response, callback, 429, seconds, "too many failed logins from " + address
                    + "; try again in " + seconds + " s");
        }
        return super.handle(request, response, new Callback.Nested(callback) {
            @Override
            public void completed() {
                if (response.getStatus() == 401) recordFailure(address, userName(authorization));
                else if (response.getStatus() < 400) recordSuccess(address);
            }
        });
    }

    private synchronized long nanosToWait(String address) {
        Failures f = failures.get(address);
        if (f == null) return 0;
        long now = System.nanoTime();
        if (now - f.lastNanos() > MEMORY.toNanos()) {
            failures.remove(address);
            return 0;
        }
        return Math.max(0, f.waitUntilNanos() - now);
    }

    private void recordFailure(String address, String user) {
        Failures f;
        synchronized (this) {
            long now = System.nanoTime();
            Failures before = failures.get(address);
            int count = before == null || now - before.lastNanos() > MEMORY.toNanos() ? 1 : before.count() + 1;
            f = new Failures(count, now, now + waitAfter(count).toNanos());
            failures.put(address, f);
        }
        ServeLog.notice("failed login as '" + user + "' from " + address + " (" + f.count() + " in a row); logins from "
                + address + " are refused for the next " + waitAfter(f.count()).toMillis() + " ms");
    }

    private synchronized void recordSuccess(String address) {
        failures.remove(address);
    }

    /** The wait after {@code count} failures in a row: doubling from {@link #FIRST_WAIT} up to {@link #LONGEST_WAIT}. */
    static Duration waitAfter(int count) {
        long millis = FIRST_WAIT.toMillis() << Math.min(count - 1, 20);
        return Duration.ofMillis(Math.min(millis, LONGEST_WAIT.toMillis()));
    }

    /** The user name of Basic credentials, printable, without the password. */
    static String userName(String authorization) {
        String[] parts = authorization.strip().split("\\s+", 2);
        // A lone token, or Basic without a colon, may be nothing but a password: show none of it.
        if (parts.length < 2) return "(malformed credentials)";
        if (!parts[0].equalsIgnoreCase("Basic")) return "(" + printable(parts[0]) + " credentials)";
        try {
            String pair = new String(Base64.getDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? "(malformed Basic credentials)" : printable(pair.substring(0, colon));
        } catch (IllegalArgumentException e) {
            return "(malformed Basic credentials)";
        }
    }

    /** One short line whatever a client sent: no control characters to forge log lines with. */
    private static String printable(String s) {
        String line = s.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= 64 ? line : line.substring(0, 64) + "...";
    }
}
