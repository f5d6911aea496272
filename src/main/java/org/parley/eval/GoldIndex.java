package org.parley.eval;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps a system label to a gold entity of one article, by the guidelines' rules. */
final class GoldIndex {
    private static final Map<String, Integer> TYPE_RANK = Map.of(
            "Person", 0, "State", 0, "Organization", 0, "Event", 1, "Place", 2);

    private final GoldArticle gold;
    private final Map<String, List<String>> names = new LinkedHashMap<>();

    GoldIndex(GoldArticle gold) {
        this.gold = gold;
        gold.entities().forEach((id, e) -> names.put(id, e.names().stream().map(NameNormalizer::normalize).toList()));
    }

    /** The gold entity id the label maps to, or null. */
    String map(String label) {
        if (label == null) return null;
        String n = NameNormalizer.normalize(label);
        // a name shared by a State and a Place (a capital) maps to the actor
        String exact = names.entrySet().stream().filter(e -> e.getValue().contains(n)).map(Map.Entry::getKey)
                .min(Comparator.comparingInt(id -> TYPE_RANK.get(gold.entities().get(id).type()))).orElse(null);
        if (exact != null) return exact;
        String best = null;
        int bestLen = 0;
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            for (String name : e.getValue()) {
                if (name.split(" ").length >= 2 && NameNormalizer.containsWords(n, name) && name.length() > bestLen) {
                    best = e.getKey();
                    bestLen = name.length();
                }
            }
        }
        if (best != null) return best;
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            if (!gold.entities().get(e.getKey()).type().equals("Event")) continue;
            for (String name : e.getValue()) if (NameNormalizer.containsWords(name, n)) return e.getKey();
        }
        return null;
    }

    GoldArticle gold() { return gold; }
}
