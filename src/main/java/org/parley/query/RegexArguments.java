package org.parley.query;

import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/** The pattern and flags of REGEX and REPLACE, checked as SPARQL defines them and compiled for {@code java.util.regex}. */
final class RegexArguments {
    private RegexArguments() {}

    /** The compiled pattern when pattern and flags are constant strings, else null (compiled per row). */
    static Pattern constant(String function, Expr pattern, Expr flags) {
        if (!isString(pattern) || (flags != null && !isString(flags))) return null;
        try {
            return compile(function, pattern.getConstant(), flags == null ? null : flags.getConstant());
        } catch (ExprEvalException e) {
            return null; // reported again, as an evaluation error, for each row
        }
    }

    static Pattern compile(String function, NodeValue pattern, NodeValue flags) {
        String p = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
        String f = flags == null ? null : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
        if (f != null && !f.chars().allMatch(c -> "smixq".indexOf(c) >= 0)) {
            throw new ExprEvalException(function + ": only the flags s, m, i, x and q are allowed, got \"" + f + "\"");
        }
        return RegexEngine.makePattern(function, p, f);
    }

    private static boolean isString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }
}
