package org.parley.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.store.RemoteGraphStore;
import picocli.CommandLine.Option;

/**
 * Where to send graphs instead of the embedded store. The password comes from a file or the
 * environment, never from an argument, which other users could read in the process list.
 */
final class EndpointOptions {
    static final String PASSWORD_ENV = "PARLEY_PASSWORD";

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Store in a remote SPARQL store instead: the dataset's base URL, e.g. http://127.0.0.1:3030/parley"
                    + " (each article and its summary changes go in one SPARQL Update to URL/update; an article's"
                    + " earlier graph is read from URL/data, hashes by query at URL/sparql).")
    String endpoint;

    @Option(names = "--user", paramLabel = "U", description = "HTTP user for --endpoint.")
    String user;

    @Option(names = "--password-file", paramLabel = "F",
            description = "File whose first line is the password for --user (else the environment variable " + PASSWORD_ENV + ").")
    Path passwordFile;

    boolean isRemote() {
        return endpoint != null;
    }

    RemoteGraphStore open() {
        if (user == null) return new RemoteGraphStore(endpoint, null, null);
        return new RemoteGraphStore(endpoint, user, password());
    }

    private char[] password() {
        if (passwordFile != null) {
            try {
                String first = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
                return first.toCharArray();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the password file " + passwordFile + ": " + e.getMessage(), e);
            }
        }
        String env = System.getenv(PASSWORD_ENV);
        if (env == null) {
            throw new IllegalArgumentException("--user " + user + " needs a password: give --password-file F or set " + PASSWORD_ENV);
        }
        return env.toCharArray();
    }
}
