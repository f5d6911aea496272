package org.parley.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/** SPARQL {@code REGEX} (and {@code fn:matches}) that gives up when its query is cancelled. */
final class CancellableRegex extends E_Regex {
    private final AtomicBoolean cancelled;
    private final Pattern constantPattern;

    CancellableRegex(Expr text, Expr pattern, Expr flags, AtomicBoolean cancelled) {
        super(text, pattern, flags);
        this.cancelled = cancelled;
        this.constantPattern = RegexArguments.constant("REGEX", pattern, flags);
    }

    /**
     * Without an execution: the optimiser's constant folding, which runs while the query holds the
     * lock its timeout needs, so no timeout could stop it. Such a call is declined (the expression is
     * then evaluated with the query, where the timeout reaches it).
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REGEX is evaluated with its query, not ahead of it");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        String text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0)).getLiteralLexicalForm();
        Pattern p = constantPattern != null ? constantPattern
                : RegexArguments.compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
        return NodeValue.booleanReturn(p.matcher(new CancellableText(text, cancelled)).find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, cancelled);
    }
}
