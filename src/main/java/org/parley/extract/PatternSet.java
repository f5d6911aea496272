package org.parley.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * The relation patterns, read from one file per relation ({@code patterns/invites.txt}, ...). A
 * line is a trigger and where its arguments stand:
 *
 * <pre>
 * verb invite       agent=subj  target=obj  event=prep:to|obj.prep:to  agentless
 *   e.g. Iran invited Rafael Grossi to Tehran. => Iran > Rafael Grossi
 * noun invitation   via=extend,issue  agent=gov.subj  target=gov.prep:to|gov.dative
 * </pre>
 *
 * A trigger may be several lemmas, comma-separated, that share the line. A noun trigger may require
 * its governing verb ({@code via=}) or preposition ({@code under=}), or both, the verb then being the
 * one the preposition hangs on ({@code under=for via=thank}); any trigger may require one of
 * some modifiers ({@code with=strong,clear}: "a strong message"). Slot paths are
 * {@link Syntax}'s; alternatives separated by {@code |} are tried in order. Flags:
 * {@code agentless}, {@code targetless}; {@code targets=actor|event|any} (default actor);
 * {@code target-words=LEMMAS} (the target's own word must be one: "led the delegation");
 * {@code agents=person}; {@code confidence=0.8}. Lines starting {@code e.g.} give the pattern above them a sentence of our
 * own and the relation it must yield (a test runs them all).
 */
final class PatternSet {
    static final List<String> FILES = List.of("invites", "represents", "hosts", "warns");
    private static final String DIR = "org/parley/extract/patterns/";

    private final Map<String, List<TriggerPattern>> byLemma;
    /** Word beginnings that may be a trigger's inflection: a sentence without any is not worth parsing. */
    private final Set<String> stems;

    private PatternSet(List<TriggerPattern> patterns) {
        Map<String, List<TriggerPattern>> map = new HashMap<>();
        Set<String> s = new LinkedHashSet<>();
        for (TriggerPattern p : patterns) {
            for (String lemma : p.lemma().split(",")) {
                map.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
                s.add(stem(lemma));
            }
        }
        this.byLemma = map;
        this.stems = s;
    }

    static PatternSet load() {
        List<TriggerPattern> all = new ArrayList<>();
        for (String name : FILES) all.addAll(read(name));
        return new PatternSet(all);
    }

    List<TriggerPattern> all() {
        List<TriggerPattern> out = new ArrayList<>();
        byLemma.values().forEach(out::addAll);
        return out;
    }

    /** The patterns whose trigger has this lemma, in file order. */
    List<TriggerPattern> forLemma(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }

    /** Whether some token of the sentence may be a trigger: only such sentences need a parse. */
    boolean mayHoldTrigger(Sentence s) {
        for (Token t : s.tokens()) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.length() < 3) continue;
            for (String stem : stems) if (w.startsWith(stem)) return true;
        }
        return false;
    }

    /** "invite" → "invit", "host" → "host", "receive" → "receiv", "warning" → "warning": what every inflection starts with. */
    private static String stem(String lemma) {
        String first = lemma.split("[ _-]")[0];
        return first.endsWith("e") && first.length() > 3 ? first.substring(0, first.length() - 1) : first;
    }

    private static List<TriggerPattern> read(String name) {
        String resource = DIR + name + ".txt";
        RelationType type = RelationType.fromLabel(name);
        List<TriggerPattern> out = new ArrayList<>();
        try (InputStream in = PatternSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("pattern file not on the classpath: " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                String t = line.strip();
                if (t.isEmpty() || t.startsWith("#")) continue;
                if (t.startsWith("e.g.")) {
                    if (out.isEmpty()) throw new IllegalStateException(resource + ":" + n + ": an example before any pattern");
                    out.get(out.size() - 1).examples().add(t.substring(4).strip());
                    continue;
                }
                out.add(parse(type, t, resource + ":" + n));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    private static TriggerPattern parse(RelationType type, String line, String source) {
        String[] fields = line.split("\\s+");
        if (fields.length < 3 || !(fields[0].equals("verb") || fields[0].equals("noun"))) {
            throw new IllegalStateException(source + ": expected 'verb LEMMA ...' or 'noun LEMMA ...': " + line);
        }
        Set<String> via = Set.of(), under = Set.of(), with = Set.of(), targetWords = Set.of();
        boolean personAgent = false;
        List<String> agent = List.of(), target = List.of(), event = List.of(), topic = List.of();
        TriggerPattern.Targets targets = TriggerPattern.Targets.ACTOR;
        boolean agentless = false, targetless = false;
        double confidence = 0.8;
        for (int i = 2; i < fields.length; i++) {
            String f = fields[i];
            int eq = f.indexOf('=');
            String key = eq < 0 ? f : f.substring(0, eq);
            String value = eq < 0 ? "" : f.substring(eq + 1);
            switch (key) {
                case "via" -> via = Set.of(value.split(","));
                case "under" -> under = Set.of(value.split(","));
                case "with" -> with = Set.of(value.split(","));
                case "agent" -> agent = List.of(value.split("\\|"));
                case "target" -> target = List.of(value.split("\\|"));
                case "event" -> event = List.of(value.split("\\|"));
                case "topic" -> topic = List.of(value.split("\\|"));
                case "targets" -> targets = switch (value) {
                    case "actor" -> TriggerPattern.Targets.ACTOR;
                    case "event" -> TriggerPattern.Targets.EVENT;
                    case "any" -> TriggerPattern.Targets.ACTOR_OR_EVENT;
                    default -> throw new IllegalStateException(source + ": targets is actor, event or any, not " + value);
                };
                case "target-words" -> targetWords = Set.of(value.split(","));
                case "agents" -> {
                    if (!value.equals("person")) throw new IllegalStateException(source + ": agents is only 'person', not " + value);
                    personAgent = true;
                }
                case "agentless" -> agentless = true;
                case "targetless" -> targetless = true;
                case "confidence" -> confidence = Double.parseDouble(value);
                default -> throw new IllegalStateException(source + ": unknown field '" + key + "'");
            }
        }
        return new TriggerPattern(type, fields[0].equals("verb"), fields[1].replace('_', ' '), via, under, with, agent, target,
                event, topic, targets, targetWords, personAgent, agentless, targetless, confidence, new ArrayList<>(), source);
    }
}
