package org.parley.rdf;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.riot.RDFFormat;

/** The forms {@code parley extract} writes article graphs in. */
public enum GraphOutputFormat {
    TRIG, TTL, NQ, JSONLD, JSON;

    public static GraphOutputFormat parse(String name) {
        for (GraphOutputFormat f : values()) if (f.name().equalsIgnoreCase(name)) return f;
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    /** A writer that puts each article's graph to {@code out} as it comes. */
    public ArticleGraphWriter writer(OutputStream out) {
        return switch (this) {
            case TRIG -> new StreamingGraphWriter(out, RDFFormat.TRIG_BLOCKS, true);
            case NQ -> new StreamingGraphWriter(out, RDFFormat.NQUADS, true);
            case TTL -> new StreamingGraphWriter(out, RDFFormat.TURTLE_BLOCKS, false);
            case JSONLD -> new JsonLdGraphWriter(out);
            case JSON -> new JsonLinesGraphWriter(out);
        };
    }
}
