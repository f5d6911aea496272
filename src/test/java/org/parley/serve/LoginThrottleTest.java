package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.serve.ParleyServerTest.postUpdate;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;

/** Password guessing on {@code parley serve --update} is slowed per address, and the password never checked early. */
class LoginThrottleTest {

    @Test
    void eachFailedLoginMakesTheNextOneWaitLonger(@TempDir Path dir) throws Exception {
        try (ParleyStore s = ParleyStore.open(dir)) {
            s.write(TestArticles.both());
            ServerSettings rw = ServerSettings.readOnly(0).withWriter(new WriterCredentials("editor", "s3cret"));
            try (ParleyServer server = ParleyServer.start(s.dataset(), rw, List.of())) {
                String drop = "DROP GRAPH <" + TestArticles.visit().graphIri() + ">";
                // Four wrong guesses, each sent once the server takes logins again: the wait is then 4 s,
                // long enough that the next request arrives within it even on a busy machine.
                for (int guess = 1; guess <= 4; guess++) {
                    assertEquals(401, ParleyServerTest.postUpdatePatiently(server, drop, "editor:guess" + guess).statusCode());
                }
                HttpResponse<String> tooSoon = postUpdate(server, drop, "editor:s3cret");
                assertEquals(429, tooSoon.statusCode(), "refused unchecked, even with the right password: " + tooSoon.body());
                long retryAfter = Long.parseLong(tooSoon.headers().firstValue("Retry-After").orElse("0"));
                assertTrue(retryAfter >= 1 && retryAfter <= LoginThrottle.waitAfter(4).toSeconds(), "Retry-After " + retryAfter);
                assertTrue(tooSoon.body().contains("too many failed logins"), tooSoon.body());
                assertEquals(2, ParleyServerTest.countArticles(server), "nothing was dropped");
                assertEquals(200, ServerRequests.query(server, "ASK {}", "text/csv").statusCode(), "queries need no login and are not slowed");

                HttpResponse<String> right = ParleyServerTest.postUpdatePatiently(server, drop, "editor:s3cret");
                assertTrue(right.statusCode() == 200 || right.statusCode() == 204, "after the wait the right password works: " + right.statusCode());
                assertEquals(1, ParleyServerTest.countArticles(server));
                assertEquals(401, postUpdate(server, drop, "editor:guess5").statusCode(), "a success clears the count: checked at once");
            }
        }
    }

    @Test
    void theWaitDoublesUpToAMinute() {
        assertEquals(Duration.ofMillis(500), LoginThrottle.waitAfter(1));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.waitAfter(2));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.waitAfter(3));
        assertEquals(Duration.ofSeconds(32), LoginThrottle.waitAfter(7));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.waitAfter(8));
        assertEquals(Duration.ofMinutes(1), LoginThrottle.waitAfter(1000));
    }

    @Test
    void theLoggedUserNameCarriesNoPassword() {
        String basic = "Basic " + Base64.getEncoder().encodeToString("bob:hunter2".getBytes(StandardCharsets.UTF_8));
        assertEquals("bob", LoginThrottle.userName(basic));
        String noColon = "Basic " + Base64.getEncoder().encodeToString("hunter2".getBytes(StandardCharsets.UTF_8));
        assertEquals("(malformed Basic credentials)", LoginThrottle.userName(noColon), "without a colon it may all be password");
        assertEquals("(malformed Basic credentials)", LoginThrottle.userName("Basic %%%"));
        assertEquals("(Bearer credentials)", LoginThrottle.userName("Bearer abc.def"));
        assertEquals("(malformed credentials)", LoginThrottle.userName("hunter2"), "a lone token may be a password");
        String control = "Basic " + Base64.getEncoder().encodeToString("ev\nil:pw".getBytes(StandardCharsets.UTF_8));
        assertEquals("ev?il", LoginThrottle.userName(control), "no forged log lines");
    }
}
