package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores system output (the JSON view, one object per article) against gold annotations exactly as
 * the corpus guidelines' Scoring section and the reference score.py do.
 */
public final class Scorer {
    public static final List<String> RELATION_TYPES = List.of("invites", "represents", "hosts", "warns");

    /** A relation tuple after mapping: ids of gold entities, "?label" for unmapped labels, null for null. */
    public record Tuple(String type, String subject, String object) {
        @Override
        public String toString() { return "(" + type + ", " + subject + ", " + object + ")"; }
    }

    /** What went wrong in one article: false alarms (with evidence where the system gave one) and misses. */
    public record ArticleErrors(String article, Map<Tuple, String> falseAlarms, Map<Tuple, String> misses,
                                List<String> actorFalseAlarms, List<String> actorMisses) {
        public boolean isEmpty() {
            return falseAlarms.isEmpty() && misses.isEmpty() && actorFalseAlarms.isEmpty() && actorMisses.isEmpty();
        }
    }

    /**
     * @param identity cross-article identity per actor type ("Person", "Organization", "State", "all"):
     *                 pairwise counts over found gold actors of two different articles; empty when scored
     *                 without identities
     */
    public record Result(Map<String, Counts> counts, int articles, int actorSplits, List<String> missingArticles,
                         List<ArticleErrors> errors, Map<String, IdentityCounts> identity) {}

    /** Pairwise identity counts, with the number of found gold actors they are over. */
    public record IdentityCounts(Counts pairs, int mentions) {}

    public static final List<String> IDENTITY_TYPES = List.of("Person", "Organization", "State", "all");

    /** A gold actor that the system found, with the id the system gave it. */
    private record Found(String article, String entity, String type, String systemId) {}

    public Result score(Collection<GoldArticle> golds, Collection<JsonNode> systemRows) {
        return score(golds, systemRows, null);
    }

    /** @param identities global identities of gold actors (see {@link GoldIdentities}), or null to score without */
    public Result score(Collection<GoldArticle> golds, Collection<JsonNode> systemRows, GoldIdentities identities) {
        Map<String, JsonNode> byArticle = new HashMap<>();
        for (JsonNode row : systemRows) byArticle.put(row.path("article").asText(), row);
        Map<String, Counts> counts = new LinkedHashMap<>();
        counts.put("actors", Counts.ZERO);
        counts.put("relations", Counts.ZERO);
        for (String t : RELATION_TYPES) counts.put(t, Counts.ZERO);
        List<String> missing = new ArrayList<>();
        List<ArticleErrors> errors = new ArrayList<>();
        int splits = 0;
        List<Found> found = new ArrayList<>();

        for (GoldArticle gold : golds) {
            JsonNode row = byArticle.get(gold.id());
            if (row == null) missing.add(gold.id());
            GoldIndex index = new GoldIndex(gold);

            Set<String> goldActors = new HashSet<>();
            gold.entities().values().stream().filter(GoldArticle.GoldEntity::isActor).forEach(e -> goldActors.add(e.id()));
            Map<String, Integer> seen = new HashMap<>();
            List<String> actorFp = new ArrayList<>();
            for (JsonNode a : iterate(row, "actors")) {
                String label = a.path("label").isNull() ? null : a.path("label").asText(null);
                String id = index.map(label);
                if (id != null && goldActors.contains(id)) {
                    if (!seen.containsKey(id)) {
                        JsonNode systemId = a.get("id");
                        found.add(new Found(gold.id(), id, gold.entities().get(id).type(),
                                systemId == null || systemId.isNull() ? null : systemId.asText()));
                    }
                    seen.merge(id, 1, Integer::sum);
                } else actorFp.add(label);
            }
            splits += (int) seen.values().stream().filter(n -> n > 1).count();
            List<String> actorFn = goldActors.stream().filter(id -> !seen.containsKey(id)).sorted().toList();
            counts.merge("actors", new Counts(seen.size(), actorFp.size(), actorFn.size()), Counts::plus);

            Map<Tuple, String> goldRel = new LinkedHashMap<>();
            Set<Tuple> optional = new HashSet<>();
            for (GoldArticle.GoldRelation r : gold.relations()) {
                Tuple t = new Tuple(r.type(), r.subject(), r.object());
                if (r.optional()) optional.add(t);
                else goldRel.put(t, r.evidence());
            }
            Map<Tuple, String> sysRel = new LinkedHashMap<>();
            for (JsonNode r : iterate(row, "relations")) {
                Tuple t = new Tuple(r.path("type").asText(), mapped(index, r.get("subject")), mapped(index, r.get("object")));
                sysRel.putIfAbsent(t, r.path("evidence").asText(""));
            }
            sysRel.keySet().removeAll(optional);
            sysRel.keySet().removeIf(t -> bodyOfState(gold, t));
            goldRel.keySet().removeIf(t -> bodyOfState(gold, t));

            Map<Tuple, String> fps = new LinkedHashMap<>(sysRel);
            fps.keySet().removeAll(goldRel.keySet());
            Map<Tuple, String> fns = new LinkedHashMap<>(goldRel);
            fns.keySet().removeAll(sysRel.keySet());
            Set<Tuple> tps = new HashSet<>(sysRel.keySet());
            tps.retainAll(goldRel.keySet());
            for (String type : RELATION_TYPES) {
                counts.merge(type, new Counts(count(tps, type), count(fps.keySet(), type), count(fns.keySet(), type)), Counts::plus);
            }
            counts.merge("relations", new Counts(tps.size(), fps.size(), fns.size()), Counts::plus);
            errors.add(new ArticleErrors(gold.id(), fps, fns, actorFp, actorFn));
        }
        Map<String, IdentityCounts> identity = identities == null ? Map.of() : identity(found, identities);
        return new Result(counts, golds.size(), splits, missing, errors, identity);
    }

    /**
     * Over every pair of found gold actors in two different articles: "same" in gold is the same global
     * identity, "same" for the system the same actor id.
     */
    private static Map<String, IdentityCounts> identity(List<Found> found, GoldIdentities identities) {
        Map<String, IdentityCounts> out = new LinkedHashMap<>();
        for (String type : IDENTITY_TYPES) {
            List<Found> fs = found.stream().filter(f -> type.equals("all") || f.type().equals(type)).toList();
            int tp = 0, fp = 0, fn = 0;
            for (int i = 0; i < fs.size(); i++) {
                for (int j = i + 1; j < fs.size(); j++) {
                    Found a = fs.get(i), b = fs.get(j);
                    if (a.article().equals(b.article())) continue;
                    boolean goldSame = identities.of(a.article(), a.entity()).equals(identities.of(b.article(), b.entity()));
                    boolean systemSame = a.systemId() != null && a.systemId().equals(b.systemId());
                    if (goldSame && systemSame) tp++;
                    else if (systemSame) fp++;
                    else if (goldSame) fn++;
                }
            }
            out.put(type, new IdentityCounts(new Counts(tp, fp, fn), fs.size()));
        }
        return out;
    }

    private static String mapped(GoldIndex index, JsonNode label) {
        if (label == null || label.isNull()) return null;
        String id = index.map(label.asText());
        return id != null ? id : "?" + NameNormalizer.normalize(label.asText());
    }

    // A body of a state "representing" that state is not scored (guidelines: represents).
    private static boolean bodyOfState(GoldArticle gold, Tuple t) {
        if (!t.type().equals("represents")) return false;
        GoldArticle.GoldEntity s = t.subject() == null ? null : gold.entities().get(t.subject());
        GoldArticle.GoldEntity o = t.object() == null ? null : gold.entities().get(t.object());
        return s != null && o != null && s.type().equals("Organization") && o.type().equals("State");
    }

    private static int count(Collection<Tuple> tuples, String type) {
        return (int) tuples.stream().filter(t -> t.type().equals(type)).count();
    }

    private static Iterable<JsonNode> iterate(JsonNode row, String field) {
        if (row == null || !row.path(field).isArray()) return List.of();
        return row.get(field);
    }
}
