package org.parley.serve.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Files served from a folder in the jar. A path is looked up only if it is made of plain name
 * segments (no {@code ..}, no backslashes, nothing absolute), so a request cannot climb out of the
 * folder to other resources on the class path.
 */
final class ClasspathFiles {
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)*");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "ico", "image/x-icon",
            "svg", "image/svg+xml",
            "png", "image/png",
            "woff", "font/woff",
            "woff2", "font/woff2",
            "json", "application/json");

    /** A file's bytes and its media type. */
    record File(byte[] bytes, String contentType) {}

    private final String root;

    /** @param root the folder on the class path, e.g. {@code webapp} */
    ClasspathFiles(String root) {
        this.root = root;
    }

    Optional<File> find(String path) {
        if (path == null || !SAFE_PATH.matcher(path).matches()) return Optional.empty();
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1));
        if (type == null) return Optional.empty();
        return read(root + "/" + path).map(bytes -> new File(bytes, type));
    }

    /** A file that must be there: the build put it in the jar. */
    byte[] require(String path) {
        return read(root + "/" + path).orElseThrow(() ->
                new IllegalStateException(root + "/" + path + " is missing from the class path; the build is broken"));
    }

    private static Optional<byte[]> read(String resource) {
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from the class path", e);
        }
    }
}
