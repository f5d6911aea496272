package org.parley.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Real article text to mutate: the seed article in the repository, plus the shared dev corpus
 * where this machine has it (CI may not; the properties then run on the seed alone).
 */
final class CorpusSamples {
    static final List<String> ARTICLES = load();
    static final List<String> SENTENCES = ARTICLES.stream()
            .flatMap(a -> Stream.of(a.split("(?<=[.!?][\"”’]?)\\s+|\\n")))
            .map(String::strip).filter(s -> !s.isEmpty()).toList();
    static final List<String> WORDS = ARTICLES.stream()
            .flatMap(a -> Pattern.compile("\\s+").splitAsStream(a))
            .filter(w -> !w.isEmpty()).distinct().toList();

    private CorpusSamples() {}

    private static List<String> load() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            seeds.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path dev = devCorpus();
        if (dev != null) {
            try (Stream<Path> texts = Files.list(dev)) {
                texts.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            try {
                out.add(Files.readString(f, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(out);
    }

    private static Path devCorpus() {
        for (String candidate : new String[] {System.getProperty("parley.corpus.dev", ""), "../shared/corpus/dev", "/work/shared/corpus/dev"}) {
            if (!candidate.isEmpty() && Files.isDirectory(Path.of(candidate))) return Path.of(candidate);
        }
        return null;
    }
}
