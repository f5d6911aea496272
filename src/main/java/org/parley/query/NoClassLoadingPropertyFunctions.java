package org.parley.query;

import java.util.Iterator;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * Jena's property functions without dynamic class loading ({@code ?x <java:some.Class> ?y}), and
 * without {@code apf:strSplit}, whose regular expression runs where a query timeout cannot stop it.
 */
final class NoClassLoadingPropertyFunctions extends PropertyFunctionRegistry {
    private static final String STR_SPLIT = ARQConstants.ARQPropertyFunctionLibrary + "strSplit";

    NoClassLoadingPropertyFunctions(PropertyFunctionRegistry from) {
        for (Iterator<String> it = from.keys(); it.hasNext(); ) {
            String uri = it.next();
            if (!refused(uri)) put(uri, from.get(uri));
        }
    }

    @Override
    public boolean manages(String uri) {
        return !refused(uri) && super.manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
        return refused(uri) ? null : super.get(uri);
    }

    private boolean refused(String uri) {
        if (uri.startsWith(ARQConstants.javaClassURIScheme) && !isRegistered(uri)) return true;
        return STR_SPLIT.equals(MappedLoader.mapDynamicURI(uri));
    }
}
