package org.parley.rdf;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Checks an article graph against {@code ontology/shapes.ttl} before it may be stored. */
public final class ShapeValidator {
    private final Shapes shapes;

    public ShapeValidator() {
        this(Shapes.parse(OntologyResources.SHAPES.load().getGraph()));
    }

    public ShapeValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The violations, one readable line each; empty when the graph conforms. */
    public List<String> violations(Model graph) {
        ValidationReport report = ShaclValidator.get().validate(shapes, graph.getGraph());
        if (report.conforms()) return List.of();
        return report.getEntries().stream().map(ShapeValidator::describe).toList();
    }

    private static String describe(ReportEntry e) {
        String path = e.resultPath() == null ? "" : " " + e.resultPath();
        String value = e.value() == null ? "" : " (value " + e.value() + ")";
        return e.focusNode() + path + ": " + e.message() + value;
    }
}
