package org.parley.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Programs some tests drive (Graphviz, Chromium). On a developer's machine without them those tests
 * are skipped; in CI (the CI variable is set) a missing program fails the test, since .ci/run installs it.
 */
public final class ExternalTool {
    private ExternalTool() {}

    public static Optional<Path> find(String... names) {
        for (String name : names) {
            for (String dir : String.valueOf(System.getenv("PATH")).split(File.pathSeparator)) {
                if (dir.isEmpty()) continue;
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Path require(String what, String... names) {
        Optional<Path> found = find(names);
        if (found.isPresent()) return found.get();
        String message = what + " (" + String.join(" or ", names) + ") is not on the PATH";
        if (System.getenv("CI") != null) fail(message + "; .ci/run must install it");
        Assumptions.abort(message + "; skipped outside CI");
        throw new IllegalStateException("unreachable");
    }
}
