package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Relation;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.nlp.AnnotatedArticle;
import org.parley.pipeline.ArticlePipeline;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphBuilder;
import org.parley.rdf.ContentHash;
import org.parley.rdf.ShapeValidator;
import org.parley.rdf.ShapeViolationException;
import org.parley.resolve.IriMinter;
import org.parley.testkit.DiplomacyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParleyStoreRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void aStoredGraphComesBackWholeAfterReopeningWithItsContentHash() {
        Article article = DiplomacyFixture.article("round-trip");
        ArticleGraph graph = DiplomacyFixture.graph(article);
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(graph));
        }
        try (ParleyStore store = ParleyStore.open(tmp)) {
            // TDB2 keeps decimals by value ("0.90" comes back as "0.9"), so compare values, not spellings.
            List<Statement> lost = Txn.calculateRead(store.dataset(), () -> {
                Model stored = store.dataset().getNamedModel(graph.graphIri());
                return graph.model().listStatements().filterDrop(st -> stored.listObjectsOfProperty(st.getSubject(), st.getPredicate())
                        .toList().stream().anyMatch(o -> o.asNode().sameValueAs(st.getObject().asNode()))).toList();
            });
            long size = Txn.calculateRead(store.dataset(), () -> store.dataset().getNamedModel(graph.graphIri()).size());
            assertEquals(List.of(), lost, "statements lost in the store");
            assertEquals(graph.model().size(), size);
            assertEquals(ContentHash.of(article.text()), store.storedHash(graph.graphIri()).orElseThrow());
            assertTrue(store.storedHash("https://w3id.org/parley/id/article/never-stored").isEmpty());
        }
    }

    @Test
    void aGraphThatViolatesTheShapesIsRejectedWithAMessageNamingArticleAndProblem() {
        // A warning with a confidence above 1 and no agent breaks two shapes.
        ArticlePipeline pipeline = new ArticlePipeline(a -> new AnnotatedArticle(a, List.of()),
                annotated -> new Extraction(annotated.article(), DiplomacyFixture.extraction(annotated.article()).entities(),
                        List.of(new Relation(RelationType.WARNS, null, "us", null, "war", 0, 10, "It warned.", 1.5, Modality.ASSERTED))),
                new ArticleGraphBuilder(new IriMinter()), new ShapeValidator());

        ShapeViolationException e = assertThrows(ShapeViolationException.class,
                () -> pipeline.process(DiplomacyFixture.article("bad-warning")));

        assertTrue(e.getMessage().startsWith("graph of article bad-warning violates the shapes: "), e.getMessage());
        assertTrue(e.getMessage().contains("confidence"), e.getMessage());
        assertTrue(e.getMessage().contains("agent"), e.getMessage());
        assertEquals(2, e.violations().size(), e.violations().toString());
    }
}
