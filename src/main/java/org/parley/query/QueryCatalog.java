package org.parley.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.parley.pipeline.BundledDirectory;

/**
 * The named queries: the {@code queries/} folder of the working directory, then the copy bundled
 * in the jar, so {@code parley query NAME} works from any directory. A local file overrides the
 * bundled query of the same name.
 */
public final class QueryCatalog {
    private static final String RESOURCE_DIR = "queries";
    private final Map<String, NamedQuery> queries;

    private QueryCatalog(Map<String, NamedQuery> queries) {
        this.queries = queries;
    }

    public static QueryCatalog standard() {
        return of(Path.of(RESOURCE_DIR), true);
    }

    /** The queries in {@code dir}, plus the bundled ones if asked. */
    public static QueryCatalog of(Path dir, boolean withBundled) {
        Map<String, NamedQuery> found = new TreeMap<>();
        if (withBundled) readBundled(found);
        if (Files.isDirectory(dir)) readDir(dir, found);
        return new QueryCatalog(found);
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** All queries, by name. */
    public List<NamedQuery> all() {
        return new ArrayList<>(queries.values());
    }

    /**
     * One line per query, its name and question aligned, then the parameters it needs written as
     * {@code paramSyntax} prefixes them: {@code "--param "} on the command line, {@code ":param "} in the shell.
     */
    public List<String> listing(String paramSyntax) {
        int width = queries.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> lines = new ArrayList<>();
        for (NamedQuery q : queries.values()) {
            StringBuilder line = new StringBuilder(q.name()).append(" ".repeat(width - q.name().length() + 2)).append(q.question());
            for (NamedQuery.Param p : q.params()) line.append("  [").append(paramSyntax).append(p.name()).append("=...]");
            lines.add(line.toString());
        }
        return lines;
    }

    private static void readDir(Path dir, Map<String, NamedQuery> into) {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - ".rq".length());
                into.put(name, NamedQuery.parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the queries in " + dir, e);
        }
    }

    private static void readBundled(Map<String, NamedQuery> into) {
        BundledDirectory.find(RESOURCE_DIR).ifPresent(dir -> readDir(dir, into));
    }
}
