package org.parley.rdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.VLib;

/**
 * Checks an article graph against {@code ontology/shapes.ttl} before it may be stored.
 *
 * <p>Every article is validated, so the cost per graph counts: the SPARQL constraints that can run
 * once per graph do ({@link GraphWideSparqlConstraints}), and Jena's report is built only when there
 * is something to report.
 */
public final class ShapeValidator {
    private final Shapes shapes;
    private final GraphWideSparqlConstraints graphWide;

    public ShapeValidator() {
        this(OntologyResources.SHAPES.load().getGraph());
    }

    public ShapeValidator(Graph shapesGraph) {
        this.graphWide = GraphWideSparqlConstraints.takeFrom(shapesGraph);
        this.shapes = Shapes.parse(graphWide.remainingShapes());
    }

    /** The violations, one readable line each; empty when the graph conforms. */
    public List<String> violations(Model graph) {
        Graph data = graph.getGraph();
        // What Jena's ShaclValidator.validate does, less building the report of a graph that conforms.
        ValidationContext vCxt = ValidationContext.create(shapes, data);
        for (Shape shape : shapes.getTargetShapes()) {
            for (Node focusNode : VLib.focusNodes(data, shape)) VLib.validateShape(vCxt, data, shape, focusNode);
        }
        List<String> out = new ArrayList<>();
        if (vCxt.hasViolation()) vCxt.generateReport().getEntries().forEach(e -> out.add(describe(e)));
        out.addAll(graphWide.violations(data));
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    private static String describe(ReportEntry e) {
        return line(e.focusNode(), e.resultPath() == null ? "" : " " + e.resultPath(), e.message(), e.value());
    }

    /** One violation as the error messages show it. */
    static String line(Node focusNode, String path, String message, Node value) {
        return focusNode + path + ": " + message + (value == null ? "" : " (value " + value + ")");
    }
}
