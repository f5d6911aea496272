package org.parley.extract;

import org.parley.nlp.AnnotatedArticle;

/** The extract stage: an annotated article in, its entities and relations out. Implementations are thread-safe. */
public interface Extractor {
    Extraction extract(AnnotatedArticle article);
}
