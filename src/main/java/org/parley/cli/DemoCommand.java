package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.parley.pipeline.BundledDirectory;
import org.parley.pipeline.IngestOptions;
import org.parley.pipeline.LazyPipeline;
import org.parley.query.NamedQuery;
import org.parley.query.QueryCatalog;
import org.parley.query.QueryParams;
import org.parley.query.QueryRunner;
import org.parley.query.ResultFormat;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code parley demo}: the seed articles in, every named query's answer out. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        header = "Ingest the seed articles and answer every named query.",
        description = {"Ingests the seed articles (seeds/ in the working directory, else the copy bundled with parley)"
                + " into the store, then runs every query in queries/ and prints each question with its answer.",
            "Running it again finds the seeds unchanged and only re-runs the queries."},
        footer = {"%nExamples:", "  parley demo", "  parley demo --store /tmp/parley-demo", ExitCodes.HELP})
public final class DemoCommand implements Callable<Integer> {
    /** The order that tells the story best; queries not listed follow by name. */
    private static final List<String> ORDER = List.of(
            "invitations", "representatives", "hosting", "warnings", "events", "actors", "actor", "evidence");

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path local = Path.of("seeds");
        Path seeds = Files.isDirectory(local) ? local : copyOfBundledSeeds();
        try (ParleyStore s = store.open()) {
            out.println("Ingesting " + (seeds == local ? "seeds/" : "the bundled seed articles") + " into " + store.dir + " ...");
            out.flush();
            int status = IngestRun.run(List.of(seeds.toString()), s, LazyPipeline.standard(),
                    IngestOptions.defaults(), out, err);
            if (status == ExitCodes.INTERRUPTED) return status;
            QueryRunner runner = QueryRunner.local(s.dataset());
            for (NamedQuery q : inDemoOrder(QueryCatalog.standard().all())) show(q, runner, out);
            return status;
        } finally {
            if (seeds != local) deleteTree(seeds);
        }
    }

    private static void show(NamedQuery q, QueryRunner runner, PrintWriter out) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        StringBuilder command = new StringBuilder("parley query ").append(q.name());
        for (NamedQuery.Param p : q.params()) {
            if (p.example() == null) return; // nothing sensible to ask with
            bindings.put(p.name(), QueryParams.term(p.example()));
            command.append(" --param ").append(p.name()).append('=').append(p.example());
        }
        out.println();
        out.println("## " + q.question());
        out.println("$ " + command);
        out.flush();
        runner.print(QueryRunner.parse(q.text(), "query '" + q.name() + "'", bindings), bindings, ResultFormat.TABLE,
                CommandOutput.stream(out));
        out.flush();
    }

    static List<NamedQuery> inDemoOrder(List<NamedQuery> queries) {
        List<NamedQuery> sorted = new ArrayList<>(queries);
        sorted.sort(Comparator.comparingInt((NamedQuery q) -> {
            int i = ORDER.indexOf(q.name());
            return i < 0 ? ORDER.size() : i;
        }).thenComparing(NamedQuery::name));
        return sorted;
    }

    private static Path copyOfBundledSeeds() throws IOException {
        Path bundled = BundledDirectory.find("seeds")
                .orElseThrow(() -> new IllegalStateException("no seeds/ here and none bundled in the jar"));
        Path tmp = Files.createTempDirectory("parley-seeds");
        try (Stream<Path> files = Files.list(bundled)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, tmp.resolve(f.getFileName().toString()));
            }
        }
        return tmp;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the temporary copy of the seeds in " + dir, e);
        }
    }
}
