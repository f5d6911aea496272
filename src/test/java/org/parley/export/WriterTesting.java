package org.parley.export;

import java.io.IOException;
import java.io.StringWriter;

final class WriterTesting {
    private WriterTesting() {}

    static String write(GraphWriter writer, VisualGraph graph) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(graph, out);
        return out.toString();
    }
}
