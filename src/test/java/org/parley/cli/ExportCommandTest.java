package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.ExportFixturesAccess;
import org.parley.store.ParleyStore;
import picocli.CommandLine;

/** {@code parley export} end to end, against a TDB2 store holding the two hand-built article graphs. */
class ExportCommandTest {
    @TempDir
    static Path storeDir;

    @TempDir
    Path out;

    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void fillStore() {
        ParleyStore store = ParleyStore.open(storeDir);
        try {
            store.write(ExportFixturesAccess.bothArticleGraphs());
        } finally {
            store.close();
        }
    }

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(Stream.concat(Stream.of("export", "--store", storeDir.toString()), Stream.of(args)).toArray(String[]::new));
    }

    @Test
    void writesTheChosenFormatToTheFile() throws Exception {
        Path file = out.resolve("graph.json");
        assertEquals(0, run("--format", "cytoscape", "-o", file.toString()), err.toString());
        JsonNode elements = new ObjectMapper().readTree(file.toFile()).get("elements");
        assertEquals(ExportFixturesAccess.BOTH_NODES, elements.get("nodes").size());
        assertEquals(ExportFixturesAccess.BOTH_EDGES, elements.get("edges").size());
        assertTrue(err.toString().contains("written to " + file), err.toString());
        assertTrue(err.toString().contains("1 relation(s) name no agent"), err.toString());
    }

    @Test
    void refusesToOverwriteWithoutForceAndLeavesTheFileAlone() throws Exception {
        Path file = out.resolve("graph.dot");
        Files.writeString(file, "keep me");
        assertEquals(2, run("-o", file.toString()));
        assertEquals("keep me", Files.readString(file));
        assertTrue(err.toString().contains(file + " already exists; pass --force"), err.toString());

        assertEquals(0, run("-o", file.toString(), "--force"), err.toString());
        assertTrue(Files.readString(file).startsWith("digraph parley {"));
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void selectionOptionsPickTheSubgraph() throws Exception {
        Path file = out.resolve("warns.json");
        assertEquals(0, run("--format", "cytoscape", "-o", file.toString(), "--relation", "warns", "--since", "2026-03-01"), err.toString());
        JsonNode edges = new ObjectMapper().readTree(file.toFile()).get("elements").get("edges");
        assertEquals(1, edges.size());
        assertEquals("warns", edges.get(0).get("data").get("label").asText());

        Path iran = out.resolve("iran.json");
        assertEquals(0, run("--format", "cytoscape", "-o", iran.toString(), "--actor", "Iran", "--depth", "1"), err.toString());
        assertEquals(3, new ObjectMapper().readTree(iran.toFile()).get("elements").get("edges").size());
    }

    @Test
    void aSinceThatSelectsNothingSaysWhy() {
        Path file = out.resolve("late.json");
        assertEquals(0, run("--format", "cytoscape", "-o", file.toString(), "--since", "2026-03-02"), err.toString());
        assertTrue(err.toString().contains("parley export: --since 2026-03-02 selects nothing: no article with relations"
                + " was published on or after 2026-03-02 (the latest article was published on 2026-03-01)"), err.toString());

        err.getBuffer().setLength(0);
        assertEquals(0, run("--format", "cytoscape", "-o", out.resolve("early.json").toString(), "--since", "2026-03-01"), err.toString());
        assertFalse(err.toString().contains("selects nothing"), err.toString());
    }

    @Test
    void queryFileSelects() throws Exception {
        Path q = out.resolve("hosts.rq");
        Files.writeString(q, "PREFIX dip: <https://w3id.org/parley/dip#>\n"
                + "CONSTRUCT { ?a dip:agent ?x } WHERE { ?a a dip:Hosting ; dip:agent ?x }\n");
        Path file = out.resolve("hosts.json");
        assertEquals(0, run("--format", "cytoscape", "-o", file.toString(), "--query", q.toString()), err.toString());
        JsonNode edges = new ObjectMapper().readTree(file.toFile()).get("elements").get("edges");
        assertEquals(1, edges.size());
        assertEquals("hosts", edges.get(0).get("data").get("label").asText());
    }

    @Test
    void jsonLdExportParsesAsRdf() throws Exception {
        Path file = out.resolve("graph.jsonld");
        assertEquals(0, run("--format", "jsonld", "-o", file.toString(), "--article", "second-article"), err.toString());
        org.apache.jena.rdf.model.Model m = org.apache.jena.riot.RDFDataMgr.loadModel(file.toString());
        assertTrue(m.size() > 0);
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, run("--format", "pdf"));
        assertTrue(err.toString().contains("unknown format 'pdf'"), err.toString());
        assertEquals(2, run("--relation", "likes"));
        assertEquals(2, run("--since", "March"));
        assertEquals(2, run("--depth", "2"));
        assertEquals(2, run("--render", "svg"));
        assertEquals(2, run("--render", "svg", "-o", out.resolve("x.svg").toString(), "--format", "gexf"));
        assertFalse(Files.exists(out.resolve("x.svg")));
    }

    @Test
    void unknownActorAndMissingStoreAreClearFailures() {
        assertEquals(1, run("--actor", "Atlantis"));
        assertTrue(err.toString().contains("Atlantis"), err.toString());
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err, true));
        Path missing = out.resolve("no-store");
        assertEquals(1, cli.execute("export", "--store", missing.toString()));
        assertTrue(err.toString().contains("no store at " + missing), err.toString());
        assertFalse(Files.exists(missing), "export does not create a store");
    }

    @Test
    void rendersSvgWithGraphviz() throws Exception {
        if (!org.parley.export.GraphvizRenderer.fromEnvironment().graphviz().isPresent()) {
            if (System.getenv("CI") != null) throw new AssertionError("Graphviz is not installed; .ci/run must install it");
            org.junit.jupiter.api.Assumptions.abort("Graphviz is not installed; skipped outside CI");
        }
        Path svg = out.resolve("graph.svg");
        assertEquals(0, run("--render", "svg", "-o", svg.toString()), err.toString());
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(text.contains("<svg") && text.contains("Türkiye"), text.substring(0, Math.min(300, text.length())));
        assertTrue(err.toString().contains("with Graphviz dot"), err.toString());
    }
}
