package org.parley.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writes test inputs and reads them back through the public read stage. */
final class Fixtures {
    private Fixtures() {}

    static final String ARTICLE = """
            Pakistan invited to US-Iran talks in Istanbul
            Pakistan has been invited to participate in the US-Iran talks intended to reduce the tensions \
            between Tehran and Washington, the Foreign Office confirmed on Tuesday.
            Türkiye will host the talks in Istanbul, and the delegations are expected to arrive on Friday.
            """;

    static final String OTHER_ARTICLE = """
            Oman hosts indirect talks in Muscat
            Oman's capital, Muscat, is hosting the indirect talks between Iranian and U.S. delegates on Saturday. \
            The foreign minister said that his country was ready to play its part in the negotiations.
            """;

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, String content, Charset charset) {
        return write(dir, name, content.getBytes(charset));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ReadResult> read(String... paths) {
        return read(new ArticleSources(ReadLimits.defaults(), new ByteArrayInputStream(new byte[0])), paths);
    }

    static List<ReadResult> read(ArticleSources sources, String... paths) {
        try (Stream<ReadResult> results = sources.read(List.of(paths))) {
            return results.toList();
        }
    }

    static List<ReadResult> read(Path... paths) {
        return read(Stream.of(paths).map(Path::toString).toArray(String[]::new));
    }

    static List<ReadResult> readStdin(byte[] stdin) {
        return read(new ArticleSources(ReadLimits.defaults(), new ByteArrayInputStream(stdin)), "-");
    }

    static List<Article> articles(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Read)
                .map(r -> ((ReadResult.Read) r).article()).toList();
    }

    static List<ReadResult.Failed> failures(List<ReadResult> results) {
        return results.stream().filter(r -> r instanceof ReadResult.Failed).map(r -> (ReadResult.Failed) r).toList();
    }

    /** The single result of reading one input, which must be an article. */
    static Article onlyArticle(List<ReadResult> results) {
        if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Read read)) {
            throw new AssertionError("expected one article, got " + results);
        }
        return read.article();
    }

    /** The single result of reading one input, which must be a failure. */
    static ReadResult.Failed onlyFailure(List<ReadResult> results) {
        if (results.size() != 1 || !(results.get(0) instanceof ReadResult.Failed failed)) {
            throw new AssertionError("expected one failure, got " + results);
        }
        return failed;
    }
}
