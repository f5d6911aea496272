package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.RelationType;
import org.parley.testkit.ExternalTool;

class GraphvizRendererTest {
    @TempDir
    Path dir;

    /** A ring of n people, each warning the next. */
    static VisualGraph ring(int n) {
        List<VisualNode> nodes = new ArrayList<>();
        List<VisualEdge> edges = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            nodes.add(new VisualNode("n" + i, "https://example.org/p" + i, "Person " + i, NodeType.PERSON));
            edges.add(new VisualEdge("e" + i, "n" + i, "n" + ((i + 1) % n), RelationType.WARNS, List.of("a"),
                    List.of(new Evidence("a", "sentence " + i)), i % 2 == 0));
        }
        return new VisualGraph(nodes, edges);
    }

    @Test
    void smallGraphsGetDotAndLargeOnesSfdp() {
        assertEquals("dot", GraphvizRenderer.engineFor(ExportFixtures.bothVisual()));
        assertEquals("dot", GraphvizRenderer.engineFor(ring(GraphvizRenderer.DOT_MAX_NODES)));
        assertEquals("sfdp", GraphvizRenderer.engineFor(ring(GraphvizRenderer.DOT_MAX_NODES + 1)));
    }

    @Test
    void missingGraphvizIsSaidPlainly() {
        GraphvizRenderer none = new GraphvizRenderer(dir.toString());
        assertFalse(none.graphviz().isPresent());
        ExportException e = assertThrows(ExportException.class,
                () -> none.render("digraph {}", "dot", GraphvizRenderer.Output.SVG, dir.resolve("x.svg")));
        assertTrue(e.getMessage().startsWith("Graphviz is not installed"), e.getMessage());
    }

    @Test
    void rendersLargeGraphsWithSfdpAndPngToo() throws Exception {
        ExternalTool.require("Graphviz", "dot");
        VisualGraph big = ring(400);
        StringWriter dot = new StringWriter();
        new DotWriter().write(big, dot);
        Path svg = dir.resolve("big.svg");
        GraphvizRenderer.fromEnvironment().render(dot.toString(), GraphvizRenderer.engineFor(big), GraphvizRenderer.Output.SVG, svg);
        assertTrue(Files.readString(svg).contains("Person 399"));
        Path png = dir.resolve("small.png");
        StringWriter small = new StringWriter();
        new DotWriter().write(ExportFixtures.seedVisual(), small);
        GraphvizRenderer.fromEnvironment().render(small.toString(), "dot", GraphvizRenderer.Output.PNG, png);
        byte[] head = Files.readAllBytes(png);
        assertEquals((byte) 0x89, head[0]);
        assertEquals('P', head[1]);
    }

    @Test
    void graphvizErrorsAreReported() {
        ExternalTool.require("Graphviz", "dot");
        ExportException e = assertThrows(ExportException.class, () -> GraphvizRenderer.fromEnvironment()
                .render("digraph { a -> }", "dot", GraphvizRenderer.Output.SVG, dir.resolve("bad.svg")));
        assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
    }
}
