package org.parley.pipeline;

import java.util.function.Function;
import java.util.function.Supplier;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;

/**
 * The standard pipeline, built on the first article that needs it: a re-run over unchanged
 * articles then never loads the NLP models.
 */
public final class LazyPipeline implements Function<Article, ArticleGraph> {
    private final Supplier<ArticlePipeline> factory;
    private volatile ArticlePipeline pipeline;

    public LazyPipeline(Supplier<ArticlePipeline> factory) {
        this.factory = factory;
    }

    public static LazyPipeline standard() {
        return new LazyPipeline(ArticlePipeline::standard);
    }

    @Override
    public ArticleGraph apply(Article article) {
        return pipeline().process(article);
    }

    /**
     * Loads the models now, if not yet loaded: {@link ArticleTimeBudget} calls this before it starts
     * an article's clock, so that the seconds the models take to load count against no article.
     */
    ArticlePipeline pipeline() {
        ArticlePipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                if (pipeline == null) pipeline = factory.get();
                p = pipeline;
            }
        }
        return p;
    }
}
