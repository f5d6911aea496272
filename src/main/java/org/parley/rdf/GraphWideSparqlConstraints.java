package org.parley.rdf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.constraint.SparqlConstraint;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;

/**
 * SHACL-SPARQL constraints ({@code sh:sparql} with {@code sh:select}) evaluated once per data graph
 * instead of once per focus node.
 *
 * <p>Jena runs such a constraint as a new query execution for every focus node, with {@code $this}
 * pre-bound: query planning and set-up then cost more than the article graph's validation all else
 * together. For a query that is only triple patterns and filters, with {@code $this} in a triple
 * pattern, the solutions with {@code $this} pre-bound to a node are exactly the solutions of the
 * query left unbound whose {@code $this} is that node. So such a query runs once, unbound, and each
 * solution whose {@code $this} is a focus node of the shape is a violation, as Jena would report it.
 * Constraints of any other form, and those of shapes that other shapes refer to, stay with Jena.
 */
final class GraphWideSparqlConstraints {
    private static final Var THIS = Var.alloc("this");
    private static final Var VALUE = Var.alloc("value");
    private static final Var PATH = Var.alloc("path");

    /** A constraint taken over: the shape it belongs to (whose targets give the focus nodes) and its query. */
    private record Taken(Shape shape, Query query, String message) {}

    private final List<Taken> taken;
    private final Graph remainingShapes;

    private GraphWideSparqlConstraints(List<Taken> taken, Graph remainingShapes) {
        this.taken = taken;
        this.remainingShapes = remainingShapes;
    }

    /**
     * Takes over the constraints that can run graph-wide: every {@code sh:sparql} of a shape where all
     * of them qualify. {@link #remainingShapes()} is the shapes graph without them, for Jena.
     */
    static GraphWideSparqlConstraints takeFrom(Graph shapesGraph) {
        Shapes all = Shapes.parse(shapesGraph);
        List<Taken> taken = new ArrayList<>();
        List<Triple> moved = new ArrayList<>();
        for (Shape shape : all.getTargetShapes()) {
            List<SparqlConstraint> sparql = shape.getConstraints().stream()
                    .filter(SparqlConstraint.class::isInstance).map(SparqlConstraint.class::cast).toList();
            if (sparql.isEmpty() || !canRunGraphWide(shape, sparql, shapesGraph)) continue;
            for (SparqlConstraint c : sparql) taken.add(new Taken(shape, withThisProjected(c.getQuery()), c.getMessage()));
            for (Triple link : shapesGraph.find(shape.getShapeNode(), SHACL.sparql, Node.ANY).toList()) {
                moved.add(link);
                moved.addAll(shapesGraph.find(link.getObject(), Node.ANY, Node.ANY).toList());
            }
        }
        Graph remaining = GraphFactory.createDefaultGraph();
        shapesGraph.find().forEachRemaining(remaining::add);
        remaining.getPrefixMapping().setNsPrefixes(shapesGraph.getPrefixMapping());
        moved.forEach(remaining::delete);
        return new GraphWideSparqlConstraints(List.copyOf(taken), remaining);
    }

    /** The shapes graph without the constraints taken over. */
    Graph remainingShapes() {
        return remainingShapes;
    }

    /** How many constraints run graph-wide (for tests). */
    int size() {
        return taken.size();
    }

    /** The violations of the constraints taken over, one readable line each, as {@link ShapeValidator} writes Jena's. */
    List<String> violations(Graph data) {
        List<String> out = new ArrayList<>();
        for (Taken t : taken) {
            Collection<Node> focusNodes = VLib.focusNodes(data, t.shape());
            if (focusNodes.isEmpty()) continue;
            Set<Node> focus = Set.copyOf(focusNodes);
            try (QueryExec exec = QueryExec.dataset(DatasetGraphFactory.wrap(data)).query(t.query()).build()) {
                RowSet rows = exec.select();
                while (rows.hasNext()) {
                    Binding row = rows.next();
                    Node focusNode = row.get(THIS);
                    if (focusNode == null || !focus.contains(focusNode)) continue;
                    out.add(describe(t, focusNode, row));
                }
            }
        }
        return out;
    }

    /** As Jena reports a SELECT constraint's row: the message with {$var} filled in, the value defaulting to the focus node. */
    private static String describe(Taken t, Node focusNode, Binding row) {
        Node value = row.get(VALUE) != null ? row.get(VALUE) : focusNode;
        String message;
        if (t.message() == null) {
            message = "SPARQL SELECT constraint for " + ShLib.displayStr(focusNode) + " returns " + ShLib.displayStr(value);
        } else {
            message = t.message();
            for (var vars = row.vars(); vars.hasNext(); ) {
                Var v = vars.next();
                Node n = row.get(v);
                String text = n.isLiteral() ? n.getLiteralLexicalForm() : ShLib.displayStr(n);
                message = message.replace("{$" + v.getVarName() + "}", text).replace("{?" + v.getVarName() + "}", text);
            }
        }
        String path = row.get(PATH) == null ? "" : " <" + row.get(PATH).getURI() + ">";
        return ShapeValidator.line(focusNode, path, message, value);
    }

    /**
     * Whether the shape's SPARQL constraints give the same results run once unbound: the shape is a
     * node shape met only through its own targets (no other shape refers to it, so its focus nodes are
     * its targets' nodes), and each query is a plain SELECT of triple patterns and filters with
     * {@code $this} in a triple pattern, using none of the other variables Jena pre-binds.
     */
    private static boolean canRunGraphWide(Shape shape, List<SparqlConstraint> constraints, Graph shapesGraph) {
        if (!shape.isNodeShape() || shape.deactivated() || !shape.hasTarget()) return false;
        if (shapesGraph.contains(Node.ANY, Node.ANY, shape.getShapeNode())) return false;
        return constraints.stream().allMatch(c -> isPlainSelect(c.getQuery()));
    }

    private static boolean isPlainSelect(Query q) {
        if (!q.isSelectType() || q.hasAggregators() || q.hasGroupBy() || q.hasHaving() || q.hasLimit() || q.hasOffset()
                || q.hasValues() || q.hasOrderBy()) return false;
        if (!(q.getQueryPattern() instanceof ElementGroup group)) return false;
        boolean thisInTriple = false;
        for (Element e : group.getElements()) {
            if (e instanceof ElementPathBlock block) {
                for (TriplePath tp : block.getPattern().getList()) {
                    if (mentions(tp, "currentShape") || mentions(tp, "shapesGraph") || mentions(tp, "PATH")) return false;
                    thisInTriple |= THIS.equals(tp.getSubject()) || THIS.equals(tp.getObject());
                }
            } else if (e instanceof ElementFilter f) {
                if (hasExistsOrPrebound(f)) return false;
            } else {
                return false;
            }
        }
        return thisInTriple;
    }

    private static boolean mentions(TriplePath tp, String var) {
        Var v = Var.alloc(var);
        return v.equals(tp.getSubject()) || v.equals(tp.getObject()) || v.equals(tp.getPredicate());
    }

    /** EXISTS patterns and the variables Jena pre-binds besides $this are left to Jena. */
    private static boolean hasExistsOrPrebound(ElementFilter f) {
        boolean[] found = {false};
        Walker.walk(f.getExpr(), new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp op) {
                found[0] = true;
            }

            @Override
            public void visit(ExprVar v) {
                String name = v.getVarName();
                if (name.equals("currentShape") || name.equals("shapesGraph") || name.equals("PATH")) found[0] = true;
            }
        });
        return found[0];
    }

    /**
     * The query with $this among its result variables, so each row tells its focus node. Its result
     * variables are worked out here, once: threads share the query, and Jena would do it lazily.
     */
    private static Query withThisProjected(Query q) {
        Query out = q;
        if (!q.isQueryResultStar() && !q.getProjectVars().contains(THIS)) {
            out = q.cloneQuery();
            out.addResultVar(THIS);
        }
        out.ensureResultVars();
        return out;
    }
}
