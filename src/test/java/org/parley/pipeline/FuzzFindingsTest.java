package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.Extraction;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;

/**
 * The shrunk articles on which {@link PipelineFuzzProperties} failed, kept as examples: each one
 * broke the pipeline before its fix.
 */
class FuzzFindingsTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    /** "negotiations" and "{ Negotiations" were two event entities with one IRI: two labels, a shape violation. */
    @Test
    void eventsNamedAlikeButForCaseMakeAGraphThatPassesTheShapes() {
        String text = "negotiations Iran Iran Iran Iran Iran Pakistan expert ambassador { Negotiations";
        PipelineInvariants.holdFor(text, LIMIT);
        ArticleGraph graph = SharedPipeline.PIPELINE.process(new Article("fuzz", text, null, null, null));
        assertEquals(1, graph.model().listResourcesWithProperty(
                org.apache.jena.vocabulary.RDF.type, org.parley.rdf.DIP.Event).toList().size());
    }

    /**
     * The organization's name swallowed its state's, so no mention kept Türkiye as an entity, yet the
     * official's represents relation pointed at it: the graph lost the target and failed the shapes.
     */
    @Test
    void aStateReachedOnlyThroughAnOrganizationIsAnEntityOfTheExtraction() {
        String text = "Türkiye Pakistan Foreign Ministry official Xa Araghchi said.";
        PipelineInvariants.holdFor(text, LIMIT);
        Extraction extraction = SharedPipeline.PIPELINE.extract(PipelineInvariants.article(text));
        assertTrue(extraction.entities().stream().anyMatch(e -> e.label().equals("Türkiye")));
    }

    /** A line of 40,000 words without a full stop was one sentence; the tagger and the rules took minutes on it. */
    @Test
    void aLongLineWithoutFullStopsIsProcessedInSeconds() {
        String text = "2025 delegation Donald Trump 2025 Vienna Reuters the; ".repeat(4000);
        PipelineInvariants.holdFor(text, Duration.ofSeconds(30));
    }

    /** "with X warning" took the phrase before "warning" as the warner even when it was an event. */
    @Test
    void anEventIsNeverTheAgentOfARelation() {
        String text = "with talks warning";
        PipelineInvariants.holdFor(text, LIMIT);
        assertEquals(List.of(), SharedPipeline.PIPELINE.extract(PipelineInvariants.article(text)).relations());
    }
}
