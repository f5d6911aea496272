package org.parley.rdf;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** JSON Lines in the corpus guidelines' scoring form: one {@link ArticleJson} object per line. */
final class JsonLinesGraphWriter implements ArticleGraphWriter {
    private final ObjectMapper mapper = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final ArticleJson json = new ArticleJson(mapper);
    private final OutputStream out;

    JsonLinesGraphWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(ArticleGraph graph) {
        try {
            out.write(mapper.writeValueAsString(json.toJson(graph)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output", e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output", e);
        }
    }
}
