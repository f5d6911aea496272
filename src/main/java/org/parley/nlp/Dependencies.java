package org.parley.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dependency parse of one sentence, indexed by the sentence's own token positions: each token's
 * head (another position, or {@link #ROOT}), the label of the arc to it (ClearNLP's style of Stanford
 * dependencies: nsubj, nsubjpass, dobj, agent, prep, pobj, poss, conj, appos, relcl, acl, xcomp, ...),
 * its lemma and the parser's own part-of-speech tag.
 */
public final class Dependencies {
    public static final int ROOT = -1;

    private final int[] heads;
    private final String[] labels;
    private final String[] lemmas;
    private final String[] tags;
    private final int[][] children;

    public Dependencies(int[] heads, String[] labels, String[] lemmas, String[] tags) {
        int n = heads.length;
        if (labels.length != n || lemmas.length != n || tags.length != n) {
            throw new IllegalArgumentException("a parse needs one head, label, lemma and tag per token");
        }
        this.heads = heads.clone();
        this.labels = labels.clone();
        this.lemmas = lemmas.clone();
        this.tags = tags.clone();
        List<List<Integer>> kids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) kids.add(new ArrayList<>(2));
        for (int i = 0; i < n; i++) if (heads[i] != ROOT) kids.get(heads[i]).add(i);
        this.children = new int[n][];
        for (int i = 0; i < n; i++) children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
    }

    public int size() { return heads.length; }

    /** The head of token i, or {@link #ROOT}. */
    public int head(int i) { return heads[i]; }

    public String label(int i) { return labels[i]; }

    public String lemma(int i) { return lemmas[i]; }

    public String tag(int i) { return tags[i]; }

    /** The dependents of token i, left to right. */
    public int[] children(int i) { return children[i]; }

    /** The first dependent of token i with the given label, or -1. */
    public int child(int i, String label) {
        for (int c : children[i]) if (labels[c].equals(label)) return c;
        return -1;
    }

    /** Whether {@code ancestor} dominates {@code i} (or is i). */
    public boolean dominates(int ancestor, int i) {
        for (int k = i, steps = 0; k != ROOT && steps <= heads.length; k = heads[k], steps++) {
            if (k == ancestor) return true;
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < heads.length; i++) {
            sb.append(i).append(' ').append(lemmas[i]).append(' ').append(tags[i]).append(' ')
                    .append(heads[i]).append(' ').append(labels[i]).append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Dependencies d && Arrays.equals(heads, d.heads) && Arrays.equals(labels, d.labels)
                && Arrays.equals(lemmas, d.lemmas) && Arrays.equals(tags, d.tags);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(heads) * 31 + Arrays.hashCode(labels); }
}
