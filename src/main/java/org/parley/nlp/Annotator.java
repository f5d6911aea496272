package org.parley.nlp;

import org.parley.ingest.Article;

/** The annotate stage: article in, sentences and tagged tokens out. Implementations are thread-safe. */
public interface Annotator {
    AnnotatedArticle annotate(Article article);
}
