package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.parley.ingest.Article;
import org.parley.ingest.ArticleSources;
import org.parley.ingest.ReadResult;

/**
 * Runs extraction over a gold directory ({@code STEM.txt} beside {@code STEM.gold.json}) and scores
 * it. The system side is the same JSON view that {@code parley extract --format json} prints.
 */
public final class Evaluation {
    /** The system under evaluation: the gold articles in, one JSON view per article out. */
    @FunctionalInterface
    public interface System {
        /** All articles at once, so that actors can be resolved across them as a store resolves them. */
        List<JsonNode> rows(List<Article> articles);
    }

    private final System system;
    private final GoldIdentities identities;

    /**
     * @param system     the system's view of the articles
     * @param identities the gold actors' global identities, or null to score without identity
     */
    public Evaluation(System system, GoldIdentities identities) {
        this.system = system;
        this.identities = identities;
    }

    /** The identities file of a gold directory: {@code identities.tsv} in it or beside it, if there is one. */
    public static java.util.Optional<Path> identitiesBeside(Path goldDir) {
        if (Files.isRegularFile(goldDir.resolve("identities.tsv"))) return java.util.Optional.of(goldDir.resolve("identities.tsv"));
        Path parent = goldDir.toAbsolutePath().normalize().getParent();
        if (parent != null && Files.isRegularFile(parent.resolve("identities.tsv"))) {
            return java.util.Optional.of(parent.resolve("identities.tsv"));
        }
        return java.util.Optional.empty();
    }

    public record Run(Scorer.Result result, List<JsonNode> systemRows) {}

    public Run run(Path goldDir) {
        if (!Files.isDirectory(goldDir)) throw new IllegalArgumentException(goldDir + ": not a directory");
        List<Path> goldFiles;
        try (Stream<Path> files = Files.list(goldDir)) {
            goldFiles = files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + goldDir, e);
        }
        if (goldFiles.isEmpty()) throw new IllegalArgumentException(goldDir + ": no *.gold.json files");
        GoldReader reader = new GoldReader();
        List<GoldArticle> golds = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        ArticleSources sources = new ArticleSources();
        for (Path goldFile : goldFiles) {
            GoldArticle gold = reader.read(goldFile);
            golds.add(gold);
            String stem = goldFile.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
            Path text = goldDir.resolve(stem + ".txt");
            if (!Files.exists(text)) throw new GoldFileException(goldFile, "no article text beside it (" + text.getFileName() + ")");
            for (ReadResult r : sources.read(List.of(text.toString())).toList()) {
                if (r instanceof ReadResult.Failed failed) throw new GoldFileException(text, failed.problem());
                Article a = ((ReadResult.Read) r).article();
                articles.add(new Article(stem, a.text(), a.title(), a.published(), a.source()));
            }
        }
        List<JsonNode> rows = system.rows(articles);
        return new Run(new Scorer().score(golds, rows, identities), rows);
    }
}
