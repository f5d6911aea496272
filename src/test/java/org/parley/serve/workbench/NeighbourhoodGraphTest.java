package org.parley.serve.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.GraphReader;
import org.parley.export.Selection;
import org.parley.export.VisualEdge;
import org.parley.export.VisualGraph;
import org.parley.export.VisualNode;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.serve.TestArticles;
import org.parley.store.ParleyStore;

/** The actor page's graph is the export's graph of the actor's neighbourhood: every edge has the actor at one end. */
class NeighbourhoodGraphTest {
    @TempDir
    static Path dir;
    static ParleyStore store;

    @BeforeAll
    static void fill() {
        store = ParleyStore.open(dir.resolve("store"));
        List<ArticleGraph> articles = new ArrayList<>(TestArticles.both());
        articles.add(TestArticles.hostile());
        store.write(articles);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource({"state/pakistan, Pakistan", "state/egypt, Egypt", "person/ishaq-dar, Ishaq Dar", "state/qatar, Qatar"})
    void itIsTheActorsNeighbourhoodAsTheExportDrawsIt(String id, String label) {
        VisualGraph shown = new NeighbourhoodGraph(new StoreReader(store.dataset())).of(label);
        VisualNode actor = shown.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow();
        assertEquals(DIP.ID + id, actor.iri());
        assertFalse(shown.edges().isEmpty());
        for (VisualEdge e : shown.edges()) {
            assertTrue(e.source().equals(actor.id()) || e.target().equals(actor.id()), e + " does not touch " + label);
        }
        assertEquals(GraphReader.read(store.dataset(), Selection.everything().withActor(label, 1)).graph(), shown);
    }
}
