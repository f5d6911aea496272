package org.parley.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, by the names the command line uses. */
public enum ExportFormat {
    DOT("dot", new DotWriter()),
    GRAPHML("graphml", new GraphMlWriter()),
    GEXF("gexf", new GexfWriter()),
    CYTOSCAPE("cytoscape", new CytoscapeJsonWriter()),
    JSONLD("jsonld", null),
    HTML("html", new HtmlWriter());

    private final String name;
    private final GraphWriter writer;

    ExportFormat(String name, GraphWriter writer) {
        this.name = name;
        this.writer = writer;
    }

    public String cliName() { return name; }

    /** Writes the export as UTF-8; the stream stays open. */
    public void write(ExportData data, OutputStream out) throws IOException {
        if (this == JSONLD) {
            new JsonLdWriter().write(data.rdf(), out);
            out.flush();
            return;
        }
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(data.graph(), w);
        w.flush();
    }

    public static ExportFormat fromName(String name) {
        for (ExportFormat f : values()) if (f.name.equals(name.toLowerCase(Locale.ROOT))) return f;
        throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + names() + ")");
    }

    public static String names() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }
}
