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
import org.parley.eval.SystemRows;
import org.parley.pipeline.ArticlePipeline;
import org.parley.store.ParleyStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code parley eval GOLD_DIR}: extraction quality against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Scores extraction against gold annotations (STEM.txt beside STEM.gold.json), as the corpus "
                + "guidelines' Scoring section and score.py do: micro P/R/F1 for actors, for relations overall and per type.",
                "With identities (identities.tsv), also cross-article identity per actor type (id:Person, ...): over pairs of"
                        + " found gold actors in different articles, whether the same IRI goes with the same real actor. The"
                        + " articles are resolved across each other as a store holding just them resolves them; --store DIR"
                        + " scores what a store holds instead."},
        footer = {"", "Examples:", "  parley eval ../shared/corpus/dev", "  parley eval ../shared/corpus/dev --errors",
                "  parley eval ../shared/corpus/dev --json > scores.json",
                "  parley ingest ../shared/corpus/dev --store dev-store && parley eval ../shared/corpus/dev --store dev-store",
                "  parley eval ../shared/corpus/dev --system-out sys.jsonl && python3 ../shared/corpus/score.py ../shared/corpus/dev sys.jsonl"})
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
            if (!Files.isDirectory(store)) throw new CommandLine.ParameterException(spec.commandLine(), store + ": no store there");
            try (ParleyStore s = StoreOption.openToRead(store)) {
                run = new Evaluation(articles -> SystemRows.stored(s, articles, mapper), gold).run(goldDir);
            }
        } else {
            ArticlePipeline pipeline = ArticlePipeline.standard();
            run = new Evaluation(articles -> SystemRows.extracted(articles, pipeline::process, mapper), gold).run(goldDir);
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
}
