package org.parley.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the example queries: a {@code queries/} folder in the working directory wins (so a user can
 * edit and add queries), else the copies shipped in the jar.
 */
public final class ExampleQueries {
    public static final Path LOCAL_DIR = Path.of("queries");
    private static final String RESOURCE_DIR = "queries";

    private ExampleQueries() {}

    /** The queries from {@code ./queries} if it exists, else from the jar; sorted by name. */
    public static List<ExampleQuery> load() {
        if (Files.isDirectory(LOCAL_DIR)) return fromDirectory(LOCAL_DIR);
        return fromClasspath();
    }

    /** Every {@code .rq} file directly in {@code dir}, sorted by name. */
    public static List<ExampleQuery> fromDirectory(Path dir) {
        List<ExampleQuery> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                out.add(ExampleQuery.of(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read example queries in " + dir + ": " + e.getMessage(), e);
        }
        return out;
    }

    /**
     * The queries packaged under {@code queries/} next to parley's classes: the jar when installed,
     * {@code target/classes} in development. Found through the code location rather than a class-path
     * lookup of the folder, which fails for jars built without directory entries.
     */
    public static List<ExampleQuery> fromClasspath() {
        try {
            var source = ExampleQueries.class.getProtectionDomain().getCodeSource();
            if (source == null) return List.of();
            return fromCodeLocation(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate parley's jar to read the example queries: " + e.getMessage(), e);
        }
    }

    /** The queries in a jar's {@code queries/} folder, or in {@code queries/} under a classes folder. */
    static List<ExampleQuery> fromCodeLocation(Path location) {
        if (Files.isDirectory(location)) {
            Path dir = location.resolve(RESOURCE_DIR);
            return Files.isDirectory(dir) ? fromDirectory(dir) : List.of();
        }
        try {
            return fromJar(location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example queries packaged in " + location + ": " + e.getMessage(), e);
        }
    }

    private static List<ExampleQuery> fromJar(Path jarPath) throws IOException {
        List<ExampleQuery> out = new ArrayList<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                String n = e.getName();
                if (e.isDirectory() || !n.startsWith(RESOURCE_DIR + "/") || !n.endsWith(".rq")) continue;
                String fileName = n.substring(RESOURCE_DIR.length() + 1);
                if (fileName.contains("/")) continue;
                try (InputStream in = jar.getInputStream(e)) {
                    out.add(ExampleQuery.of(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        out.sort(Comparator.comparing(ExampleQuery::name));
        return out;
    }
}
