package org.parley.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints scores as a table, the errors by article and relation type, or JSON for scripts. */
public final class EvalReport {
    private final Scorer.Result result;

    public EvalReport(Scorer.Result result) {
        this.result = result;
    }

    public void table(PrintStream out) {
        out.printf(Locale.ROOT, "%-11s %6s %6s %6s %5s %5s %5s%n", "", "P", "R", "F1", "tp", "fp", "fn");
        for (Map.Entry<String, Counts> e : result.counts().entrySet()) {
            Counts c = e.getValue();
            out.printf(Locale.ROOT, "%-11s %6.3f %6.3f %6.3f %5d %5d %5d%n", e.getKey(), c.precision(), c.recall(), c.f1(),
                    c.tp(), c.fp(), c.fn());
        }
        for (Map.Entry<String, Scorer.IdentityCounts> e : result.identity().entrySet()) {
            Counts c = e.getValue().pairs();
            out.printf(Locale.ROOT, "%-11s %6.3f %6.3f %6.3f %5d %5d %5d%n", "id:" + e.getKey(), c.precision(), c.recall(),
                    c.f1(), c.tp(), c.fp(), c.fn());
        }
        if (!result.identity().isEmpty()) {
            out.println("id:TYPE: cross-article identity, over pairs of found gold actors in different articles (same actor id vs same identity)");
        }
        out.printf(Locale.ROOT, "articles: %d; actor splits (one gold actor, several system actors): %d%n",
                result.articles(), result.actorSplits());
        if (!result.missingArticles().isEmpty()) out.println("articles with no system output: " + result.missingArticles());
    }

    public void errors(PrintStream out) {
        for (Scorer.ArticleErrors a : result.errors()) {
            if (a.isEmpty()) continue;
            out.println("== " + a.article());
            if (!a.actorFalseAlarms().isEmpty()) out.println("   actor false alarms: " + a.actorFalseAlarms());
            if (!a.actorMisses().isEmpty()) out.println("   actor misses: " + a.actorMisses());
            for (String type : Scorer.RELATION_TYPES) {
                print(out, type, "false alarm", a.falseAlarms());
                print(out, type, "miss", a.misses());
            }
        }
    }

    private static void print(PrintStream out, String type, String what, Map<Scorer.Tuple, String> tuples) {
        for (Map.Entry<Scorer.Tuple, String> e : tuples.entrySet()) {
            if (!e.getKey().type().equals(type)) continue;
            out.println("   " + type + " " + what + ": " + e.getKey() + "  | " + oneLine(e.getValue()));
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ");
    }

    public ObjectNode json(ObjectMapper mapper) {
        ObjectNode root = mapper.createObjectNode();
        for (Map.Entry<String, Counts> e : result.counts().entrySet()) {
            Counts c = e.getValue();
            root.putObject(e.getKey()).put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn())
                    .put("p", c.precision()).put("r", c.recall()).put("f1", c.f1());
        }
        if (!result.identity().isEmpty()) {
            ObjectNode identity = root.putObject("identity");
            for (Map.Entry<String, Scorer.IdentityCounts> e : result.identity().entrySet()) {
                Counts c = e.getValue().pairs();
                identity.putObject(e.getKey()).put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn())
                        .put("p", c.precision()).put("r", c.recall()).put("f1", c.f1()).put("mentions", e.getValue().mentions());
            }
        }
        root.put("articles", result.articles());
        root.put("actor_splits", result.actorSplits());
        root.putPOJO("missing_articles", List.copyOf(result.missingArticles()));
        return root;
    }
}
