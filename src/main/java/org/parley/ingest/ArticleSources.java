package org.parley.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The read stage: turns the paths a user names (files, directories, "-" for stdin) into a lazy
 * stream of articles, one {@link ReadResult} per article or per unreadable input.
 */
public final class ArticleSources {

    public Stream<ReadResult> read(List<String> paths) {
        return paths.stream().flatMap(this::read);
    }

    private Stream<ReadResult> read(String name) {
        Path path = Path.of(name);
        if (!Files.exists(path)) return Stream.of(new ReadResult.Failed(name, "no such file or directory"));
        if (Files.isDirectory(path)) {
            try (Stream<Path> files = Files.walk(path)) {
                return files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt"))
                        .sorted().toList().stream().map(this::readText);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Stream.of(readText(path));
    }

    private ReadResult readText(Path path) {
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String stem = path.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            return new ReadResult.Read(path.toString(), new Article(stem, text, null, null, path.toString()));
        } catch (IOException e) {
            return new ReadResult.Failed(path.toString(), e.getMessage());
        }
    }
}
