package org.parley.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same pipeline on a real engine: Apache Flink, embedded in this JVM ({@code --flinkMaster=[local]})
 * with two parallel workers, over a few hundred articles. Its N-Quads equal those of
 * {@code parley extract} on the same files.
 */
class FlinkRunnerTest {
    private static final int ARTICLES = 200;

    @TempDir
    Path tmp;

    @Test
    void flinkWithParallelismTwoGivesTheGraphsOfParleyExtract() throws Exception {
        Path in = tmp.resolve("articles");
        Corpus.copies(ARTICLES, in);
        Corpus.Run extract = Corpus.parley("extract", "--format", "nq", "--threads", "2", in.toRealPath().toString());
        assertEquals(0, extract.status(), extract.err());
        Map<String, Set<Triple>> expected = Quads.parse(extract.out());

        Corpus.Run flink = Corpus.beam("--input=" + in.toRealPath() + "/", "--output=" + tmp.resolve("out/graph"),
                "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
        assertEquals(0, flink.status(), flink.err());
        assertTrue(flink.err().contains("on FlinkRunner"), flink.err());
        assertEquals(ARTICLES + " articles extracted, 0 inputs failed; N-Quads in " + tmp.resolve("out/graph") + "-*",
                flink.out().strip());

        Map<String, Set<Triple>> actual = Quads.shards(tmp.resolve("out"), "graph");
        assertEquals(ARTICLES, expected.size());
        assertEquals(expected.keySet(), actual.keySet());
        for (String graph : expected.keySet()) assertEquals(expected.get(graph), actual.get(graph), graph);
    }
}
