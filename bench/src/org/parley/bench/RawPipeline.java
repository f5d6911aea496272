package org.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.parley.extract.RuleBasedExtractor;
import org.parley.ingest.Article;
import org.parley.nlp.AnnotatedArticle;
import org.parley.nlp.Annotator;
import org.parley.nlp.Nlp4jParser;
import org.parley.nlp.ParsingAnnotator;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The raw pipeline parley's extraction is built on, the floor of the benchmark: OpenNLP sentence
 * detection, tokenization and POS tagging of every file in a folder with the models parley ships,
 * then the NLP4J dependency parse of the sentences parley would parse. What parley's extraction
 * costs on top is judged against this (issue 17: within 0.5x).
 *
 * <p>Sentences, tokens and tags come from OpenNLP directly, without parley's corrections to them.
 * Which sentences are parsed, and the parse itself, come from parley's own classes (the extractor's
 * {@link RuleBasedExtractor#sentencesWorthParsing()} test, {@link ParsingAnnotator}'s per-sentence
 * and per-article bounds, {@link Nlp4jParser}), so the parser does the same work it does in
 * parley; nothing of parley's extraction runs. Prints one line:
 * {@code articles sentences tokens parsed-sentences parsed-tokens}.
 *
 * <p>Usage: {@code RawPipeline DIR THREADS}
 */
public final class RawPipeline {
    // The same model files parley's annotator loads (they come from the same Maven artifacts).
    private static final String SENT_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        SentenceModel sentenceModel = new SentenceModel(resource(SENT_MODEL));
        TokenizerModel tokenModel = new TokenizerModel(resource(TOKEN_MODEL));
        POSModel posModel = new POSModel(resource(POS_MODEL));
        // The *ME classes are not thread-safe: one set per thread, as any OpenNLP user would do.
        ThreadLocal<SentenceDetectorME> sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        ThreadLocal<TokenizerME> tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
        ThreadLocal<POSTaggerME> tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.PENN));
        Annotator openNlp = article -> tagged(article, sentences.get(), tokenizer.get(), tagger.get());
        Annotator pipeline = new ParsingAnnotator(openNlp, Nlp4jParser.shared(),
                RuleBasedExtractor.standard().sentencesWorthParsing());

        List<Path> files;
        // Follows links, as parley's own input walker does, so both read the same corpus.
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("RawPipeline: no files under " + dir);
            System.exit(2);
        }
        LongAdder sentenceCount = new LongAdder();
        LongAdder tokenCount = new LongAdder();
        LongAdder parsedSentences = new LongAdder();
        LongAdder parsedTokens = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = files.stream().<Future<?>>map(f -> pool.submit(() -> {
            AnnotatedArticle done = pipeline.annotate(new Article(f.getFileName().toString(), read(f), null, null, null));
            for (Sentence s : done.sentences()) {
                sentenceCount.increment();
                tokenCount.add(s.tokens().size());
                if (s.dependencies() != null) {
                    parsedSentences.increment();
                    parsedTokens.add(s.tokens().size());
                }
            }
        })).toList();
        for (Future<?> job : jobs) job.get();
        pool.shutdown();
        System.out.println(files.size() + " " + sentenceCount.sum() + " " + tokenCount.sum() + " "
                + parsedSentences.sum() + " " + parsedTokens.sum());
    }

    /**
     * OpenNLP's sentences, tokens and tags of one article. Each line is detected on its own, as
     * parley feeds its annotator, so that the sentences offered to the parser are parley's: a
     * headline merged into the sentence after it would change which sentences hold a trigger.
     */
    private static AnnotatedArticle tagged(Article article, SentenceDetectorME detector, TokenizerME tokenizer, POSTaggerME tagger) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            for (Span s : detector.sentPosDetect(line)) {
                int start = lineStart + s.getStart();
                String sentence = line.substring(s.getStart(), s.getEnd());
                Span[] spans = tokenizer.tokenizePos(sentence);
                String[] words = Span.spansToStrings(spans, sentence);
                String[] tags = tagger.tag(words);
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(words[i], start + spans[i].getStart(), start + spans[i].getEnd(), tags[i]));
                }
                out.add(new Sentence(start, start + sentence.length(), sentence, tokens));
            }
            lineStart += line.length() + 1;
        }
        return new AnnotatedArticle(article, out);
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = RawPipeline.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("OpenNLP model not on the classpath: " + name);
        return in;
    }
}
