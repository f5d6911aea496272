package org.parley.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.parley.extract.Entity;
import org.parley.extract.EntityKind;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Relation;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.resolve.IriMinter;

/**
 * The validator rejects exactly what Jena's own SHACL validation of the same shapes rejects, with the
 * same lines, though it runs the SPARQL constraints once per graph and skips empty reports.
 */
class ShapeValidatorTest {
    private static final Graph SHAPES = OntologyResources.SHAPES.load().getGraph();
    private static final ShapeValidator VALIDATOR = new ShapeValidator();
    private static final String TEXT = "Oman hosted Iran's envoy. Iran warned Israel.";

    /** A valid article graph with a hosting and a warning, then changed by {@code edit}. */
    private static Model graph(Consumer<Model> edit) {
        Article article = new Article("a1", TEXT, null, null, null);
        Entity oman = new Entity("oman", EntityKind.STATE, "Oman", Set.of("Oman"), null, null, null, null);
        Entity iran = new Entity("iran", EntityKind.STATE, "Iran", Set.of("Iran"), null, null, null, null);
        Entity israel = new Entity("israel", EntityKind.STATE, "Israel", Set.of("Israel"), null, null, null, null);
        List<Relation> relations = List.of(
                new Relation(RelationType.HOSTS, "oman", "iran", null, null, 0, 25, TEXT.substring(0, 25), 0.9, Modality.ASSERTED),
                new Relation(RelationType.WARNS, "iran", "israel", null, null, 26, TEXT.length(), TEXT.substring(26), 0.8,
                        Modality.HEDGED));
        Model m = new ArticleGraphBuilder(new IriMinter())
                .build(new Extraction(article, List.of(oman, iran, israel), relations)).model();
        edit.accept(m);
        return m;
    }

    /** What Jena's full validation reports, in the validator's line format. */
    private static Set<String> byJena(Model m) {
        return ShaclValidator.get().validate(Shapes.parse(SHAPES), m.getGraph()).getEntries().stream()
                .map(e -> ShapeValidator.line(e.focusNode(), e.resultPath() == null ? "" : " " + e.resultPath(),
                        e.message(), e.value()))
                .collect(Collectors.toSet());
    }

    private static List<Resource> assertions(Model m) {
        return m.listSubjectsWithProperty(DIP.charStart).toList();
    }

    private static void assertSameAsJena(Model m) {
        List<String> ours = VALIDATOR.violations(m);
        assertEquals(byJena(m), Set.copyOf(ours));
        assertEquals(Set.copyOf(ours).size(), ours.size(), "no violation reported twice: " + ours);
    }

    @Test
    void theSparqlConstraintOfTheShapesRunsOncePerGraph() {
        assertEquals(1, GraphWideSparqlConstraints.takeFrom(SHAPES).size());
    }

    @Test
    void aValidGraphHasNoViolations() {
        assertEquals(List.of(), VALIDATOR.violations(graph(m -> {})));
    }

    @Test
    void anAssertionThatStartsAfterItEndsIsRejectedByTheSparqlConstraint() {
        Model m = graph(m2 -> {
            Resource a = assertions(m2).get(0);
            a.removeAll(DIP.charStart).addLiteral(DIP.charStart, m2.createTypedLiteral(99));
        });
        List<String> violations = VALIDATOR.violations(m);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).contains("charStart must not be after charEnd"), violations.get(0));
        assertSameAsJena(m);
    }

    @Test
    void everyAssertionThatStartsAfterItEndsIsRejected() {
        Model m = graph(m2 -> {
            for (Resource a : assertions(m2)) a.removeAll(DIP.charStart).addLiteral(DIP.charStart, m2.createTypedLiteral(99));
        });
        assertEquals(2, VALIDATOR.violations(m).size());
        assertSameAsJena(m);
    }

    @Test
    void offsetsOnANodeThatIsNoAssertionAreNotTheSparqlConstraintsConcern() {
        Model m = graph(m2 -> m2.createResource("https://example.org/x", DIP.Place)
                .addProperty(org.apache.jena.vocabulary.RDFS.label, "x")
                .addLiteral(DIP.charStart, m2.createTypedLiteral(9))
                .addLiteral(DIP.charEnd, m2.createTypedLiteral(1)));
        assertEquals(List.of(), VALIDATOR.violations(m));
        assertSameAsJena(m);
    }

    @Test
    void plainConstraintsAreStillChecked() {
        Model m = graph(m2 -> {
            Resource a = assertions(m2).get(0);
            a.removeAll(DIP.confidence).addLiteral(DIP.confidence, m2.createTypedLiteral(new java.math.BigDecimal("1.5")));
            a.removeAll(RDF.type).addProperty(RDF.type, DIP.Representation);
        });
        assertTrue(VALIDATOR.violations(m).size() >= 1);
        assertSameAsJena(m);
    }

    @Test
    void plainAndSparqlViolationsTogether() {
        Model m = graph(m2 -> {
            Resource a = assertions(m2).get(1);
            a.removeAll(DIP.charStart).addLiteral(DIP.charStart, m2.createTypedLiteral(99));
            a.removeAll(DIP.evidence);
        });
        assertEquals(2, VALIDATOR.violations(m).size(), VALIDATOR.violations(m).toString());
        assertSameAsJena(m);
    }

    private static final String EX_SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <https://example.org/> .
            ex:ThingShape a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:sparql [ sh:message "p too big" ;
                    sh:select "PREFIX ex: <https://example.org/> SELECT ?v WHERE { $this ex:p ?v . FILTER (?v > 3) }" ] .
            ex:OtherShape a sh:NodeShape ; sh:targetClass ex:Other ;
                sh:sparql [ sh:message "no p" ;
                    sh:select "PREFIX ex: <https://example.org/> SELECT $this WHERE { FILTER NOT EXISTS { $this ex:p ?v } }" ] .
            """;

    private static final String EX_DATA = """
            @prefix ex: <https://example.org/> .
            ex:a a ex:Thing ; ex:p 1 .
            ex:b a ex:Thing ; ex:p 5, 7 .
            ex:c ex:p 9 .
            ex:d a ex:Other .
            ex:e a ex:Other ; ex:p 1 .
            """;

    private static Model turtle(String ttl) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new java.io.StringReader(ttl), null, "TTL");
        return m;
    }

    @Test
    void onlyPlainSelectsRunGraphWideAndBothKindsReportAsJenaDoes() {
        Graph shapesGraph = turtle(EX_SHAPES).getGraph();
        assertEquals(1, GraphWideSparqlConstraints.takeFrom(shapesGraph).size(), "the NOT EXISTS query stays with Jena");
        Model data = turtle(EX_DATA);
        List<String> ours = new ShapeValidator(shapesGraph).violations(data);
        Set<String> jena = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data.getGraph()).getEntries().stream()
                .map(e -> ShapeValidator.line(e.focusNode(), e.resultPath() == null ? "" : " " + e.resultPath(),
                        e.message(), e.value()))
                .collect(Collectors.toSet());
        assertEquals(3, ours.size(), ours.toString()); // ex:b twice (p 5 and 7), ex:d once; not ex:c, no Thing
        assertEquals(jena, Set.copyOf(ours));
    }

    @Test
    void anEmptyGraphConforms() {
        assertEquals(List.of(), VALIDATOR.violations(ModelFactory.createDefaultModel()));
    }
}
