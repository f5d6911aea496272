package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.parley.pipeline.ArticlePipeline;

/**
 * Every "e.g." line of the pattern files (src/main/resources/org/parley/extract/patterns) is a
 * sentence of our own with the relation its pattern must give: "sentence => agent > target", "-"
 * for an unstated side. Each runs through the whole pipeline.
 */
class PatternExamplesTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    @TestFactory
    Stream<DynamicTest> everyExampleGivesItsRelation() {
        List<DynamicTest> tests = new ArrayList<>();
        for (TriggerPattern p : PatternSet.load().all()) {
            for (String example : p.examples()) {
                tests.add(DynamicTest.dynamicTest(p.source() + ": " + example, () -> {
                    String[] parts = example.split("=>");
                    String[] sides = parts[1].split(">");
                    String expected = p.type().label() + "(" + side(sides[0]) + " -> " + side(sides[1]) + ")";
                    Readout r = Readout.of(PIPELINE, parts[0].strip());
                    assertTrue(r.tuples(p.type()).contains(expected), "expected " + expected + " among " + r.tuples(p.type()));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void everyRelationHasExamples() {
        for (String file : PatternSet.FILES) {
            RelationType type = RelationType.fromLabel(file);
            assertFalse(PatternSet.load().all().stream().filter(p -> p.type() == type).allMatch(p -> p.examples().isEmpty()),
                    file + " has no example");
        }
    }

    private static String side(String s) {
        String t = s.strip();
        return t.equals("-") ? "?" : t;
    }
}
