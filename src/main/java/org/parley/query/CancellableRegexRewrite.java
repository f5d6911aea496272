package org.parley.query;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.util.Context;

/**
 * Puts {@link CancellableRegex} and {@link CancellableReplace} in place of Jena's regular-expression
 * functions in each query's algebra, before the usual optimisation, bound to that execution's
 * cancel signal (which the query timeout raises). Before the optimiser, so that its constant
 * folding meets the replacements, which decline to be folded: folding runs while the plan is built,
 * when the timeout cannot yet cancel anything.
 */
final class CancellableRegexRewrite implements RewriteFactory {
    private static final String FN = "http://www.w3.org/2005/xpath-functions#";
    private static final String SPARQL = "http://www.w3.org/ns/sparql#";
    private static final Set<String> MATCH_FUNCTIONS = Set.of(FN + "matches", SPARQL + "regex");
    private static final Set<String> REPLACE_FUNCTIONS = Set.of(FN + "replace", SPARQL + "replace");

    private final RewriteFactory optimiser;

    /** @param optimiser the optimisation that runs after the rewrite */
    CancellableRegexRewrite(RewriteFactory optimiser) {
        this.optimiser = optimiser;
    }

    @Override
    public Rewrite create(Context context) {
        AtomicBoolean cancelled = Context.getOrSetCancelSignal(context);
        Rewrite optimise = optimiser.create(context);
        ExprTransformCopy swap = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                Expr swapped = cancellable(func, args, cancelled);
                return swapped != null ? swapped : super.transform(func, args);
            }
        };
        return op -> optimise.rewrite(Transformer.transform(new TransformCopy(), swap, op));
    }

    private static Expr cancellable(ExprFunctionN func, ExprList a, AtomicBoolean cancelled) {
        if (func instanceof CancellableRegex || func instanceof CancellableReplace) return null;
        boolean matches = func instanceof E_Regex
                || func instanceof E_Function f && MATCH_FUNCTIONS.contains(f.getFunctionIRI()) && (a.size() == 2 || a.size() == 3);
        if (matches) return new CancellableRegex(a.get(0), a.get(1), a.size() > 2 ? a.get(2) : null, cancelled);
        boolean replaces = func instanceof E_StrReplace
                || func instanceof E_Function f && REPLACE_FUNCTIONS.contains(f.getFunctionIRI()) && (a.size() == 3 || a.size() == 4);
        if (replaces) return new CancellableReplace(a.get(0), a.get(1), a.get(2), a.size() > 3 ? a.get(3) : null, cancelled);
        return null;
    }
}
