package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleJson;
import org.parley.resolve.Identities;
import org.parley.resolve.IdentityResolver;
import org.parley.resolve.IriMinter;
import org.parley.store.ParleyStore;

/** The system side of an evaluation: the JSON view of each gold article, each actor under its stored IRI. */
public final class SystemRows {
    private SystemRows() {}

    /**
     * Extracted afresh and resolved across the gold articles as a store holding just them resolves
     * them, so each actor's id is the IRI an ingest of the gold articles stores it under.
     */
    public static List<JsonNode> extracted(List<Article> articles, Function<Article, ArticleGraph> process, ObjectMapper mapper) {
        List<ArticleGraph> graphs = articles.stream().map(process).toList();
        Identities identities = new IdentityResolver().resolveGraphs(graphs.stream().map(g -> g.model().getGraph()).toList());
        ArticleJson view = new ArticleJson(mapper, identities::canonicalOf);
        return graphs.stream().map(g -> (JsonNode) view.toJson(g)).toList();
    }

    /** As a store holds them; an article it does not hold has no row (and is reported missing). */
    public static List<JsonNode> stored(ParleyStore store, List<Article> articles, ObjectMapper mapper) {
        IriMinter iris = new IriMinter();
        ArticleJson view = new ArticleJson(mapper, store.identities()::canonicalOf);
        List<JsonNode> rows = new ArrayList<>();
        for (Article a : articles) store.articleGraph(iris.article(a)).ifPresent(g -> rows.add(view.toJson(g)));
        return rows;
    }
}
