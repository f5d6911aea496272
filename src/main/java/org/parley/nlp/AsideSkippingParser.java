package org.parley.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Parses a sentence without the adverbs news sets off with commas after a list ("X and Y,
 * respectively, called on ..."), then hangs them back on the word before them. The parser, trained
 * on text where such asides are rare, otherwise makes the aside the clause's root or its verb a
 * participle of the subject; without it the clause parses as the plain "X and Y called on ..." it is.
 */
public final class AsideSkippingParser implements DependencyParser {
    private static final Set<String> ASIDES = Set.of("respectively");

    private final DependencyParser parser;

    public AsideSkippingParser(DependencyParser parser) {
        this.parser = parser;
    }

    @Override
    public Dependencies parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        boolean[] skip = new boolean[tokens.size()];
        boolean any = false;
        for (int i = 1; i < tokens.size(); i++) {
            if (!ASIDES.contains(tokens.get(i).text().toLowerCase(java.util.Locale.ROOT)) || !tokens.get(i - 1).text().equals(",")) continue;
            skip[i] = true;
            // the commas around the aside go with it: one comma or none is left where the clause needs it
            if (i + 1 < tokens.size() && tokens.get(i + 1).text().equals(",")) {
                skip[i - 1] = true;
                skip[i + 1] = true;
            }
            any = true;
        }
        if (!any) return parser.parse(sentence);
        List<Token> kept = new ArrayList<>();
        int[] position = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            position[i] = skip[i] ? -1 : kept.size();
            if (!skip[i]) kept.add(tokens.get(i));
        }
        int[] original = new int[kept.size()];
        for (int i = 0; i < tokens.size(); i++) if (!skip[i]) original[position[i]] = i;
        Dependencies inner = parser.parse(new Sentence(sentence.start(), sentence.end(), sentence.text(), kept));
        int n = tokens.size();
        int[] heads = new int[n];
        String[] labels = new String[n];
        String[] lemmas = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            if (!skip[i]) {
                int k = position[i];
                heads[i] = inner.head(k) == Dependencies.ROOT ? Dependencies.ROOT : original[inner.head(k)];
                labels[i] = inner.label(k);
                lemmas[i] = inner.lemma(k);
                tags[i] = inner.tag(k);
                continue;
            }
            int anchor = i - 1;
            while (anchor >= 0 && skip[anchor]) anchor--;
            boolean comma = tokens.get(i).text().equals(",");
            heads[i] = anchor >= 0 ? anchor : Dependencies.ROOT;
            labels[i] = comma ? "punct" : "advmod";
            lemmas[i] = tokens.get(i).text().toLowerCase(java.util.Locale.ROOT);
            tags[i] = comma ? "," : "RB";
        }
        return new Dependencies(heads, labels, lemmas, tags);
    }
}
