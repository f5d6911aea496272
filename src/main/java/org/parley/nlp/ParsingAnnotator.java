package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;
import org.parley.ingest.Article;

/**
 * Adds a dependency parse to the sentences that need one. Parsing costs several times what
 * sentences, tokens and tags cost together, so only sentences the extractor can use are parsed:
 * those the given test accepts (in practice, those holding a relation's trigger word).
 *
 * <p>The work is bounded per article, so that text no newsroom writes cannot make extraction slow:
 * a "sentence" longer than {@link #MAX_TOKENS} tokens (the dev corpus's longest has 69; longer ones
 * are pieces of a line without full stops) is not parsed, nor is any sentence after the first
 * {@link #MAX_SENTENCES} parsed ones (a news article has a few dozen). Those sentences are read by
 * the token rules alone.
 */
public final class ParsingAnnotator implements Annotator {
    static final int MAX_TOKENS = 150;
    static final int MAX_SENTENCES = 1_000;

    private final Annotator tokens;
    private final DependencyParser parser;
    private final Predicate<Sentence> worthParsing;

    public ParsingAnnotator(Annotator tokens, DependencyParser parser, Predicate<Sentence> worthParsing) {
        this.tokens = tokens;
        this.parser = new AsideSkippingParser(parser);
        this.worthParsing = worthParsing;
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle plain = tokens.annotate(article);
        List<Sentence> out = new ArrayList<>(plain.sentences().size());
        int parsed = 0;
        for (Sentence s : plain.sentences()) {
            // An article over its time budget is abandoned and its thread interrupted (see
            // pipeline.ArticleTimeBudget): stop rather than parse the rest for nobody.
            if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted while parsing");
            boolean parse = parsed < MAX_SENTENCES && s.tokens().size() <= MAX_TOKENS && worthParsing.test(s);
            if (parse) parsed++;
            out.add(parse ? s.withDependencies(ParseRepairs.repair(parser.parse(s))) : s);
        }
        return new AnnotatedArticle(article, out);
    }
}
