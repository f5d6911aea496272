package org.parley.pipeline;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.parley.extract.Extraction;
import org.parley.extract.Extractor;
import org.parley.extract.RuleBasedExtractor;
import org.parley.ingest.Article;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Annotator;
import org.parley.nlp.Nlp4jParser;
import org.parley.nlp.OpenNlpAnnotator;
import org.parley.nlp.ParsingAnnotator;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphBuilder;
import org.parley.rdf.ShapeValidator;
import org.parley.rdf.ShapeViolationException;
import org.parley.resolve.IriMinter;

/**
 * The stages from an article to its validated graph: annotate → extract → emit RDF → validate.
 * Each stage sees only its own input; this class only passes results along. Thread-safe.
 */
public final class ArticlePipeline {
    private final Annotator annotator;
    private final Extractor extractor;
    private final ArticleGraphBuilder graphs;
    private final ShapeValidator validator;

    public ArticlePipeline(Annotator annotator, Extractor extractor, ArticleGraphBuilder graphs, ShapeValidator validator) {
        this.annotator = annotator;
        this.extractor = extractor;
        this.graphs = graphs;
        this.validator = validator;
    }

    /**
     * The standard pipeline: OpenNLP sentences, tokens and tags, NLP4J dependencies for the sentences
     * the extractor's patterns can use, and the rule-based extractor. Loads the models (seconds; the
     * parser's once per process).
     */
    public static ArticlePipeline standard() {
        RuleBasedExtractor extractor = RuleBasedExtractor.standard();
        Annotator annotator = new ParsingAnnotator(new OpenNlpAnnotator(), Nlp4jParser.shared(),
                extractor.sentencesWorthParsing());
        return new ArticlePipeline(annotator, extractor, new ArticleGraphBuilder(new IriMinter()), new ShapeValidator());
    }

    public Extraction extract(Article article) {
        AnnotatedArticle annotated = annotator.annotate(article);
        stopIfAbandoned();
        return extractor.extract(annotated);
    }

    /** The article's graph, validated against the shapes. */
    public ArticleGraph process(Article article) {
        Extraction extraction = extract(article);
        stopIfAbandoned();
        ArticleGraph graph = graphs.build(extraction);
        stopIfAbandoned();
        List<String> violations = validator.violations(graph.model());
        if (!violations.isEmpty()) throw new ShapeViolationException(article.id(), violations);
        return graph;
    }

    /**
     * An article past its time budget ({@link ArticleTimeBudget}) has its thread interrupted and is
     * abandoned: nobody waits for its graph, so the next stage need not run.
     */
    private static void stopIfAbandoned() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("abandoned: over its time budget");
    }
}
