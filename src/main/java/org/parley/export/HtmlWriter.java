package org.parley.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * One self-contained HTML page: Cytoscape.js (from the webjar on the classpath) and the graph inlined,
 * so it opens offline and fetches nothing. Colours by node type, a search box, a details panel for the
 * clicked node (its relations) or edge (its evidence sentences and articles). The page reports its
 * element counts as {@code window.parleyGraph} and as data attributes on {@code <body>}.
 */
public final class HtmlWriter implements GraphWriter {
    private static final String TEMPLATE = "/org/parley/export/graph-view.html";
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars.npm/cytoscape/pom.properties";
    private static final String LIBRARY_TOKEN = "@@CYTOSCAPE_JS@@";
    private static final String DATA_TOKEN = "@@GRAPH_JSON@@";
    private static final Pattern SCRIPT_END = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);

    @Override
    public void write(VisualGraph graph, Writer out) throws IOException {
        String template = resource(TEMPLATE);
        int lib = template.indexOf(LIBRARY_TOKEN);
        int data = template.indexOf(DATA_TOKEN);
        out.write(template, 0, lib);
        out.write(SCRIPT_END.matcher(cytoscapeJs()).replaceAll("<\\\\/$1"));
        out.write(template, lib + LIBRARY_TOKEN.length(), data - lib - LIBRARY_TOKEN.length());
        out.write(graphJson(graph));
        out.write(template, data + DATA_TOKEN.length(), template.length() - data - DATA_TOKEN.length());
    }

    /**
     * The graph as JSON safe inside a {@code <script>} element: {@code <}, {@code >} and {@code &}
     * escaped as \\u sequences so that no name can close the element or open a comment.
     */
    static String graphJson(VisualGraph graph) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        ObjectNode palette = root.putObject("palette");
        for (NodeType t : NodeType.values()) palette.put(t.label(), t.colour());
        root.set("elements", CytoscapeJsonWriter.elements(graph));
        StringWriter buffer = new StringWriter();
        try (JsonGenerator gen = json.getFactory().createGenerator(buffer)) {
            gen.setCharacterEscapes(new ScriptSafeEscapes());
            json.writeTree(gen, root);
        }
        return buffer.toString();
    }

    /** Cytoscape.js as the webjar ships it, located through the webjar's version. */
    static String cytoscapeJs() {
        Properties webjar = new Properties();
        try (InputStream in = HtmlWriter.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) throw new ExportException("Cytoscape.js is missing from the classpath (" + WEBJAR_PROPERTIES + "); the build is broken");
            webjar.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource("/META-INF/resources/webjars/cytoscape/" + webjar.getProperty("version") + "/dist/cytoscape.min.js");
    }

    private static String resource(String path) {
        try (InputStream in = HtmlWriter.class.getResourceAsStream(path)) {
            if (in == null) throw new ExportException("resource " + path + " is missing from the classpath; the build is broken");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class ScriptSafeEscapes extends CharacterEscapes {
        private final int[] table;

        ScriptSafeEscapes() {
            table = standardAsciiEscapesForJSON();
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() { return table; }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            // U+2028 and U+2029 end lines in older JavaScript engines
            if (ch == 0x2028) return new SerializedString("\\u2028");
            if (ch == 0x2029) return new SerializedString("\\u2029");
            return null;
        }
    }
}
