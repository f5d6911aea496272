package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.DIP;
import org.parley.store.ParleyStore;

/**
 * Extraction is a stateless map step: {@code parley extract --format nq} over shards of the input,
 * loaded into one TDB2 dataset with Jena's bulk loader (what {@code tdb2.tdbloader} runs), gives
 * the same graphs as one {@code parley ingest} of everything. This is what makes "Scaling out"
 * in the README's "Scaling out" section work.
 */
class ScaleOutTest {
    private static final String DIPLOMACY = "Egypt invites Pakistan to Gaza summit\n"
            + "Egypt has invited Pakistan to attend the Gaza peace summit in Sharm el-Sheikh on Monday, the foreign"
            + " ministry in Cairo said. Foreign Minister Ishaq Dar will represent Pakistan at the summit.\n";
    // one person written three ways in two shards: the store resolves them to one actor either way
    private static final String VOLLMARK_1 = "Norway invites Chile to fisheries talks\n"
            + "Norwegian Foreign Minister Hendrik Vollmark invited Chile to attend fisheries talks in Oslo on Monday.\n";
    private static final String VOLLMARK_2 = "Norway warns Chile over quotas\n"
            + "Foreign Minister Vollmark warned Chile on Tuesday of sanctions if the quota deal collapsed, Norwegian officials said.\n";
    private static final String VOLLMARK_3 = "Chile hosts Norway\n"
            + "Chile will host Norwegian Foreign Minister Hendrik Vollmarck in Santiago next week, officials said.\n";
    private static final String WARNING = "Iran warns US over strikes\n"
            + "Iranian Foreign Minister Abbas Araghchi warned the United States on Tuesday of a regional war if it"
            + " attacked. Oman will host the next round of talks between Iran and the United States in Muscat.\n";

    @TempDir
    Path tmp;

    @Test
    void extractOverTwoShardsLoadedWithTheBulkLoaderEqualsOneIngestOfEverything() throws Exception {
        Path shard1 = Files.createDirectories(tmp.resolve("input/shard-1"));
        Path shard2 = Files.createDirectories(tmp.resolve("input/shard-2"));
        Files.copy(Path.of(CliTest.SEED), shard1.resolve("seed-pakistan-us-iran-talks.txt"));
        Files.writeString(shard1.resolve("egypt-invites-pakistan.txt"), DIPLOMACY, StandardCharsets.UTF_8);
        Files.writeString(shard2.resolve("iran-warns-us.txt"), WARNING, StandardCharsets.UTF_8);
        Files.writeString(shard1.resolve("norway-invites-chile.txt"), VOLLMARK_1, StandardCharsets.UTF_8);
        Files.writeString(shard2.resolve("norway-warns-chile.txt"), VOLLMARK_2, StandardCharsets.UTF_8);
        Files.writeString(shard2.resolve("chile-hosts-norway.txt"), VOLLMARK_3, StandardCharsets.UTF_8);

        // the map step: each shard on its own, as on separate machines
        Path nq1 = extract(shard1, "shard-1.nq");
        Path nq2 = extract(shard2, "shard-2.nq");
        Map<String, Graph> loaded = bulkLoad(tmp.resolve("loaded"), nq1, nq2);

        // the reference: one ingest of the whole folder
        CliTest.Run ingest = CliTest.parley("ingest", "--store", tmp.resolve("ingested").toString(), tmp.resolve("input").toString());
        assertEquals(0, ingest.status(), ingest.err());
        Map<String, Graph> ingested;
        Graph ingestedSummary;
        Graph ingestedIdentities;
        try (ParleyStore store = ParleyStore.open(tmp.resolve("ingested"))) {
            ingested = articleGraphs(store.dataset().asDatasetGraph());
            ingestedSummary = graph(store, DIP.SUMMARY_GRAPH);
            ingestedIdentities = graph(store, DIP.IDENTITY_GRAPH);
        }
        // 'parley summarize' on the bulk-loaded store adds the ontology, resolves identities and
        // summarizes it, as ingest keeps them
        CliTest.Run summarize = CliTest.parley("summarize", "--store", tmp.resolve("loaded").toString());
        assertEquals(0, summarize.status(), summarize.err());
        assertTrue(summarize.out().startsWith("summarized 6 article graphs; "), summarize.out());
        Graph loadedSummary;
        Graph loadedIdentities;
        try (ParleyStore store = ParleyStore.openToRead(tmp.resolve("loaded"), notice -> {
            throw new AssertionError("the store is now up to date, yet: " + notice);
        })) {
            loadedSummary = graph(store, DIP.SUMMARY_GRAPH);
            loadedIdentities = graph(store, DIP.IDENTITY_GRAPH);
        }

        assertEquals(6, ingested.size(), "one graph per article: " + ingested.keySet());
        assertTrue(ingested.values().stream().anyMatch(g -> g.contains(Node.ANY, DIP.agent.asNode(), Node.ANY)),
                "the articles yield relations, so the comparison is not between empty graphs");
        assertEquals(ingested.keySet(), loaded.keySet());
        for (String iri : ingested.keySet()) {
            assertTrue(ingested.get(iri).isIsomorphicWith(loaded.get(iri)),
                    "graph " + iri + " differs between ingest and extract + bulk load");
        }
        assertTrue(ingestedSummary.size() > 0, "the ingested store has a summary");
        assertTrue(ingestedSummary.isIsomorphicWith(loadedSummary), "the summary differs between ingest and extract + bulk load");
        assertTrue(ingestedIdentities.size() > 0, "the three spellings of one person are merged");
        assertTrue(ingestedIdentities.isIsomorphicWith(loadedIdentities),
                "the identities differ between ingest and extract + bulk load");
    }

    private static Graph graph(ParleyStore store, String graphIri) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(NodeFactory.createURI(graphIri)).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private Path extract(Path shard, String name) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("extract", "--format", "nq", "--threads", "2", shard.toString());
        assertEquals(0, status, err.toString());
        assertFalse(out.toString().isBlank(), "extract wrote nothing for " + shard);
        Path file = tmp.resolve(name);
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** Loads N-Quads files into a fresh TDB2 dataset with Jena's bulk loader, as tdb2.tdbloader does. */
    private static Map<String, Graph> bulkLoad(Path dir, Path... files) {
        Dataset dataset = TDB2Factory.connectDataset(Location.create(dir.toString()));
        try {
            DatasetGraph dsg = dataset.asDatasetGraph();
            DataLoader loader = LoaderFactory.createLoader(dsg, (format, args) -> {}); // no progress output
            loader.startBulk();
            for (Path f : files) loader.load(f.toString());
            loader.finishBulk();
            return articleGraphs(dsg);
        } finally {
            dataset.close();
            TDBInternal.expel(dataset.asDatasetGraph());
        }
    }

    /** Every article graph, copied out of the store. */
    private static Map<String, Graph> articleGraphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<String, Graph> graphs = new TreeMap<>();
            dsg.listGraphNodes().forEachRemaining(name -> {
                if (!name.getURI().startsWith(DIP.ARTICLE_GRAPHS)) return;
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                graphs.put(name.getURI(), copy);
            });
            return graphs;
        });
    }
}
