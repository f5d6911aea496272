package org.parley.serve;

import java.util.Objects;

/**
 * The one account allowed to write to a {@code parley serve --update} server.
 * The password never comes from a command-line argument (it would show in {@code ps}).
 */
public record WriterCredentials(String user, String password) {
    public WriterCredentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (user.isBlank()) throw new IllegalArgumentException("user name is empty");
        if (password.isEmpty()) throw new IllegalArgumentException("password is empty");
    }

    @Override
    public String toString() {
        return "WriterCredentials[user=" + user + ", password=***]";
    }
}
