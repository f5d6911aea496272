package org.parley.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Values for a query's variables from {@code --param name=value}. Each value becomes an RDF term
 * (an IRI when written {@code <...>} or as an http(s) IRI, else a plain literal) that is put into
 * the parsed query, never into its text, so no value can change what the query does.
 */
public final class QueryParams {
    private static final Pattern VAR_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WEB_IRI = Pattern.compile("https?://\\S+");

    private QueryParams() {}

    /** Parses {@code name=value} pairs; throws IllegalArgumentException naming the bad one. */
    public static Map<String, Node> parse(List<String> pairs) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq < 1) throw new IllegalArgumentException("--param needs name=value, got '" + pair + "'");
            String name = pair.substring(0, eq).strip();
            if (name.startsWith("?") || name.startsWith("$")) name = name.substring(1);
            if (!VAR_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("--param " + pair + ": '" + name + "' is not a SPARQL variable name");
            }
            out.put(name, term(pair.substring(eq + 1)));
        }
        return out;
    }

    /** The RDF term a value stands for. */
    public static Node term(String value) {
        if (value.startsWith("<") && value.endsWith(">") && value.length() > 2) {
            String iri = value.substring(1, value.length() - 1);
            if (!isIri(iri)) throw new IllegalArgumentException("--param value " + value + " is not a valid IRI");
            return NodeFactory.createURI(iri);
        }
        if (WEB_IRI.matcher(value).matches() && isIri(value)) return NodeFactory.createURI(value);
        return NodeFactory.createLiteralString(value);
    }

    private static boolean isIri(String s) {
        try {
            IRIx iri = IRIx.create(s);
            return iri.isAbsolute();
        } catch (IRIException e) {
            return false;
        }
    }
}
