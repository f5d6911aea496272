package org.parley.extract;

import java.util.List;
import org.parley.nlp.AnnotatedArticle;

/** Placeholder while the rule-based extractor is written; replaced in the next commit. */
public final class RuleBasedExtractor implements Extractor {
    public static RuleBasedExtractor standard() { return new RuleBasedExtractor(); }

    @Override
    public Extraction extract(AnnotatedArticle article) {
        return new Extraction(article.article(), List.of(), List.of());
    }
}
