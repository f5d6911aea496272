package org.parley.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A directory shipped in the jar ({@code queries/}, {@code seeds/}), as a {@link Path} that can be
 * listed and read whether the classes run from the jar or from {@code target/classes}.
 */
public final class BundledDirectory {
    private BundledDirectory() {}

    public static Optional<Path> find(String name) {
        URL url = BundledDirectory.class.getClassLoader().getResource(name);
        if (url == null) return Optional.empty();
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) return Optional.of(Path.of(uri));
            return Optional.of(jarFileSystem(uri).getPath(name));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot open the directory " + name + " bundled in the jar", e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }
}
