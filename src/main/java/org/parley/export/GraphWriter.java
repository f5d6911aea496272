package org.parley.export;

import java.io.IOException;
import java.io.Writer;

/** Writes a {@link VisualGraph} in one file format. */
public interface GraphWriter {
    void write(VisualGraph graph, Writer out) throws IOException;
}
