package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.parley.nlp.Dependencies;

/**
 * Whether the clause of a trigger states the act, read off the parse once for every relation:
 * denied ("was not invited", "refused to host", "no invitation"), not real yet ("hopes to invite",
 * "ready to host", "if they invite us", a question), or hedged ("is likely to represent",
 * "reportedly invited", "may host"). The words are data: {@code patterns/moods.txt}.
 */
final class ClauseMood {
    private static final String RESOURCE = "org/parley/extract/patterns/moods.txt";
    /** Labels through which a trigger's clause inherits its governor's mood. */
    private static final Set<String> GOVERNED = Set.of("xcomp", "dobj", "pobj", "prep", "nsubjpass", "ccomp", "acomp",
            "attr", "oprd", "pcomp", "acl");
    private static final Words WORDS = Words.load();

    private final Syntax syn;
    private final String text;

    ClauseMood(Syntax syn, String sentenceText) {
        this.syn = syn;
        this.text = sentenceText;
    }

    /** Denied, wished, offered or conditional: the sentence does not state the act. */
    boolean unstated(int trigger) {
        if (text.strip().endsWith("?")) return true;
        Dependencies d = syn.tree();
        int t = trigger;
        for (int steps = 0; t != Dependencies.ROOT && steps < 6; steps++) {
            for (int c : d.children(t)) {
                String label = d.label(c);
                String lemma = syn.lemma(c);
                if (label.equals("neg") || WORDS.in("negation", lemma) && (label.equals("det") || label.equals("advmod"))) return true;
                if (label.equals("mark") && WORDS.in("condition", lemma)) return true;
                // "Egypt will warn X if Ethiopia builds the dam": an act on a condition
                if (label.equals("advcl") && conditional(c)) return true;
                // "Kenya has yet to invite Brazil"
                if (label.equals("advmod") && WORDS.in("not-yet", lemma) && WORDS.in("not-yet-verbs", syn.lemma(t))) return true;
            }
            if (t != trigger && (WORDS.in("refusal", syn.lemma(t)) || WORDS.in("wish", syn.lemma(t))
                    || WORDS.in("readiness", syn.lemma(t)))) return true;
            if (!GOVERNED.contains(d.label(t))) break;
            t = d.head(t);
        }
        return false;
    }

    private boolean conditional(int clause) {
        for (int c : syn.tree().children(clause)) {
            if (syn.tree().label(c).equals("mark") && WORDS.in("condition", syn.lemma(c))) return true;
        }
        return false;
    }

    /** Reported, expected or possible rather than stated as done. */
    boolean hedged(int trigger) {
        Dependencies d = syn.tree();
        int t = trigger;
        for (int steps = 0; t != Dependencies.ROOT && steps < 6; steps++) {
            for (int c : d.children(t)) {
                String lemma = syn.lemma(c);
                String label = d.label(c);
                if (label.equals("aux") && WORDS.in("modal-hedge", lemma)) return true;
                if ((label.equals("advmod") || label.equals("prep")) && WORDS.in("hedge", lemma)) return true;
            }
            if (t != trigger && WORDS.in("hedge", syn.lemma(t))) return true;
            if (!GOVERNED.contains(d.label(t)) && !d.label(t).equals("xcomp")) break;
            t = d.head(t);
        }
        return false;
    }

    /** The word lists of moods.txt: "[section]" lines, then words. */
    private static final class Words {
        private final Map<String, Set<String>> sections;

        private Words(Map<String, Set<String>> sections) {
            this.sections = sections;
        }

        boolean in(String section, String lemma) {
            return sections.getOrDefault(section, Set.of()).contains(lemma);
        }

        static Words load() {
            Map<String, Set<String>> out = new HashMap<>();
            try (InputStream in = ClauseMood.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("not on the classpath: " + RESOURCE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                Set<String> current = null;
                String line;
                while ((line = r.readLine()) != null) {
                    String t = line.strip();
                    if (t.isEmpty() || t.startsWith("#")) continue;
                    if (t.startsWith("[") && t.endsWith("]")) {
                        current = out.computeIfAbsent(t.substring(1, t.length() - 1), k -> new HashSet<>());
                        continue;
                    }
                    if (current == null) throw new IllegalStateException(RESOURCE + ": words before any [section]");
                    for (String w : t.split("\\s+")) current.add(w.replace('_', ' '));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            return new Words(out);
        }
    }
}
