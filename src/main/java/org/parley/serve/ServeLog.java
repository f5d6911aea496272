package org.parley.serve;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The server's own notices (failed logins, clients cut off), one timestamped line each on stderr,
 * where whoever runs {@code parley serve} sees them. Not through the logging framework: parley
 * leaves it at its default, which shows errors only.
 */
final class ServeLog {
    private ServeLog() {}

    static void notice(String message) {
        System.err.println(Instant.now().truncatedTo(ChronoUnit.SECONDS) + " parley serve: " + message);
    }
}
