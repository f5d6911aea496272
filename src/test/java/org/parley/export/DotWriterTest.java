package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.parley.extract.RelationType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.parley.testkit.ExternalTool;

class DotWriterTest {
    private static final String SVG = "http://www.w3.org/2000/svg";

    @Test
    void graphvizAcceptsTheExport() throws Exception {
        Graphviz result = graphviz(WriterTesting.write(new DotWriter(), ExportFixtures.bothVisual()));
        assertEquals(0, result.status, result.stderr);
        assertFalse(result.stderr.contains("rror"), result.stderr);
        assertTrue(result.svg.contains("<svg"));
    }

    @Test
    void everySpecialCharacterOfANameSurvivesGraphvizDrawingIt() throws Exception {
        VisualGraph g = ExportFixtures.bothVisual();
        VisualNode special = ExportFixtures.nodeLabelled(g, ExportFixtures.SPECIAL);
        Graphviz result = graphviz(WriterTesting.write(new DotWriter(), g));
        assertEquals(0, result.status, result.stderr);
        // Graphviz draws each line of a label as one <text>; the node's <title> is its id. A drawing
        // shows a tab as a space; every other character comes through as it was.
        assertEquals(ExportFixtures.SPECIAL.replace('\t', ' '), nodeText(XmlTesting.parse(result.svg), special.id()));
        assertEquals("Ελλάδα", nodeText(XmlTesting.parse(result.svg), ExportFixtures.nodeLabelled(g, "Ελλάδα").id()));
    }

    /**
     * Names made to break out of a DOT string (a quote, then an edge of their own) or to use
     * Graphviz's escapes: Graphviz accepts the file, draws exactly the graph's nodes and edges, and
     * shows each name as it is; nothing in the picture is markup of the names' making.
     */
    @Test
    void untrustedNamesGiveValidGraphvizThatDrawsThemAsText() throws Exception {
        VisualGraph g = ExportFixtures.hostileVisual();
        Graphviz result = graphviz(WriterTesting.write(new DotWriter(), g));
        assertEquals(0, result.status, result.stderr);
        assertFalse(result.stderr.contains("rror") || result.stderr.contains("arning"), result.stderr);
        Document svg = XmlTesting.parse(result.svg);
        assertEquals(g.nodes().size(), countGroups(svg, "node"), "a name added or hid a node");
        assertEquals(g.edges().size(), countGroups(svg, "edge"), "a name added or hid an edge");
        assertEquals(0, svg.getElementsByTagNameNS(SVG, "script").getLength());
        assertEquals(0, svg.getElementsByTagName("injected").getLength());
        for (String name : ExportFixtures.HOSTILE) {
            assertEquals(name, nodeText(svg, ExportFixtures.nodeLabelled(g, name).id()));
        }
    }

    private static int countGroups(Document svg, String kind) {
        NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
        int n = 0;
        for (int i = 0; i < groups.getLength(); i++) if (kind.equals(((Element) groups.item(i)).getAttribute("class"))) n++;
        return n;
    }

    @Test
    void hedgedEdgesAreDashedAndAssertedOnesAreNot() throws IOException {
        VisualGraph g = ExportFixtures.seedVisual();
        String dot = WriterTesting.write(new DotWriter(), g);
        VisualEdge dar = VisualGraphBuilderTest.edge(g, ExportFixtures.nodeLabelled(g, "Ishaq Dar"), RelationType.REPRESENTS, ExportFixtures.nodeLabelled(g, "Pakistan"));
        VisualEdge andrabi = VisualGraphBuilderTest.edge(g, ExportFixtures.nodeLabelled(g, "Tahir Andrabi"), RelationType.REPRESENTS, ExportFixtures.nodeLabelled(g, "Pakistan"));
        assertTrue(edgeLine(dot, dar).contains("style=dashed"));
        assertFalse(edgeLine(dot, andrabi).contains("style=dashed"));
    }

    @Test
    void quotingEscapesQuotesBackslashesAndLineBreaks() {
        assertEquals("\"a\\\"b\\\\c\\nd\"", DotWriter.quote("a\"b\\c\nd"));
        assertEquals("\"Türkiye\"", DotWriter.quote("Türkiye"));
        assertEquals("\"AT&amp;T &amp;#60;\"", DotWriter.quote("AT&T &#60;"));
    }

    private static String edgeLine(String dot, VisualEdge e) {
        return dot.lines().filter(l -> l.contains("\"" + e.source() + "\" -> \"" + e.target() + "\"")).findFirst().orElseThrow();
    }

    private static String nodeText(Document svg, String nodeId) {
        NodeList groups = svg.getElementsByTagNameNS(SVG, "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element g = (Element) groups.item(i);
            if (!"node".equals(g.getAttribute("class"))) continue;
            if (!nodeId.equals(g.getElementsByTagNameNS(SVG, "title").item(0).getTextContent())) continue;
            NodeList texts = g.getElementsByTagNameNS(SVG, "text");
            List<String> lines = new ArrayList<>();
            for (int t = 0; t < texts.getLength(); t++) lines.add(texts.item(t).getTextContent());
            return String.join("\n", lines);
        }
        throw new AssertionError("no node " + nodeId + " in the SVG");
    }

    record Graphviz(int status, String svg, String stderr) {}

    static Graphviz graphviz(String dot) throws Exception {
        Path exe = ExternalTool.require("Graphviz", "dot");
        Process p = new ProcessBuilder(exe.toString(), "-Tsvg").start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        try (var in = p.getOutputStream()) {
            in.write(dot.getBytes(StandardCharsets.UTF_8));
        }
        int status = p.waitFor();
        return new Graphviz(status, out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
