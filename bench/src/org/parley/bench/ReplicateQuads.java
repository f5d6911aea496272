package org.parley.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A large store's worth of N-Quads from a small one: the articles of {@code parley extract --format nq}
 * written COPIES times, each copy under new article ids (its article, assertion and event IRIs and
 * its dip:sourceId get the suffix "-cK"), so that the copies are distinct articles stating the same
 * facts, as a big news archive states the same relations many times. Actors keep their IRIs.
 *
 * <p>Usage: {@code ReplicateQuads IN.nq COPIES OUT.nq}
 */
public final class ReplicateQuads {
    private static final Pattern PER_ARTICLE =
            Pattern.compile("(<https://w3id\\.org/parley/id/(?:article|assertion|event)/)([^/>]+)");
    private static final Pattern SOURCE_ID = Pattern.compile("(<https://w3id\\.org/parley/dip#sourceId> \")([^\"]*)(\")");

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int copies = Integer.parseInt(args[1]);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (int k = 0; k < copies; k++) {
                String suffix = "-c" + k;
                for (String line : lines) {
                    String renamed = PER_ARTICLE.matcher(line).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + suffix));
                    renamed = SOURCE_ID.matcher(renamed).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2) + suffix + m.group(3)));
                    out.write(renamed);
                    out.write('\n');
                }
            }
        }
    }
}
