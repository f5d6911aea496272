package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QuerySolution;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each query in queries/ against a store holding two copies of the hand-built fixture article. */
class NamedQueriesTest {
    @TempDir
    static Path tmp;

    static ParleyStore store;
    static QueryRunner runner;
    static final QueryCatalog CATALOG = QueryCatalog.of(Path.of("queries"), false);

    @BeforeAll
    static void load() {
        store = ParleyStore.open(tmp.resolve("store"));
        store.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("first")),
                DiplomacyFixture.graph(DiplomacyFixture.article("second"))));
        runner = QueryRunner.local(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Rows as variable → text, unbound variables left out. */
    static List<Map<String, String>> rows(String name, Map<String, Node> params) {
        NamedQuery q = CATALOG.find(name).orElseThrow(() -> new AssertionError("no query " + name));
        List<QuerySolution> solutions = runner.select(QueryRunner.parse(q.text(), name, params), params);
        return solutions.stream().map(s -> {
            Map<String, String> row = new LinkedHashMap<>();
            s.varNames().forEachRemaining(v -> {
                var n = s.get(v);
                row.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
            });
            return row;
        }).toList();
    }

    static List<Map<String, String>> rows(String name) {
        return rows(name, Map.of());
    }

    @Test
    void everyQueryStatesItsQuestionParsesAndFindsSomething() {
        Set<String> names = new TreeSet<>();
        for (NamedQuery q : CATALOG.all()) {
            names.add(q.name());
            assertFalse(q.question().isBlank(), q.name() + " has no question comment");
            Map<String, Node> params = new LinkedHashMap<>();
            q.params().forEach(p -> params.put(p.name(), QueryParams.term(p.example())));
            assertFalse(rows(q.name(), params).isEmpty(), q.name() + " found nothing in the fixture");
        }
        assertEquals(Set.of("invitations", "representatives", "hosting", "warnings", "actors", "actor", "evidence", "events", "state"), names);
    }

    @Test
    void stateIsFoundByEitherIsoCodeInAnyCaseAndJoinsTheArticlesFacts() {
        List<Map<String, String>> byAlpha2 = rows("state", Map.of("code", QueryParams.term("pk")));
        assertEquals(byAlpha2, rows("state", Map.of("code", QueryParams.term("PAK"))));
        assertTrue(byAlpha2.contains(Map.of("state", "Pakistan", "alpha2", "PK", "alpha3", "PAK", "fact", "is mentioned",
                "articles", "2")), byAlpha2.toString());
        assertTrue(byAlpha2.contains(Map.of("state", "Pakistan", "alpha2", "PK", "alpha3", "PAK", "fact", "is represented by",
                "value", "Ishaq Dar", "articles", "2")), byAlpha2.toString());
        assertTrue(rows("state", Map.of("code", QueryParams.term("XX"))).isEmpty());
    }

    @Test
    void invitationsNameInviteeEventAndModalityAndLeaveAnUnstatedInviterUnbound() {
        assertEquals(List.of(Map.of("invitee", "Pakistan", "event", "US-Iran talks", "modality", "asserted",
                "articles", "2", "evidence", DiplomacyFixture.INVITE)), rows("invitations"));
    }

    @Test
    void representativesComeWithTheirRole() {
        assertEquals(List.of(Map.of("representative", "Ishaq Dar", "role", "Deputy Prime Minister", "represented", "Pakistan",
                "event", "US-Iran talks", "modality", "hedged", "articles", "2", "evidence", DiplomacyFixture.REPRESENT)),
                rows("representatives"));
    }

    @Test
    void hostingGivesTheEventsPlaceAndDate() {
        assertEquals(List.of(Map.of("host", "Türkiye", "event", "US-Iran talks", "place", "Istanbul", "date", "2026-02-06",
                "modality", "asserted", "articles", "2", "evidence", DiplomacyFixture.HOST)), rows("hosting"));
    }

    @Test
    void warningsGiveTheTopic() {
        assertEquals(List.of(Map.of("warner", "Ali Khamenei", "warned", "United States", "topic", "regional war",
                "modality", "asserted", "articles", "2", "evidence", DiplomacyFixture.WARN)), rows("warnings"));
    }

    @Test
    void actorsAreCountedByTheArticlesThatMentionThemAndPlacesAndEventsAreNotActors() {
        List<Map<String, String>> rows = rows("actors");
        assertEquals(5, rows.size(), rows.toString());
        assertTrue(rows.contains(Map.of("actor", "Ishaq Dar", "type", "Person", "articles", "2")), rows.toString());
        assertTrue(rows.contains(Map.of("actor", "Türkiye", "type", "State", "articles", "2")), rows.toString());
    }

    @Test
    void actorMatchesAnyNameCaseInsensitivelyAndTellsEverythingKnown() {
        List<Map<String, String>> rows = rows("actor", QueryParams.parse(List.of("actor=KHAMENEI")));
        assertTrue(rows.contains(Map.of("name", "Ali Khamenei", "fact", "is a", "value", "Person", "articles", "2")), rows.toString());
        assertTrue(rows.contains(Map.of("name", "Ali Khamenei", "fact", "is called", "value", "Khamenei", "articles", "2")), rows.toString());
        assertTrue(rows.contains(Map.of("name", "Ali Khamenei", "fact", "has the role", "value", "Supreme Leader", "articles", "2")),
                rows.toString());
        assertTrue(rows.contains(Map.of("name", "Ali Khamenei", "fact", "warns", "value", "United States", "articles", "2",
                "evidence", DiplomacyFixture.WARN)), rows.toString());

        List<Map<String, String>> pakistan = rows("actor", QueryParams.parse(List.of("actor=pakistan")));
        assertTrue(pakistan.contains(Map.of("name", "Pakistan", "fact", "is represented by", "value", "Ishaq Dar",
                "event", "US-Iran talks", "articles", "2", "evidence", DiplomacyFixture.REPRESENT)), pakistan.toString());
        assertTrue(pakistan.contains(Map.of("name", "Pakistan", "fact", "is invited by", "event", "US-Iran talks",
                "articles", "2", "evidence", DiplomacyFixture.INVITE)), pakistan.toString());

        assertEquals(List.of(), rows("actor", QueryParams.parse(List.of("actor=Atlantis"))));
    }

    @Test
    void evidenceGivesSentenceOffsetsAndArticleForEachRelationOfTheActor() {
        List<Map<String, String>> rows = new java.util.ArrayList<>(rows("evidence", QueryParams.parse(List.of("actor=pakistan"))));
        // invited, and represented by Ishaq Dar, in each of the two articles
        assertEquals(4, rows.size(), rows.toString());
        rows.sort(java.util.Comparator.comparing((Map<String, String> r) -> r.get("article")).thenComparing(r -> r.get("relation")));
        Map<String, String> first = rows.get(0);
        int start = DiplomacyFixture.TEXT.indexOf(DiplomacyFixture.INVITE);
        assertEquals("first", first.get("article"));
        assertEquals("invites", first.get("relation"));
        assertEquals("Pakistan", first.get("object"));
        assertEquals(String.valueOf(start), first.get("charStart"));
        assertEquals(String.valueOf(start + DiplomacyFixture.INVITE.length()), first.get("charEnd"));
        assertEquals(DiplomacyFixture.INVITE, first.get("evidence"));
        assertEquals(Map.of("article", "second", "relation", "represents", "subject", "Ishaq Dar", "object", "Pakistan"),
                Map.of("article", rows.get(3).get("article"), "relation", rows.get(3).get("relation"),
                        "subject", rows.get(3).get("subject"), "object", rows.get(3).get("object")));
        assertEquals(List.of(), rows("evidence", QueryParams.parse(List.of("actor=Atlantis"))));
    }

    @Test
    void eventsListTheirParticipantsInEachCapacity() {
        List<Map<String, String>> rows = rows("events");
        Map<String, String> common = Map.of("event", "US-Iran talks", "place", "Istanbul", "date", "2026-02-06");
        assertEquals(List.of(with(common, "Türkiye", "host"), with(common, "Pakistan", "invitee"),
                with(common, "Ishaq Dar", "representative"), with(common, "Pakistan", "represented")), rows);
    }

    private static Map<String, String> with(Map<String, String> common, String participant, String as) {
        Map<String, String> row = new LinkedHashMap<>(common);
        row.put("participant", participant);
        row.put("as", as);
        return row;
    }
}
