package org.parley.query;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} (and {@code fn:replace}) that gives up when its query is cancelled. The
 * answers are Jena's: the result keeps the input's language tag or datatype, and after the first
 * match an empty match replaces nothing.
 */
final class CancellableReplace extends E_StrReplace {
    private final AtomicBoolean cancelled;
    private final Pattern constantPattern;

    CancellableReplace(Expr text, Expr pattern, Expr replacement, Expr flags, AtomicBoolean cancelled) {
        super(text, pattern, replacement, flags);
        this.cancelled = cancelled;
        this.constantPattern = RegexArguments.constant("REPLACE", pattern, flags);
    }

    /**
     * Without an execution: the optimiser's constant folding, which runs while the query holds the
     * lock its timeout needs, so no timeout could stop it. Such a call is declined (the expression is
     * then evaluated with the query, where the timeout reaches it).
     */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        throw new ExprEvalException("REPLACE is evaluated with its query, not ahead of it");
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node input = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String replacement = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        Pattern p = constantPattern != null ? constantPattern
                : RegexArguments.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        String text = input.getLiteralLexicalForm();
        String replaced = replaceAll(p.matcher(new CancellableText(text, cancelled)), replacement);
        if (replaced == null || replaced.equals(text)) return args.get(0);
        Node out = input.getLiteralLanguage().isEmpty()
                ? NodeFactory.createLiteralDT(replaced, input.getLiteralDatatype())
                : NodeFactory.createLiteralLang(replaced, input.getLiteralLanguage());
        return NodeValue.makeNode(out);
    }

    /** The text with every match replaced, or null when nothing matched. */
    private static String replaceAll(Matcher m, String replacement) {
        StringBuilder out = null;
        try {
            while (m.find()) {
                if (out == null) out = new StringBuilder();
                else if (m.start() == m.end()) continue;
                m.appendReplacement(out, replacement);
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: bad replacement \"" + replacement + "\": " + e.getMessage());
        }
        if (out == null) return null;
        m.appendTail(out);
        return out.toString();
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new CancellableReplace(newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null, cancelled);
    }
}
