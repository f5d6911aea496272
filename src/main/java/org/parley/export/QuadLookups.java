package org.parley.export;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/** Single-value lookups on a dataset, each one index probe; the iterator is closed, never drained. */
final class QuadLookups {
    private QuadLookups() {}

    /** An object of {@code s p ?o} in graph {@code g} ({@link Node#ANY}: in any graph), or null. */
    static Node object(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            Iter.close(it);
        }
    }

    /** A subject of {@code ?s p o} in graph {@code g}, or null. */
    static Node subject(DatasetGraph dsg, Node g, Node p, Node o) {
        Iterator<Quad> it = dsg.find(g, Node.ANY, p, o);
        try {
            return it.hasNext() ? it.next().getSubject() : null;
        } finally {
            Iter.close(it);
        }
    }

    /** The lexical form of a literal object of {@code s p ?o}, or null. */
    static String string(DatasetGraph dsg, Node g, Node s, Node p) {
        Node o = s == null ? null : object(dsg, g, s, p);
        return o != null && o.isLiteral() ? o.getLiteralLexicalForm() : null;
    }

    /** Every quad of a find, then the iterator closed. */
    static void each(Iterator<Quad> it, java.util.function.Consumer<Quad> action) {
        try {
            it.forEachRemaining(action);
        } finally {
            Iter.close(it);
        }
    }

    static String iri(Node n) {
        return n != null && n.isURI() ? n.getURI() : null;
    }
}
