package org.parley.query;

import java.util.Iterator;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;

/**
 * Jena's functions, without its dynamic loading: a function IRI {@code <java:some.Class>} would
 * load and run any class on the class path, its static initialiser first. Only functions registered
 * here, or in Jena's own function library, can be called.
 */
final class NoClassLoadingFunctions extends FunctionRegistry {

    NoClassLoadingFunctions(FunctionRegistry from) {
        for (Iterator<String> it = from.keys(); it.hasNext(); ) {
            String uri = it.next();
            put(uri, from.get(uri));
        }
    }

    @Override
    public FunctionFactory get(String uri) {
        if (uri.startsWith(ARQConstants.javaClassURIScheme) && !isRegistered(uri)) return null;
        // Other unregistered IRIs load only from Jena's own library packages (the afn: namespace).
        return super.get(uri);
    }
}
