package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Estimates how many articles the inputs hold, for the ETA: one per file. Unknown when the input
 * includes stdin or a JSON Lines file, where one file holds many articles.
 */
public final class InputEstimate {
    private InputEstimate() {}

    public static OptionalLong articles(List<String> paths) {
        long n = 0;
        for (String name : paths) {
            if (name.equals("-")) return OptionalLong.empty();
            Path path = Path.of(name);
            if (!Files.exists(path)) continue;
            try (Stream<Path> files = Files.walk(path)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    if (p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) return OptionalLong.empty();
                    n++;
                }
            } catch (IOException | UncheckedIOException e) {
                return OptionalLong.empty(); // the readers report the problem; the estimate just gives up
            }
        }
        return OptionalLong.of(n);
    }
}
