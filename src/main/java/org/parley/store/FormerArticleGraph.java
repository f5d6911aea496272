package org.parley.store;

import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Statement;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.resolve.IriMinter;

/**
 * An article's graph as an earlier version of parley stored it, under its slug alone (see
 * {@link IriMinter#formerArticleIri}). Storing the article again takes that graph away, so that a
 * store written before does not end up holding the article twice. A graph there is the article's
 * only if it says so ({@code dip:sourceId}): under the slug of several ids it may be another's.
 */
record FormerArticleGraph(String iri, Graph graph) {
    /**
     * The article's former graph, if the store holds one.
     *
     * @param stored reads a graph from the store by its IRI
     */
    static Optional<FormerArticleGraph> of(ArticleGraph article, Function<String, Optional<Graph>> stored) {
        Statement id = article.model().getResource(article.graphIri()).getProperty(DIP.sourceId);
        if (id == null) return Optional.empty();
        String sourceId = id.getString();
        return IriMinter.formerArticleIri(sourceId).flatMap(iri -> stored.apply(iri)
                .filter(g -> g.contains(NodeFactory.createURI(iri), DIP.sourceId.asNode(), NodeFactory.createLiteralString(sourceId)))
                .map(g -> new FormerArticleGraph(iri, g)));
    }
}
