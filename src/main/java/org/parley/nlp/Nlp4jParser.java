package org.parley.nlp;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Dependencies from Emory NLP4J's English POS tagger and parser, fed with parley's own tokens so
 * every arc joins tokens whose offsets the rest of the pipeline already knows.
 *
 * <p>Loading the models takes seconds and about a gigabyte of heap, so one instance serves the
 * whole process ({@link #shared()}); NLP4J's decoder keeps no state between sentences and is safe
 * to share between threads.
 */
public final class Nlp4jParser implements DependencyParser {
    private static final String CONFIG = "org/parley/nlp/nlp4j-dep.xml";

    private static final class Holder {
        static final Nlp4jParser INSTANCE = new Nlp4jParser();
    }

    private final NLPDecoder decoder;

    private Nlp4jParser() {
        try (InputStream config = Nlp4jParser.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (config == null) throw new IllegalStateException("parser configuration not on the classpath: " + CONFIG);
            decoder = new NLPDecoder(config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NLP4J parser", e);
        }
    }

    /** The process's parser, loaded on first use. */
    public static Nlp4jParser shared() {
        return Holder.INSTANCE;
    }

    @Override
    public Dependencies parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        int n = tokens.size();
        NLPNode[] nodes = new NLPNode[n + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int i = 0; i < n; i++) nodes[i + 1] = new NLPNode(i + 1, wordForm(tokens.get(i).text()));
        decoder.decode(nodes);
        int[] heads = new int[n];
        String[] labels = new String[n];
        String[] lemmas = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            NLPNode node = nodes[i + 1];
            NLPNode head = node.getDependencyHead();
            heads[i] = head == null || head.getID() == 0 ? Dependencies.ROOT : head.getID() - 1;
            labels[i] = node.getDependencyLabel() == null ? "dep" : node.getDependencyLabel();
            lemmas[i] = node.getLemma() == null ? tokens.get(i).text().toLowerCase(java.util.Locale.ROOT) : node.getLemma();
            tags[i] = node.getPartOfSpeechTag() == null ? "" : node.getPartOfSpeechTag();
        }
        return new Dependencies(heads, labels, lemmas, tags);
    }

    /** The parser was trained on straight quotes; news uses curly ones. */
    private static String wordForm(String token) {
        return switch (token) {
            case "\u201C", "\u201D", "\u201E" -> "\"";
            case "\u2018", "\u2019" -> "'";
            case "\u2019s" -> "'s";
            default -> token;
        };
    }
}
