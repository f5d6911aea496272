package org.parley.nlp;

import java.util.List;
import org.parley.ingest.Article;

/** An article split into sentences and tokens, offsets into {@link Article#text()}. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
