package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.parley.ingest.Article;

/**
 * Adds a dependency parse to the sentences that need one. Parsing costs several times what
 * sentences, tokens and tags cost together, so only sentences the extractor can use are parsed:
 * those the given test accepts (in practice, those holding a relation's trigger word).
 */
public final class ParsingAnnotator implements Annotator {
    private final Annotator tokens;
    private final DependencyParser parser;
    private final Predicate<Sentence> worthParsing;

    public ParsingAnnotator(Annotator tokens, DependencyParser parser, Predicate<Sentence> worthParsing) {
        this.tokens = tokens;
        this.parser = parser;
        this.worthParsing = worthParsing;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle plain = tokens.annotate(article);
        List<Sentence> out = new ArrayList<>(plain.sentences().size());
        for (Sentence s : plain.sentences()) {
            out.add(worthParsing.test(s) ? s.withDependencies(parser.parse(s)) : s);
        }
        return new AnnotatedArticle(article, out);
    }
}
