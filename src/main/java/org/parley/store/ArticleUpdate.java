package org.parley.store;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.parley.rdf.DIP;

/**
 * One SPARQL Update request that stores an article graph in a remote store and applies what it
 * changes in the summary graph: a store runs one request in one transaction, so the article and
 * its summary land together. Counts are changed relative to what the store holds
 * ({@code COALESCE(?n, 0) + d}), so writers that touch different articles compose.
 *
 * <p>Every term is written by Jena's N-Triples formatter and the text is parsed before it is sent, so a
 * label cannot change what the request does.
 */
final class ArticleUpdate {
    private static final String S = term(NodeFactory.createURI(DIP.SUMMARY_GRAPH));
    private static final String COUNT = term(DIP.articleCount.asNode());
    private static final String ATTESTATION = term(DIP.attestation.asNode());

    private ArticleUpdate() {}

    /**
     * Replaces graph {@code graphIri} by {@code graph}, drops the article's graph under its former
     * IRI if it has one, and applies {@code delta} to the summary.
     */
    static UpdateRequest of(String graphIri, Graph graph, SummaryDelta delta, Optional<String> formerIri) {
        String g = term(NodeFactory.createURI(graphIri));
        StringBuilder u = new StringBuilder();
        u.append("DROP SILENT GRAPH ").append(g).append(" ;\n");
        formerIri.ifPresent(f -> u.append("DROP SILENT GRAPH ").append(term(NodeFactory.createURI(f))).append(" ;\n"));
        u.append("INSERT DATA { GRAPH ").append(g).append(" {\n");
        graph.find().forEachRemaining(t -> u.append(triple(t)));
        u.append("} } ;\n");
        for (SummaryDelta.Change c : delta.changes()) change(u, c);
        return UpdateFactory.create(u.toString());
    }

    private static void change(StringBuilder u, SummaryDelta.Change c) {
        String f = term(c.fact().node());
        int d = c.articles();
        if (d > 0) {
            inGraph(u, "INSERT DATA", out -> c.fact().description().forEach(t -> out.append(triple(t))));
        }
        if (d != 0) {
            u.append("DELETE { GRAPH ").append(S).append(" { ").append(f).append(' ').append(COUNT).append(" ?n } }\n")
             .append("INSERT { GRAPH ").append(S).append(" { ").append(f).append(' ').append(COUNT).append(" ?m } }\n")
             .append("WHERE { OPTIONAL { GRAPH ").append(S).append(" { ").append(f).append(' ').append(COUNT).append(" ?n } }\n")
             .append("        BIND (COALESCE(?n, 0) + ").append(d).append(" AS ?m) } ;\n");
        }
        if (!c.unattested().isEmpty()) inGraph(u, "DELETE DATA", out -> attestations(out, f, c.unattested()));
        if (!c.attested().isEmpty()) inGraph(u, "INSERT DATA", out -> attestations(out, f, c.attested()));
        if (d < 0) {
            u.append("DELETE { GRAPH ").append(S).append(" { ").append(f).append(" ?p ?o } }\n")
             .append("WHERE { GRAPH ").append(S).append(" { ").append(f).append(' ').append(COUNT).append(" ?n ; ?p ?o }")
             .append(" FILTER (?n <= 0) } ;\n");
        }
    }

    private static void inGraph(StringBuilder u, String operation, Consumer<StringBuilder> body) {
        u.append(operation).append(" { GRAPH ").append(S).append(" {\n");
        body.accept(u);
        u.append("} } ;\n");
    }

    private static void attestations(StringBuilder out, String fact, Collection<Node> assertions) {
        for (Node a : assertions) out.append(fact).append(' ').append(ATTESTATION).append(' ').append(term(a)).append(" .\n");
    }

    private static String triple(Triple t) {
        return term(t.getSubject()) + ' ' + term(t.getPredicate()) + ' ' + term(t.getObject()) + " .\n";
    }

    // N-Triples terms are SPARQL terms written out in full, so the text needs no PREFIX declarations.
    private static String term(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
