package org.parley.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.parley.extract.Entity;
import org.parley.extract.Extraction;
import org.parley.extract.Relation;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;

/**
 * What must hold for any article whatever its text: extraction finishes within the limit, its
 * relations point into the text and at the extraction's own entities, and process() returns a
 * graph that passes the SHACL shapes (it throws ShapeViolationException otherwise, which fails here too).
 */
final class PipelineInvariants {
    private PipelineInvariants() {}

    static Article article(String text) {
        return new Article("fuzz", text, null, null, null);
    }

    static void holdFor(String text, Duration limit) {
        holdFor(article(text), limit);
    }

    static void holdFor(Article article, Duration limit) {
        Extraction extraction = TimeLimit.within(limit, "extract()", () -> SharedPipeline.PIPELINE.extract(article));
        checkExtraction(extraction);
        ArticleGraph graph = TimeLimit.within(limit, "process()", () -> SharedPipeline.PIPELINE.process(article));
        assertNotNull(graph);
        long assertions = graph.model().listSubjectsWithProperty(DIP.article).toList().size();
        assertEquals(extraction.relations().size(), assertions,
                "the graph has one assertion per extracted relation, and extraction is deterministic");
    }

    static void checkExtraction(Extraction extraction) {
        String text = extraction.article().text();
        Set<String> keys = new HashSet<>();
        for (Entity e : extraction.entities()) {
            assertNotNull(e.key(), "entity key");
            assertTrue(keys.add(e.key()), () -> "entity key used twice: " + e.key());
            assertNotNull(e.kind(), () -> "kind of " + e);
            assertNotNull(e.label(), () -> "label of " + e);
            assertFalse(e.label().isBlank(), () -> "blank label: " + e);
        }
        for (Entity e : extraction.entities()) {
            if (e.location() != null) assertTrue(keys.contains(e.location()), () -> "location of " + e + " is not an entity");
        }
        for (Relation r : extraction.relations()) {
            assertNotNull(r.type(), () -> "type of " + r);
            assertNotNull(r.modality(), () -> "modality of " + r);
            assertTrue(0 <= r.charStart() && r.charStart() <= r.charEnd() && r.charEnd() <= text.length(),
                    () -> "offsets " + r.charStart() + ".." + r.charEnd() + " outside a text of " + text.length() + ": " + r);
            assertEquals(text.substring(r.charStart(), r.charEnd()), r.evidence(), () -> "evidence of " + r);
            assertFalse(r.evidence().isEmpty(), () -> "empty evidence: " + r);
            assertTrue(r.confidence() >= 0 && r.confidence() <= 1, () -> "confidence of " + r);
            if (r.agent() != null) assertTrue(keys.contains(r.agent()), () -> "agent is not an entity: " + r);
            if (r.target() != null) assertTrue(keys.contains(r.target()), () -> "target is not an entity: " + r);
            if (r.event() != null) assertTrue(keys.contains(r.event()), () -> "event is not an entity: " + r);
        }
    }
}
