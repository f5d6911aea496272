package org.parley.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.parley.cli.Main;
import org.parley.query.NamedQuery;
import org.parley.query.QueryCatalog;
import org.parley.query.QueryRunner;
import org.parley.store.ParleyStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance facts of issue 2 on the seed article, as {@code parley demo} answers them:
 * Pakistan invited to the US-Iran talks by an unstated inviter; Ishaq Dar and Syed Asim Munir
 * represent Pakistan; Türkiye hosts the talks in Istanbul; Ali Khamenei warns the United States of
 * a "regional war"; each with its evidence sentence.
 */
@Tag("acceptance")
class SeedAcceptanceTest {
    @TempDir
    static Path tmp;

    static String demo;
    static Map<String, List<Map<String, String>>> answers = new LinkedHashMap<>();

    @BeforeAll
    static void runDemo() {
        Path store = tmp.resolve("store");
        StringWriter out = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("demo", "--store", store.toString());
        assertEquals(0, status, out.toString());
        demo = out.toString();
        try (ParleyStore s = ParleyStore.open(store)) {
            QueryRunner runner = QueryRunner.local(s.dataset());
            for (String name : List.of("invitations", "representatives", "hosting", "warnings")) {
                NamedQuery q = QueryCatalog.standard().find(name).orElseThrow();
                answers.put(name, text(runner.select(QueryRunner.parse(q.text(), name, Map.of()), Map.of())));
            }
        }
    }

    private static List<Map<String, String>> text(List<QuerySolution> rows) {
        return rows.stream().map(s -> {
            Map<String, String> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral() ? s.getLiteral(v).getLexicalForm() : s.get(v).toString()));
            return row;
        }).toList();
    }

    private static boolean has(String query, Map<String, String> expected) {
        return answers.get(query).stream().anyMatch(row -> expected.entrySet().stream()
                .allMatch(e -> e.getValue() == null ? !row.containsKey(e.getKey()) : e.getValue().equals(row.get(e.getKey()))));
    }

    private static Map<String, String> row(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
        return m;
    }

    @Test
    void pakistanIsInvitedToTheTalksByAnUnstatedInviter() {
        assertTrue(has("invitations", row("invitee", "Pakistan", "inviter", null)), answers.get("invitations").toString());
        assertTrue(answers.get("invitations").stream().anyMatch(r -> "Pakistan".equals(r.get("invitee"))
                && r.getOrDefault("event", "").contains("talks")
                && r.get("evidence").contains("Pakistan has been invited to participate in the US-Iran talks")),
                answers.get("invitations").toString());
    }

    @Test
    void darAndMunirRepresentPakistan() {
        assertTrue(has("representatives", row("representative", "Ishaq Dar", "represented", "Pakistan")),
                answers.get("representatives").toString());
        assertTrue(has("representatives", row("representative", "Syed Asim Munir", "represented", "Pakistan")),
                answers.get("representatives").toString());
    }

    @Test
    void turkiyeHostsTheTalksInIstanbul() {
        assertTrue(answers.get("hosting").stream().anyMatch(r -> "Türkiye".equals(r.get("host"))
                && r.getOrDefault("event", "").contains("talks") && "Istanbul".equals(r.get("place"))
                && r.get("evidence").contains("with Türkiye hosting")), answers.get("hosting").toString());
    }

    @Test
    void khameneiWarnsTheUnitedStatesOfARegionalWar() {
        assertTrue(answers.get("warnings").stream().anyMatch(r -> "Ali Khamenei".equals(r.get("warner"))
                && "United States".equals(r.get("warned")) && "regional war".equals(r.get("topic"))
                && r.get("evidence").contains("has warned of a “regional war”")), answers.get("warnings").toString());
    }

    @Test
    void theDemoPrintsTheseAnswers() {
        for (String name : List.of("Ishaq Dar", "Syed Asim Munir", "Türkiye", "Istanbul", "Ali Khamenei", "regional war")) {
            assertTrue(demo.contains(name), name + " missing from the demo output");
        }
    }
}
