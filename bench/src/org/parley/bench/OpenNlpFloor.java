package org.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The raw OpenNLP floor of the benchmark: sentence detection, tokenization and POS tagging of
 * every file in a folder with the models parley ships, and no parley code at all. What parley's
 * extraction costs is judged against this. Prints one line: {@code articles sentences tokens}.
 *
 * <p>Usage: {@code OpenNlpFloor DIR THREADS}
 */
public final class OpenNlpFloor {
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

        List<Path> files;
        // Follows links, as parley's own input walker does, so both read the same corpus.
        try (Stream<Path> walk = Files.walk(dir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        if (files.isEmpty()) {
            System.err.println("OpenNlpFloor: no files under " + dir);
            System.exit(2);
        }
        LongAdder sentenceCount = new LongAdder();
        LongAdder tokenCount = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> jobs = files.stream().<Future<?>>map(f -> pool.submit(() -> {
            String text = read(f);
            for (String sentence : sentences.get().sentDetect(text)) {
                String[] tokens = tokenizer.get().tokenize(sentence);
                tagger.get().tag(tokens);
                sentenceCount.increment();
                tokenCount.add(tokens.length);
            }
        })).toList();
        for (Future<?> job : jobs) job.get();
        pool.shutdown();
        System.out.println(files.size() + " " + sentenceCount.sum() + " " + tokenCount.sum());
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = OpenNlpFloor.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("OpenNLP model not on the classpath: " + name);
        return in;
    }
}
