package org.parley.nlp;

/**
 * Mends a mistake the dependency parser makes in a known shape, so that the rules reading the
 * parse need not each allow for it: a clause's main verb read as a participle describing its subject.
 *
 * <p>"The two envoys, A and B, called on Quito to act, warning that ...": after a subject with an
 * apposition the parser takes "called" for a reduced relative ("envoys called ...") and leaves the
 * sentence with a noun, or the adjunct "warning", as its root. News sentences are finite: where the
 * root is a noun or an -ing form and its subject (or the noun itself) carries a past-tense participle
 * with no "by"-agent, that participle is the main verb, the noun its subject, and a trailing
 * ", warning ..." its adverbial.
 */
public final class ParseRepairs {
    private ParseRepairs() {}

    public static Dependencies repair(Dependencies d) {
        int root = rootOf(d);
        if (root < 0) return d;
        int subject;
        if (d.tag(root).startsWith("NN")) subject = root;
        else if (d.tag(root).equals("VBG")) subject = d.child(root, "nsubj");
        else return d;
        if (subject < 0 || subject > root) return d;
        for (int v : d.children(subject)) {
            if (!d.label(v).equals("acl") || !(d.tag(v).equals("VBN") || d.tag(v).equals("VBD"))) continue;
            if (v < 1 || !d.tag(v - 1).equals(",") && !d.lemma(v - 1).equals(",")) continue;
            if (d.child(v, "agent") >= 0) return d; // "the envoys, named by the court, ...": a true reduced passive
            return promote(d, v, subject, root);
        }
        return d;
    }

    private static int rootOf(Dependencies d) {
        for (int i = 0; i < d.size(); i++) if (d.head(i) == Dependencies.ROOT) return i;
        return -1;
    }

    private static Dependencies promote(Dependencies d, int verb, int subject, int oldRoot) {
        int n = d.size();
        int[] heads = new int[n];
        String[] labels = new String[n];
        String[] lemmas = new String[n];
        String[] tags = new String[n];
        for (int i = 0; i < n; i++) {
            heads[i] = d.head(i);
            labels[i] = d.label(i);
            lemmas[i] = d.lemma(i);
            tags[i] = d.tag(i);
        }
        heads[verb] = Dependencies.ROOT;
        labels[verb] = "root";
        tags[verb] = "VBD";
        heads[subject] = verb;
        labels[subject] = "nsubj";
        if (oldRoot != subject) {
            heads[oldRoot] = verb;
            labels[oldRoot] = "advcl";
        }
        for (int i = verb + 1; i < n; i++) {
            // ", warning that ...", hung on the subject or on the last object: the main verb's adverbial
            boolean adjunct = tags[i].equals("VBG") && tags[i - 1].equals(",") && (labels[i].equals("acl") || labels[i].equals("conj"));
            if (adjunct && i != oldRoot) {
                heads[i] = verb;
                labels[i] = "advcl";
            }
            // the old root's punctuation after the verb (the final full stop) goes with the new root
            if (heads[i] == subject && labels[i].equals("punct")) heads[i] = verb;
        }
        return new Dependencies(heads, labels, lemmas, tags);
    }
}
