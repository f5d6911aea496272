package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where an HTTP password comes from: a file or the {@value #ENV} environment variable, never a
 * command-line value (other users can read those in the process list).
 */
public final class PasswordSource {
    public static final String ENV = "PARLEY_PASSWORD";
    /** A password file is a line of text; anything bigger is the wrong file. */
    private static final long MAX_FILE_BYTES = 4096;

    private PasswordSource() {}

    /**
     * The password from {@code file} if given (its first line, without the line end), else from the
     * environment, else empty.
     *
     * @throws IllegalArgumentException naming the file when it cannot be read or holds no password
     */
    public static Optional<String> read(Path file, Map<String, String> env) {
        if (file != null) return Optional.of(fromFile(file));
        String v = env.get(ENV);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("password file " + file + " does not exist or is not a file");
            if (Files.size(file) > MAX_FILE_BYTES) throw new IllegalArgumentException("password file " + file + " is larger than " + MAX_FILE_BYTES + " bytes; it should hold one line");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("");
            if (first.isEmpty()) throw new IllegalArgumentException("password file " + file + " is empty; put the password on its first line");
            return first;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read password file " + file + ": " + e.getMessage(), e);
        }
    }
}
