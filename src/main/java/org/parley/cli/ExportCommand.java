package org.parley.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.parley.export.ExportData;
import org.parley.export.ExportException;
import org.parley.export.ExportFormat;
import org.parley.export.GraphReader;
import org.parley.export.GraphvizRenderer;
import org.parley.export.OutputFile;
import org.parley.export.Selection;
import org.parley.extract.RelationType;
import org.parley.store.ParleyStore;
import org.parley.store.NoStoreException;
import org.parley.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley export}: the graph, or part of it, in the formats visualisation tools read. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Writes the graph, or a selection of it, for visualisation tools: nodes are actors and events,"
                    + " edges the relations invites, represents, hosts and warns, with how many articles support"
                    + " each and the evidence sentences. An edge that only hedged reports support is drawn dashed.",
            "",
            "Formats: dot (Graphviz), graphml (Gephi, yEd, Cytoscape desktop), gexf (Gephi, GEXF 1.3),"
                    + " cytoscape (Cytoscape.js elements JSON), jsonld (the selected RDF), html (one self-contained"
                    + " interactive page that opens offline).",
            "",
            "Selection options combine: every one given must hold."},
        footer = {"", "Exit status: 0 written; 1 the export failed (store, query, Graphviz or I/O; nothing is left half-written);"
                + " 2 bad options, or the output file exists and --force was not given; 3 the store is in use by another process.",
                "", "Examples:",
                "  parley export --format html -o graph.html",
                "  parley export --format dot --actor Iran --depth 2 | dot -Tsvg > iran.svg",
                "  parley export --render svg -o graph.svg --relation warns --since 2026-01-01",
                "  parley export --article seed-pakistan-us-iran-talks --format gexf > seed.gexf"})
public final class ExportCommand implements Callable<Integer> {
    static final int FAILED = 1;
    static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FMT", defaultValue = "dot",
            description = "dot, graphml, gexf, cytoscape, jsonld or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (whole or not at all) instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Replace FILE when it already exists.")
    boolean force;

    @Option(names = "--render", paramLabel = "svg|png",
            description = "Draw the DOT export with Graphviz into FILE (needs -o and Graphviz on the PATH);"
                    + " 'dot' lays out graphs of up to 150 nodes, 'sfdp' larger ones.")
    String render;

    @Option(names = "--store", paramLabel = "DIR", description = "The store directory (default: ${DEFAULT-VALUE}).")
    Path store = ParleyStore.DEFAULT_DIR;

    @Option(names = "--article", paramLabel = "ID", description = "Only relations from the article with this id.")
    String article;

    @Option(names = "--actor", paramLabel = "NAME",
            description = "Only the neighbourhood of this actor or event (its name or another name it goes by, any case).")
    String actor;

    @Option(names = "--depth", paramLabel = "N",
            description = "How many hops the --actor neighbourhood reaches (default: 1).")
    Integer depth;

    @Option(names = "--relation", paramLabel = "TYPE", description = "Only this relation: invites, represents, hosts or warns.")
    String relation;

    @Option(names = "--since", paramLabel = "DATE", description = "Only articles published on or after DATE (YYYY-MM-DD).")
    String since;

    @Option(names = "--query", paramLabel = "FILE.rq",
            description = "Only the edges a SPARQL query names: a CONSTRUCT of assertions (dip:agent, dip:target)"
                    + " or of direct relations (?a dip:invites ?b), or a SELECT ?s ?p ?o with ?p a direct relation.")
    Path query;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExportFormat fmt;
        Selection selection;
        GraphvizRenderer.Output renderAs = null;
        try {
            fmt = ExportFormat.fromName(format);
            selection = selection();
            if (render != null) {
                renderAs = switch (render.toLowerCase(java.util.Locale.ROOT)) {
                    case "svg" -> GraphvizRenderer.Output.SVG;
                    case "png" -> GraphvizRenderer.Output.PNG;
                    default -> throw new IllegalArgumentException("--render takes svg or png, not '" + render + "'");
                };
                if (output == null) throw new IllegalArgumentException("--render needs -o FILE for the picture");
                if (fmt != ExportFormat.DOT) throw new IllegalArgumentException("--render draws the DOT export; leave out --format " + format);
            }
        } catch (IllegalArgumentException e) {
            err.println("parley export: " + e.getMessage());
            return USAGE;
        }
        if (output != null) {
            try {
                OutputFile.checkTarget(output, force);
            } catch (IOException e) {
                err.println("parley export: " + e.getMessage());
                return USAGE;
            }
        }
        try {
            ExportData data;
            ParleyStore opened = StoreOption.openToRead(store);
            try {
                data = GraphReader.read(opened.dataset(), selection, fmt == ExportFormat.JSONLD);
            } finally {
                opened.close();
            }
            if (selection.since() != null && data.graph().edges().isEmpty()) err.println("parley export: " + sinceSelectsNothing(data.dates()));
            String summary = data.graph().nodes().size() + " nodes and " + data.graph().edges().size() + " edges";
            if (renderAs != null) {
                String engine = GraphvizRenderer.engineFor(data.graph());
                err.println("parley export: drawing " + summary + " with Graphviz " + engine + "…");
                ByteArrayOutputStream dot = new ByteArrayOutputStream();
                fmt.write(data, dot);
                GraphvizRenderer.Output as = renderAs;
                OutputFile.produce(output, force, tmp -> GraphvizRenderer.fromEnvironment()
                        .render(dot.toString(StandardCharsets.UTF_8), engine, as, tmp));
            } else if (output != null) {
                OutputFile.write(output, force, out -> fmt.write(data, out));
            } else {
                fmt.write(data, System.out);
                System.out.flush();
                if (StandardOutput.failed()) return FAILED; // the process says why as it exits
            }
            err.println("parley export: " + summary + (output != null ? " written to " + output : ""));
            if (data.undrawn() > 0) {
                err.println("parley export: " + data.undrawn() + " relation(s) name no agent (or no target and no event)"
                        + " and have no edge to draw; they are in the store and the jsonld export");
            }
            return 0;
        } catch (OutputFile.OutputExistsException | OutputFile.NotARegularFileException e) {
            err.println("parley export: " + e.getMessage());
            return USAGE;
        } catch (StoreUnavailableException e) {
            err.println("parley export: " + e.getMessage());
            return ExitCodes.STORE_UNAVAILABLE;
        } catch (NoStoreException e) {
            err.println("parley export: " + e.getMessage());
            return FAILED;
        } catch (ExportException e) {
            err.println("parley export: " + e.getMessage());
            return FAILED;
        } catch (IOException e) {
            err.println("parley export: cannot write " + (output != null ? output : "standard output") + ": " + e.getMessage());
            return FAILED;
        } catch (OutOfMemoryError e) {
            // Whatever held the memory is unreachable once this frame is left, so printing is safe.
            err.println("parley export: out of memory (the Java heap is "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB): select less (--actor, --relation,"
                    + " --since, --article) or give Java more memory, e.g. PARLEY_JAVA_OPTS=-Xmx4g; "
                    + (output != null ? output + " was not written" : "standard output may hold part of the export"));
            return FAILED;
        }
    }

    /** Why --since left nothing: every article is older, or carries no date at all (a plain-text file has none). */
    private String sinceSelectsNothing(ExportData.Dates dates) {
        String head = "--since " + since + " selects nothing: ";
        if (dates.articles() == 0) return head + "the store holds no relations";
        List<String> why = new ArrayList<>();
        if (dates.latest() != null) why.add("the latest article was published on " + dates.latest());
        int n = dates.undated();
        if (n == dates.articles()) why.add(n == 1 ? "the one article carries no publication date" : "none of the " + n + " articles carries a publication date");
        else if (n > 0) why.add(n + " of " + dates.articles() + " articles carry no publication date");
        return head + "no article with relations was published on or after " + since + " (" + String.join("; ", why) + ")";
    }

    private Selection selection() {
        Selection s = Selection.everything();
        if (article != null) s = s.withArticle(article);
        if (depth != null && actor == null) throw new IllegalArgumentException("--depth goes with --actor");
        if (depth != null && depth < 0) throw new IllegalArgumentException("--depth must be 0 or more");
        if (actor != null) s = s.withActor(actor, depth == null ? Selection.DEFAULT_DEPTH : depth);
        if (relation != null) s = s.withRelation(RelationType.fromLabel(relation));
        if (since != null) {
            try {
                s = s.withSince(LocalDate.parse(since));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--since takes a date as YYYY-MM-DD, not '" + since + "'");
            }
        }
        if (query != null) {
            if (!Files.isReadable(query)) throw new IllegalArgumentException("cannot read query file " + query);
            s = s.withQuery(query);
        }
        return s;
    }
}
