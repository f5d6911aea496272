package org.parley.export;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;

/**
 * What supports one drawn edge, gathered as assertions are read: whether any states it outright,
 * how many distinct articles state it, and a bounded sample of those articles' ids and evidence
 * sentences. The sample is what a drawing can show (an edge's tooltip, a details panel); an edge
 * that ten thousand articles state keeps its count exact but lists the first of them only, so that
 * an export's size follows the graph drawn, not the number of articles behind it.
 */
final class EdgeSupport {
    static final int MAX_EVIDENCE = 10;
    static final int MAX_LISTED_ARTICLES = 20;
    private static final Comparator<Evidence> ORDER =
            Comparator.comparing(Evidence::articleId).thenComparing(Evidence::sentence);

    private boolean asserted;
    /** The count the summary graph gives, or -1 while articles are counted one by one. */
    private long knownCount = -1;
    private final Set<Node> articles = new HashSet<>();
    // The first ids and sentences in sort order among those seen, so the same store gives the same file.
    private final TreeSet<String> listed = new TreeSet<>();
    private final TreeSet<Evidence> evidence = new TreeSet<>(ORDER);

    void assertedBy(boolean outright) {
        asserted |= outright;
    }

    /** The number of supporting articles is known (from the summary graph): no need to count them. */
    void articleCountIs(long n) {
        knownCount = n;
    }

    void countArticle(Node article) {
        if (knownCount < 0 && article != null) articles.add(article);
    }

    /** Whether another article's id or sentence would still be shown. */
    boolean wantsSamples() {
        return listed.size() < MAX_LISTED_ARTICLES || evidence.size() < MAX_EVIDENCE;
    }

    void sample(String articleId, String sentence) {
        if (articleId != null) {
            listed.add(articleId);
            if (listed.size() > MAX_LISTED_ARTICLES) listed.pollLast();
        }
        if (sentence != null) {
            evidence.add(new Evidence(articleId == null ? "" : articleId, sentence));
            if (evidence.size() > MAX_EVIDENCE) evidence.pollLast();
        }
    }

    VisualEdge edge(String id, String source, String target, FactEdge key) {
        long count = knownCount >= 0 ? knownCount : articles.size();
        return new VisualEdge(id, source, target, key.relation(), List.copyOf(listed),
                (int) Math.min(Integer.MAX_VALUE, count), List.copyOf(evidence), !asserted);
    }
}
