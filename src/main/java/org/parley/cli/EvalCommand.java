package org.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.parley.eval.EvalReport;
import org.parley.eval.Evaluation;
import org.parley.eval.GoldIdentities;
import org.parley.pipeline.ArticlePipeline;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleJson;
import org.parley.resolve.Identities;
import org.parley.resolve.IdentityResolver;
import java.util.ArrayList;
import java.util.List;
import org.parley.ingest.Article;
import org.parley.resolve.IriMinter;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley eval GOLD_DIR}: extraction quality against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold annotations (STEM.txt beside STEM.gold.json), as the corpus "
                + "guidelines' Scoring section and score.py do: micro P/R/F1 for actors, for relations overall and per type."},
        footer = {"", "Examples:", "  parley eval ../shared/corpus/dev", "  parley eval ../shared/corpus/dev --errors",
                "  parley eval ../shared/corpus/dev --json > scores.json",
                "  parley eval ../shared/corpus/dev --system-out sys.jsonl && python3 ../shared/corpus/score.py ../shared/corpus/dev sys.jsonl"})
public final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "GOLD_DIR", description = "Folder of STEM.txt and STEM.gold.json files.")
    Path goldDir;

    @Option(names = "--errors", description = "List every false alarm and miss per article, grouped by relation type, with the evidence sentence.")
    boolean errors;

    @Option(names = "--json", description = "Print the figures as JSON instead of a table.")
    boolean json;

    @Option(names = "--system-out", paramLabel = "FILE", description = "Also write the system output (JSON Lines, as 'extract --format json') to FILE.")
    Path systemOut;

    @Option(names = "--store", paramLabel = "DIR", description = "Score what this store holds for the gold articles"
            + " (ingested before, e.g. with 'parley ingest GOLD_DIR --store DIR'), under the IRIs it resolved across all its"
            + " articles, instead of extracting them afresh.")
    Path store;

    @Option(names = "--identities", paramLabel = "TSV", description = "Global identities of the gold actors (stem, entity, identity),"
            + " for the cross-article identity score. Default: identities.tsv in GOLD_DIR or beside it, if there is one.")
    Path identities;

    @Override
    public Integer call() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Path identityFile = identities != null ? identities : Evaluation.identitiesBeside(goldDir).orElse(null);
        GoldIdentities gold = identityFile == null ? null : GoldIdentities.read(identityFile);
        Evaluation.Run run;
        if (store != null) {
            try (ParleyStore s = StoreOption.open(store)) {
                run = new Evaluation(articles -> stored(s, articles, mapper), gold).run(goldDir);
            }
        } else {
            run = new Evaluation(articles -> extracted(articles, mapper), gold).run(goldDir);
        }
        EvalReport report = new EvalReport(run.result());
        PrintStream out = System.out;
        if (json) {
            out.println(mapper.enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json(mapper)));
        } else {
            if (errors) report.errors(out);
            report.table(out);
        }
        if (systemOut != null) {
            Path tmp = Files.createTempFile(systemOut.toAbsolutePath().getParent(), ".parley-eval", ".tmp");
            try (var w = Files.newBufferedWriter(tmp)) {
                ObjectMapper compact = new ObjectMapper();
                for (JsonNode row : run.systemRows()) w.write(compact.writeValueAsString(row) + "\n");
            }
            Files.move(tmp, systemOut, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return 0;
    }

    /** Extracted afresh and resolved across the gold articles as a store holding just them resolves them. */
    private static List<JsonNode> extracted(List<Article> articles, ObjectMapper mapper) {
        ArticlePipeline pipeline = ArticlePipeline.standard();
        List<ArticleGraph> graphs = articles.stream().map(pipeline::process).toList();
        Identities identities = new IdentityResolver().resolveGraphs(graphs.stream().map(g -> g.model().getGraph()).toList());
        ArticleJson view = new ArticleJson(mapper, identities::canonicalOf);
        return graphs.stream().map(g -> (JsonNode) view.toJson(g)).toList();
    }

    /** As the store holds them; an article it does not hold has no output (and is reported missing). */
    private static List<JsonNode> stored(ParleyStore store, List<Article> articles, ObjectMapper mapper) {
        IriMinter iris = new IriMinter();
        ArticleJson view = new ArticleJson(mapper, store.identities()::canonicalOf);
        List<JsonNode> rows = new ArrayList<>();
        for (Article a : articles) store.articleGraph(iris.article(a)).ifPresent(g -> rows.add(view.toJson(g)));
        return rows;
    }
}
