package org.parley.query;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * What a SPARQL query may do when parley runs it, for {@code parley serve} and {@code parley query}
 * alike: it reads the store and nothing else. No {@code SERVICE} (it would send requests to other
 * hosts) unless allowed, no function IRIs that load Java classes ({@code <java:...>}), and a
 * cancelled or timed-out query also stops inside a regular expression.
 */
public final class QueryLockdown {
    private QueryLockdown() {}

    /** Sets the rules in an execution or dataset context. */
    public static void applyTo(Context context, boolean allowService) {
        context.set(ARQ.httpServiceAllowed, allowService);
        context.set(ARQConstants.registryFunctions, new NoClassLoadingFunctions(FunctionRegistry.get()));
        context.set(ARQConstants.registryPropertyFunctions, new NoClassLoadingPropertyFunctions(PropertyFunctionRegistry.get()));
        RewriteFactory optimiser = context.get(ARQConstants.sysOptimizerFactory);
        if (!(optimiser instanceof CancellableRegexRewrite)) {
            context.set(ARQConstants.sysOptimizerFactory, new CancellableRegexRewrite(optimiser != null ? optimiser : Optimize.getFactory()));
        }
    }

    /** The rules as a context of their own, to add to a query execution. */
    public static Context context(boolean allowService) {
        Context c = new Context();
        applyTo(c, allowService);
        return c;
    }
}
