package org.parley.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/** N-Quads read back as sets of triples per named graph: what "equal as sets, per graph" compares. */
final class Quads {
    private Quads() {}

    static Map<String, Set<Triple>> parse(String nQuads) {
        Map<String, Set<Triple>> graphs = new HashMap<>();
        RDFParser.fromString(nQuads, Lang.NQUADS).parse(collector(graphs));
        return graphs;
    }

    /** Every N-Quads shard {@code DIR/NAME-*.nq} or {@code .nq.gz}, merged. */
    static Map<String, Set<Triple>> shards(Path dir, String name) throws IOException {
        Map<String, Set<Triple>> graphs = new HashMap<>();
        for (Path shard : files(dir, name)) {
            String file = shard.getFileName().toString();
            if (!file.endsWith(".nq") && !file.endsWith(".nq.gz")) continue;
            try (InputStream in = file.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(shard)) : Files.newInputStream(shard)) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(collector(graphs));
            }
        }
        return graphs;
    }

    /** The shards {@code DIR/NAME-*} of one output, in name order: a digit follows the dash (a shard number or a window's date). */
    static List<Path> files(Path dir, String name) throws IOException {
        try (Stream<Path> listing = Files.list(dir)) {
            return listing.filter(p -> p.getFileName().toString().matches(java.util.regex.Pattern.quote(name) + "-\\d.*"))
                    .sorted().toList();
        }
    }

    /** The lines of every file {@code DIR/NAME-*.txt}. */
    static List<String> lines(Path dir, String name) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        for (Path f : files(dir, name)) lines.addAll(Files.readAllLines(f));
        return lines;
    }

    private static StreamRDFBase collector(Map<String, Set<Triple>> graphs) {
        return new StreamRDFBase() {
            @Override
            public void quad(Quad quad) {
                graphs.computeIfAbsent(quad.getGraph().getURI(), g -> new HashSet<>()).add(quad.asTriple());
            }

            @Override
            public void triple(Triple triple) {
                throw new AssertionError("a triple outside any named graph: " + triple);
            }
        };
    }
}
