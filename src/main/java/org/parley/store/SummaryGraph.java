package org.parley.store;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import java.util.function.LongConsumer;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.parley.rdf.DIP;
import org.parley.rdf.SummaryFacts;
import org.parley.resolve.Identities;

/**
 * The summary graph of an embedded store, kept in step with its article graphs: every write
 * applies the batch's {@link SummaryDelta} in the same transaction, so the summary never shows an
 * article that is not stored or misses one that is. All methods run inside the caller's write
 * transaction.
 */
final class SummaryGraph {
    static final Node GRAPH = NodeFactory.createURI(DIP.SUMMARY_GRAPH);
    private static final Node COUNT = DIP.articleCount.asNode();
    private static final Node ATTESTATION = DIP.attestation.asNode();
    private static final Node VERSION = DIP.summaryVersion.asNode();
    private static final String ARTICLE_GRAPHS = DIP.ARTICLE_GRAPHS;

    private SummaryGraph() {}

    static void apply(DatasetGraph dsg, SummaryDelta delta) {
        for (SummaryDelta.Change c : delta.changes()) {
            Node fact = c.fact().node();
            long before = count(dsg, fact);
            long after = before + c.articles();
            if (after <= 0) {
                dsg.deleteAny(GRAPH, fact, Node.ANY, Node.ANY);
                continue;
            }
            if (before == 0) {
                for (Triple t : c.fact().description()) dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
            if (after != before) {
                dsg.deleteAny(GRAPH, fact, COUNT, Node.ANY);
                dsg.add(GRAPH, fact, COUNT, integer(after));
            }
            for (Node a : c.unattested()) dsg.delete(GRAPH, fact, ATTESTATION, a);
            for (Node a : c.attested()) dsg.add(GRAPH, fact, ATTESTATION, a);
        }
    }

    /** True when the store has a summary built by this version's rules. */
    static boolean isCurrent(DatasetGraph dsg) {
        return dsg.contains(GRAPH, GRAPH, VERSION, integer(SummaryFacts.VERSION));
    }

    /**
     * Resolves identities across every article graph and builds the summary afresh from them: for
     * stores written by other tools (a bulk loader fed by {@code parley extract}) or summarized by
     * other rules.
     *
     * @param progress told the number of article graphs read so far, every 1,000
     * @return the number of article graphs summarized
     */
    static long rebuild(DatasetGraph dsg, LongConsumer progress) {
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        Identities identities = IdentityGraph.resolve(dsg);
        IdentityGraph.write(dsg, identities);
        SummaryDelta delta = new SummaryDelta();
        long articles = 0;
        for (Node g : Iter.toList(dsg.listGraphNodes())) {
            if (!g.isURI() || !g.getURI().startsWith(ARTICLE_GRAPHS)) continue;
            delta.add(dsg.getGraph(g), identities);
            if (++articles % 1000 == 0) {
                // Applied in parts, so memory holds the facts of 1,000 articles, not of the whole store.
                apply(dsg, delta);
                delta = new SummaryDelta();
                progress.accept(articles);
            }
        }
        apply(dsg, delta);
        dsg.add(GRAPH, GRAPH, VERSION, integer(SummaryFacts.VERSION));
        return articles;
    }

    private static long count(DatasetGraph dsg, Node fact) {
        Iterator<Quad> it = dsg.find(GRAPH, fact, COUNT, Node.ANY);
        try {
            return it.hasNext() ? ((Number) it.next().getObject().getLiteralValue()).longValue() : 0;
        } finally {
            Iter.close(it);
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
