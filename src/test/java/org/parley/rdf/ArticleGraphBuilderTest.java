package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.parley.extract.Entity;
import org.parley.extract.EntityKind;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Relation;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.resolve.IriMinter;

class ArticleGraphBuilderTest {
    private static final String TEXT = "negotiations began. Negotiations on March 3 were hosted by Oman.";
    private final ArticleGraphBuilder builder = new ArticleGraphBuilder(new IriMinter());

    /** Found by fuzzing: two entities whose labels differ only in case mint one IRI. */
    @Test
    void entitiesThatMintOneIriBecomeOneNodeWithOneLabel() {
        Article article = new Article("a1", TEXT, null, null, null);
        Entity lower = new Entity("event:negotiations", EntityKind.EVENT, "negotiations", Set.of("negotiations"),
                null, null, null, LocalDate.of(2025, 3, 3));
        Entity upper = new Entity("event:{ negotiations", EntityKind.EVENT, "Negotiations", Set.of("Negotiations"),
                null, null, null, LocalDate.of(2025, 3, 4));
        Entity oman = new Entity("oman", EntityKind.STATE, "Oman", Set.of("Oman"), null, null, null, null);
        Relation hosting = new Relation(RelationType.HOSTS, "oman", "event:{ negotiations", null, null,
                20, TEXT.length(), TEXT.substring(20), 0.9, Modality.ASSERTED);

        ArticleGraph graph = builder.build(new Extraction(article, List.of(lower, upper, oman), List.of(hosting)));

        Resource node = graph.model().getResource(new IriMinter().entity(article, upper));
        assertEquals(1, node.listProperties(RDFS.label).toList().size());
        assertEquals("negotiations", node.getProperty(RDFS.label).getString());
        assertEquals("Negotiations", node.getProperty(SKOS.altLabel).getString());
        assertEquals(1, node.listProperties(DIP.date).toList().size());
        assertEquals(node, graph.model().getResource(new IriMinter().entity(article, oman)).getPropertyResourceValue(DIP.hosts));
        assertEquals(List.of(), new ShapeValidator().violations(graph.model()));
    }
}
