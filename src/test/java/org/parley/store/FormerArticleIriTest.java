package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.testkit.DiplomacyFixture;

/**
 * Earlier versions of parley gave an article whose id is no slug (a URL, "Report_1") the IRI of its
 * slug alone. Storing such an article again replaces that graph, so a store written then does not
 * end up holding the article twice; a graph under the same slug that is another id's stays.
 */
class FormerArticleIriTest {
    @TempDir
    Path tmp;

    @Test
    void storingAnArticleAgainTakesAwayItsGraphUnderTheFormerIri() {
        Article article = DiplomacyFixture.article("https://news.example/2026/03/Talks");
        ArticleGraph former = DiplomacyFixture.graphAsFormerlyStored(article);
        ArticleGraph now = DiplomacyFixture.graph(article);
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(former));
            store.write(List.of(now));
            assertEquals(List.of(now.graphIri()), articleGraphs(store));
            assertSummaryIsTheOneBuiltAfresh(store);
        }
    }

    @Test
    void aGraphUnderTheSameSlugThatIsAnotherIdsStays() {
        ArticleGraph slugId = DiplomacyFixture.graph(DiplomacyFixture.article("report-1"));
        ArticleGraph other = DiplomacyFixture.graph(DiplomacyFixture.article("Report_1"));
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(slugId));
            store.write(List.of(other));
            assertEquals(List.of(other.graphIri(), slugId.graphIri()).stream().sorted().toList(), articleGraphs(store));
        }
    }

    private static List<String> articleGraphs(ParleyStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            List<String> names = new java.util.ArrayList<>();
            ds.listModelNames().forEachRemaining(r -> {
                if (r.getURI().startsWith(DIP.ID + "article/")) names.add(r.getURI());
            });
            return names.stream().sorted().toList();
        });
    }

    private static void assertSummaryIsTheOneBuiltAfresh(ParleyStore store) {
        Model kept = summary(store);
        store.summarize(n -> {});
        assertFalse(kept.isEmpty());
        assertTrue(kept.isIsomorphicWith(summary(store)), "the summary counts the article once");
    }

    private static Model summary(ParleyStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> ModelFactory.createDefaultModel().add(ds.getNamedModel(DIP.SUMMARY_GRAPH)));
    }
}
