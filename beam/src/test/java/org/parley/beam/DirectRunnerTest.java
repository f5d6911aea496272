package org.parley.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.DIP;

/**
 * The Beam pipeline on the DirectRunner gives what {@code parley extract --format nq} gives on the
 * same files: the same named graphs with the same triples, and for inputs that cannot be read the
 * same error lines, while the good articles still come through.
 */
class DirectRunnerTest {
    @TempDir
    Path tmp;

    @Test
    void theDevCorpusGivesTheGraphsOfParleyExtract() throws Exception {
        Path dev = Corpus.dev();
        Corpus.Run extract = Corpus.parley("extract", "--format", "nq", "--threads", "2", dev.toString());
        assertEquals(0, extract.status(), extract.err());
        Map<String, Set<Triple>> expected = Quads.parse(extract.out());

        Corpus.Run beam = Corpus.beam("--input=" + dev + "/*.txt", "--output=" + tmp.resolve("graph"), "--numShards=3");
        assertEquals(0, beam.status(), beam.err());
        Map<String, Set<Triple>> actual = Quads.shards(tmp, "graph");

        assertEquals(Corpus.devTexts().size(), expected.size(), "one graph per dev article");
        assertTrue(expected.values().stream().allMatch(g -> g.stream().anyMatch(t -> t.getPredicate().equals(DIP.text.asNode()))));
        assertEquals(expected.keySet(), actual.keySet());
        for (String graph : expected.keySet()) assertEquals(expected.get(graph), actual.get(graph), graph);
        assertEquals(3, Quads.files(tmp, "graph").size(), "--numShards=3 shards: " + Quads.files(tmp, "graph"));
        assertTrue(Quads.files(tmp, "graph").stream().allMatch(f -> f.toString().endsWith(".nq.gz")));
        assertEquals(List.of(), Quads.lines(tmp, "graph-errors"));
        assertEquals(expected.size() + " articles extracted, 0 inputs failed; N-Quads in " + tmp.resolve("graph") + "-*",
                beam.out().strip());
    }

    @Test
    void badInputsAreListedWithTheReasonsExtractGivesAndTheRestGoesThrough() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Corpus.devTexts().get(0), in.resolve("good.txt"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("picture.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        Files.writeString(in.resolve("french.txt"), "Le ministre des affaires étrangères a invité son homologue à"
                + " participer au sommet de la paix, qui se tiendra la semaine prochaine dans la capitale.\n");
        Files.writeString(in.resolve("feed.jsonl"), "{\"id\": \"feed-1\", \"text\": "
                + "\"Egypt has invited Pakistan to attend the Gaza peace summit in Sharm el-Sheikh on Monday.\"}\n"
                + "{\"id\": \"feed-2\", \"text\": \n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.md"), "not an article type: passed over, as a folder walk does\n");

        Corpus.Run extract = Corpus.parley("extract", "--format", "nq", in.toRealPath().toString());
        assertEquals(1, extract.status(), extract.err());
        Corpus.Run beam = Corpus.beam("--input=" + in.toRealPath() + "/", "--output=" + tmp.resolve("out/graph"), "--gzip=false");
        assertEquals(1, beam.status(), beam.err());

        Set<String> extractErrors = new TreeSet<>(extract.err().lines().toList());
        assertEquals(4, extractErrors.size(), extract.err());
        assertEquals(extractErrors, new TreeSet<>(Quads.lines(tmp.resolve("out"), "graph-errors")));
        assertTrue(beam.err().lines().toList().containsAll(extractErrors), beam.err());
        assertEquals(Quads.parse(extract.out()), Quads.shards(tmp.resolve("out"), "graph"));
        assertEquals(2, Quads.shards(tmp.resolve("out"), "graph").size(), "good.txt and the good JSON Lines record");
        assertTrue(beam.out().startsWith("2 articles extracted, 4 inputs failed"), beam.out());
    }

    @Test
    void twoInputsWithOneArticleIdKeepTheOneExtractKeepsAndListTheOther() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = "Egypt has invited Pakistan to attend the Gaza peace summit in Sharm el-Sheikh on Monday.";
        Files.writeString(in.resolve("talks.txt"), "From the text file: " + text + "\n");
        Files.writeString(in.resolve("talks.html"), "<html><body><p>From the page: " + text + "</p></body></html>\n");
        Files.writeString(in.resolve("other.txt"), text + "\n");

        Corpus.Run extract = Corpus.parley("extract", "--format", "nq", in.toRealPath().toString());
        assertEquals(1, extract.status(), extract.err());
        Corpus.Run beam = Corpus.beam("--input=" + in.toRealPath() + "/", "--output=" + tmp.resolve("out/graph"), "--gzip=false");
        assertEquals(1, beam.status(), beam.err());

        assertEquals(1, extract.err().lines().count(), extract.err());
        assertTrue(extract.err().contains("has the same article id 'talks' as "), extract.err());
        assertEquals(extract.err().lines().toList(), Quads.lines(tmp.resolve("out"), "graph-errors"));
        Map<String, Set<Triple>> graphs = Quads.shards(tmp.resolve("out"), "graph");
        assertEquals(Quads.parse(extract.out()), graphs);
        assertEquals(2, graphs.size(), "talks and other, one graph each: " + graphs.keySet());
        assertTrue(beam.out().startsWith("2 articles extracted, 1 input failed;"), beam.out());
    }

    @Test
    void aJobWithNowhereToWriteIsAUsageError() {
        Corpus.Run beam = Corpus.beam("--input=articles/");
        assertEquals(2, beam.status());
        assertEquals("parley beam: nowhere to write: give --output=PREFIX (N-Quads shards), --endpoint=URL, or both\n"
                + "Try 'parley beam --help'.\n", beam.err());
    }
}
