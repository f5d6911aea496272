package org.parley.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.SimpleTokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.parley.ingest.Article;

/**
 * Sentence detection, tokenization and POS tagging with the Apache OpenNLP English models.
 *
 * <p>The models are shared; the {@code *ME} classes are not thread-safe, so each thread gets its own.
 * The sentence detector ignores newlines, so each line (paragraph) is detected on its own:
 * otherwise a headline or a quoted tweet merges into the sentence after it.
 */
public final class OpenNlpAnnotator implements Annotator {
    private static final String SENT_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizer;
    private final ThreadLocal<POSTaggerME> tagger;

    public OpenNlpAnnotator() {
        SentenceModel sentenceModel = load(SENT_MODEL, SentenceModel::new);
        TokenizerModel tokenModel = load(TOKEN_MODEL, TokenizerModel::new);
        POSModel posModel = load(POS_MODEL, POSModel::new);
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
        // The UD models tag in UPOS by default; our rules are written against Penn tags.
        tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.PENN));
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            annotateLine(text, lineStart, lineEnd, out);
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return new AnnotatedArticle(article, out);
    }

    private void annotateLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) return;
        for (Span s : rejoinAbbreviations(sentences.get().sentPosDetect(line), line)) {
            Span trimmed = s.trim(line);
            if (trimmed.length() == 0) continue;
            int sStart = from + trimmed.getStart();
            int sEnd = from + trimmed.getEnd();
            String sentenceText = text.substring(sStart, sEnd);
            Span[] tokenSpans = splitFinalStop(splitPossessives(
                    joinSplitWords(tokenize(sentenceText), sentenceText), sentenceText), sentenceText);
            for (int first = 0; first < tokenSpans.length; first += MAX_SENTENCE_TOKENS) {
                int last = Math.min(tokenSpans.length, first + MAX_SENTENCE_TOKENS);
                out.add(sentence(text, sStart, sentenceText, java.util.Arrays.copyOfRange(tokenSpans, first, last),
                        first == 0 ? sStart : sStart + tokenSpans[first].getStart(),
                        last == tokenSpans.length ? sEnd : sStart + tokenSpans[last - 1].getEnd()));
            }
        }
    }

    /**
     * No news sentence comes near this many tokens (the dev corpus's longest has 69); a "sentence" of
     * thousands (a huge line without full stops) is cut into pieces of this size. The POS tagger's beam
     * search and the extract stage's per-sentence scans grow with the square of a sentence's length,
     * so without the cut a 200 kB line took minutes.
     */
    static final int MAX_SENTENCE_TOKENS = 300;

    /**
     * No word, name or link in the news is this long; a longer run without whitespace is a wall of
     * brackets, quotes or mangled markup.
     */
    static final int LONGEST_WORD = 100;

    /**
     * The maximum-entropy tokenizer weighs each split point inside a whitespace-delimited run with
     * features that spell out the run's whole prefix and suffix, so its time grows with the square of
     * the run's length: a 1 MB run of brackets and quotes took hours. Runs longer than
     * {@link #LONGEST_WORD} are split by character class instead, in linear time; the runs around
     * them go to the model as before (it reads each run on its own, so cutting between runs changes
     * nothing).
     */
    private Span[] tokenize(String sentence) {
        Span[] runs = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        if (java.util.Arrays.stream(runs).noneMatch(r -> r.length() > LONGEST_WORD)) {
            return tokenizer.get().tokenizePos(sentence);
        }
        List<Span> out = new ArrayList<>();
        int from = 0; // where the ordinary runs not yet tokenized start
        for (Span run : runs) {
            if (run.length() <= LONGEST_WORD) continue;
            addShifted(tokenizer.get().tokenizePos(sentence.substring(from, run.getStart())), from, out);
            addShifted(SimpleTokenizer.INSTANCE.tokenizePos(sentence.substring(run.getStart(), run.getEnd())),
                    run.getStart(), out);
            from = run.getEnd();
        }
        addShifted(tokenizer.get().tokenizePos(sentence.substring(from)), from, out);
        return out.toArray(new Span[0]);
    }

    private static void addShifted(Span[] spans, int offset, List<Span> out) {
        for (Span s : spans) out.add(new Span(s.getStart() + offset, s.getEnd() + offset));
    }

    /** Tokens spans are relative to the sentence text at {@code sentenceStart}; the piece covers start..end. */
    private Sentence sentence(String text, int sentenceStart, String sentenceText, Span[] spans, int start, int end) {
        // An article over its time budget is abandoned and its thread interrupted (see
        // pipeline.ArticleTimeBudget): stop rather than tag the rest for nobody.
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("interrupted while annotating");
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = tagger.get().tag(words);
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], sentenceStart + spans[i].getStart(), sentenceStart + spans[i].getEnd(), tags[i]));
        }
        return new Sentence(start, end, text.substring(start, end), tokens);
    }

    /**
     * The tokenizer keeps a possessive with curly quotes on its noun ("Iran’s"), and hyphens on a
     * word's edge ("DPRK-"); the extractors need them apart, as it already splits "Iran's".
     */
    private static Span[] splitPossessives(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (Span s : spans) {
            int len = s.length();
            // "DPRK-" / "-launch": a hyphen left on a word's edge separates from it
            if (len > 1 && text.charAt(s.getEnd() - 1) == '-') {
                out.add(new Span(s.getStart(), s.getEnd() - 1));
                out.add(new Span(s.getEnd() - 1, s.getEnd()));
                continue;
            }
            if (len > 1 && text.charAt(s.getStart()) == '-') {
                out.add(new Span(s.getStart(), s.getStart() + 1));
                out.add(new Span(s.getStart() + 1, s.getEnd()));
                continue;
            }
            // "Kenya-hosted", "Qatar-brokered": a name and a participle, as the tokenizer already splits "U.S.-hosted"
            java.util.regex.Matcher participle = NAME_PARTICIPLE.matcher(text.substring(s.getStart(), s.getEnd()));
            if (participle.matches()) {
                int hyphen = s.getStart() + participle.end(1);
                out.add(new Span(s.getStart(), hyphen));
                out.add(new Span(hyphen, hyphen + 1));
                out.add(new Span(hyphen + 1, s.getEnd()));
                continue;
            }
            if (len > 2 && (text.charAt(s.getEnd() - 1) == 's' || text.charAt(s.getEnd() - 1) == 'S')
                    && isApostrophe(text.charAt(s.getEnd() - 2))) {
                out.add(new Span(s.getStart(), s.getEnd() - 2));
                out.add(new Span(s.getEnd() - 2, s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    private static final java.util.regex.Pattern NAME_PARTICIPLE = java.util.regex.Pattern.compile("(\\p{Lu}[\\p{L}.]*)-\\p{Ll}+ed");

    private static final java.util.regex.Pattern ENDS_WITH_ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:\\b(?:[A-Z]\\.){2,}|\\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|St|Prof|Adm|Capt|Maj|Sgt|Jr|Sr|No)\\."
            // "George W. Bush", "Michael R. Pompeo": a name's middle initial
            + "|\\b[A-Z][a-z]+ [A-Z]\\.)$");

    /**
     * The sentence model ends a sentence after "U.S." or "Mr." even inside "who is U.S. President
     * Donald Trump's envoy"; a split there is undone when the next part starts with a capitalized
     * word that cannot start a sentence on its own (a name or a title, not "The" or "He"), or with a
     * lower-case word.
     */
    private static Span[] rejoinAbbreviations(Span[] spans, String line) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joins = last != null && (endsWithAbbreviation(line, last) && (startsWithNameLikeWord(line, s) || startsLowerCase(line, s))
                    || endsWithMonth(line, last) && startsWithDigit(line, s));
            if (joins) {
                out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    private static final java.util.Set<String> SENTENCE_STARTERS = java.util.Set.of("The", "A", "An", "He", "She", "It",
            "They", "We", "I", "This", "That", "These", "Those", "But", "And", "However", "In", "On", "At", "After",
            "Before", "Meanwhile", "There", "His", "Her", "Their", "Its", "According", "As", "When", "While", "If");

    /**
     * Looks only at the span's last characters: a span that grows by each rejoin ("Mr. A Mr. B Mr. C ...")
     * would otherwise be copied and searched whole each time, quadratic in the line's length.
     */
    private static boolean endsWithAbbreviation(String line, Span span) {
        int end = span.getEnd();
        while (end > span.getStart() && Character.isWhitespace(line.charAt(end - 1))) end--;
        java.util.regex.Matcher m = ENDS_WITH_ABBREVIATION.matcher(line);
        m.region(Math.max(span.getStart(), end - 64), end);
        m.useTransparentBounds(true); // \b sees the character before the window
        return m.find();
    }

    private static final java.util.regex.Pattern ENDS_WITH_MONTH = java.util.regex.Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.\\s*$");

    /** "met on Feb. 28 in Berlin": a month's abbreviation before a day is no sentence end. */
    private static boolean endsWithMonth(String line, Span span) {
        java.util.regex.Matcher m = ENDS_WITH_MONTH.matcher(line);
        m.region(Math.max(span.getStart(), span.getEnd() - 16), span.getEnd());
        m.useTransparentBounds(true);
        return m.find();
    }

    private static boolean startsWithDigit(String line, Span span) {
        int start = span.getStart();
        while (start < span.getEnd() && Character.isWhitespace(line.charAt(start))) start++;
        return start < span.getEnd() && Character.isDigit(line.charAt(start));
    }

    /** "Ferdinand Marcos Jr. said ...": no sentence starts with a lower-case word. */
    private static boolean startsLowerCase(String line, Span span) {
        int start = span.getStart();
        while (start < span.getEnd() && Character.isWhitespace(line.charAt(start))) start++;
        return start < span.getEnd() && Character.isLowerCase(line.codePointAt(start));
    }

    private static boolean startsWithNameLikeWord(String line, Span span) {
        int start = span.getStart();
        while (start < span.getEnd() && Character.isWhitespace(line.charAt(start))) start++;
        if (start == span.getEnd() || !Character.isUpperCase(line.codePointAt(start))) return false;
        int end = start;
        while (end < span.getEnd() && " \t\n\u000B\f\r,".indexOf(line.charAt(end)) < 0) end++;
        return !SENTENCE_STARTERS.contains(line.substring(start, end));
    }

    /**
     * The tokenizer leaves the full stop that ends a sentence on some last words ("hosted by Egypt.",
     * "warned the SBU.", "in Kyiv."), which then match no name. The sentence detector has decided the
     * sentence ends there, so that stop is the sentence's own, unless the word is an abbreviation with
     * stops inside ("the U.S.", "D.C."), whose last stop is shared with the sentence.
     */
    private static Span[] splitFinalStop(Span[] spans, String text) {
        if (spans.length == 0) return spans;
        Span last = spans[spans.length - 1];
        String word = text.substring(last.getStart(), last.getEnd());
        if (word.length() < 2 || !word.endsWith(".") || word.indexOf('.') != word.length() - 1
                || !Character.isLetterOrDigit(word.charAt(word.length() - 2))) return spans;
        Span[] out = java.util.Arrays.copyOf(spans, spans.length + 1);
        out[spans.length - 1] = new Span(last.getStart(), last.getEnd() - 1);
        out[spans.length] = new Span(last.getEnd() - 1, last.getEnd());
        return out;
    }

    /** The tokenizer sometimes cuts a word in two with no space between ("DPM" → "D" "PM"); rejoin them. */
    private static Span[] joinSplitWords(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.getEnd() == s.getStart() && isWord(text, last) && isWord(text, s)) {
                out.set(out.size() - 1, new Span(last.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out.toArray(new Span[0]);
    }

    private static boolean isWord(String text, Span s) {
        for (int i = s.getStart(); i < s.getEnd(); i++) if (!Character.isLetterOrDigit(text.charAt(i))) return false;
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private interface ModelFactory<M> {
        M create(InputStream in) throws IOException;
    }

    // Loaded by .bin resource name: in a shaded jar the model jars' model.properties files collide.
    private static <M> M load(String resource, ModelFactory<M> factory) {
        try (InputStream in = OpenNlpAnnotator.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("OpenNLP model not on the classpath: " + resource);
            return factory.create(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
