package org.parley.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.parley.rdf.DIP;

/**
 * What an export reads of single assertions and articles in the article graphs, one index probe at
 * a time: only the articles and assertions a selection names are ever read.
 */
final class AssertionLookup {
    /** The article metadata a selection tests. */
    record ArticleInfo(String id, LocalDate published) {}

    /** Articles remembered at once; assertions arrive grouped by article, so a few suffice. */
    private static final int ARTICLE_CACHE = 10_000;

    private final DatasetGraph dsg;
    private final Map<Node, ArticleInfo> articles = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Node, ArticleInfo> eldest) {
            return size() > ARTICLE_CACHE;
        }
    };

    AssertionLookup(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    Node articleOf(Node assertion) {
        return QuadLookups.object(dsg, Node.ANY, assertion, DIP.article.asNode());
    }

    ArticleInfo article(Node article) {
        if (article == null) return new ArticleInfo(null, null);
        return articles.computeIfAbsent(article, a -> new ArticleInfo(
                QuadLookups.string(dsg, Node.ANY, a, DIP.sourceId.asNode()),
                date(QuadLookups.string(dsg, Node.ANY, a, DIP.published.asNode()))));
    }

    String evidence(Node assertion) {
        return QuadLookups.string(dsg, Node.ANY, assertion, DIP.evidence.asNode());
    }

    /** The IRI of the event an assertion's edge points at: its event, or its target when that is an event. */
    String eventOf(Node assertion) {
        Node event = QuadLookups.object(dsg, Node.ANY, assertion, DIP.event.asNode());
        if (event == null) event = QuadLookups.object(dsg, Node.ANY, assertion, DIP.target.asNode());
        return QuadLookups.iri(event);
    }

    /** How the summary keys the event with this IRI (name, place, date), or null when it is no event. */
    NodeKey eventKey(String iri) {
        Node event = NodeFactory.createURI(iri);
        if (!dsg.contains(Node.ANY, event, RDF.type.asNode(), DIP.Event.asNode())) return null;
        String name = QuadLookups.string(dsg, Node.ANY, event, RDFS.label.asNode());
        if (name == null) return null;
        Node place = QuadLookups.object(dsg, Node.ANY, event, DIP.location.asNode());
        return NodeKey.event(name, QuadLookups.string(dsg, Node.ANY, place, RDFS.label.asNode()),
                QuadLookups.string(dsg, Node.ANY, event, DIP.date.asNode()));
    }

    /** The graphs and article nodes of the articles with this id (one, unless the store holds a clash). */
    void articlesWithId(String id, BiConsumer<Node, Node> graphAndArticle) {
        QuadLookups.each(dsg.find(Node.ANY, Node.ANY, DIP.sourceId.asNode(), NodeFactory.createLiteralString(id)),
                q -> graphAndArticle.accept(q.getGraph(), q.getSubject()));
    }

    /** The graphs and article nodes of the articles published on or after {@code since}. */
    void articlesPublishedSince(LocalDate since, BiConsumer<Node, Node> graphAndArticle) {
        QuadLookups.each(dsg.find(Node.ANY, Node.ANY, DIP.published.asNode(), Node.ANY), q -> {
            LocalDate published = q.getObject().isLiteral() ? date(q.getObject().getLiteralLexicalForm()) : null;
            if (published != null && !published.isBefore(since)) graphAndArticle.accept(q.getGraph(), q.getSubject());
        });
    }

    /** How many articles the store holds, how many carry no publication date, and the latest date: one pass over each index. */
    ExportData.Dates dates() {
        long[] articles = new long[1];
        QuadLookups.each(dsg.find(Node.ANY, Node.ANY, DIP.sourceId.asNode(), Node.ANY), q -> articles[0]++);
        long[] dated = new long[1];
        LocalDate[] latest = new LocalDate[1];
        QuadLookups.each(dsg.find(Node.ANY, Node.ANY, DIP.published.asNode(), Node.ANY), q -> {
            dated[0]++;
            LocalDate d = q.getObject().isLiteral() ? date(q.getObject().getLiteralLexicalForm()) : null;
            if (d != null && (latest[0] == null || d.isAfter(latest[0]))) latest[0] = d;
        });
        return new ExportData.Dates((int) articles[0], (int) Math.max(0, articles[0] - dated[0]), latest[0]);
    }

    /** The assertions an article's graph holds. */
    void assertionsOf(Node graph, Node article, Consumer<Node> assertions) {
        QuadLookups.each(dsg.find(graph, Node.ANY, DIP.article.asNode(), article), q -> assertions.accept(q.getSubject()));
    }

    private static LocalDate date(String lexical) {
        if (lexical == null) return null;
        try {
            return LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
        } catch (DateTimeParseException e) {
            return null; // an unparsable date only means the article is not picked by --since
        }
    }
}
