package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.RelationType;

class SelectionTest {
    @TempDir
    Path dir;

    private VisualGraph select(Selection s) {
        return ExportFixtures.read(ExportFixtures.bothStore(), s).graph();
    }

    /** Edges as "agent relation end" strings, easy to compare. */
    private static Set<String> edges(VisualGraph g) {
        var nodes = g.nodesById();
        Set<String> out = new TreeSet<>();
        for (VisualEdge e : g.edges()) out.add(nodes.get(e.source()).label() + " " + e.label() + " " + nodes.get(e.target()).label());
        return out;
    }

    @Test
    void articlePicksThatArticlesRelationsOnly() {
        VisualGraph g = select(Selection.everything().withArticle(ExportFixtures.SECOND_ID));
        assertEquals(Set.of(ExportFixtures.SPECIAL + " warns Türkiye", "Ελλάδα invites " + ExportFixtures.SPECIAL,
                "Steve Witkoff represents United States"), edges(g));
        assertTrue(g.edges().stream().allMatch(e -> e.articles().equals(java.util.List.of(ExportFixtures.SECOND_ID))));
    }

    @Test
    void relationPicksOneOfTheFour() {
        assertEquals(Set.of("Ali Khamenei warns United States", ExportFixtures.SPECIAL + " warns Türkiye"),
                edges(select(Selection.everything().withRelation(RelationType.WARNS))));
    }

    @Test
    void sinceKeepsArticlesPublishedOnOrAfterTheDate() {
        assertEquals(3, select(Selection.everything().withSince(LocalDate.of(2026, 3, 1))).edges().size());
        assertEquals(ExportFixtures.SEED_EDGES + 2, select(Selection.everything().withSince(LocalDate.of(2026, 2, 3))).edges().size());
        assertEquals(0, select(Selection.everything().withSince(LocalDate.of(2026, 3, 2))).edges().size());
    }

    @Test
    void actorNeighbourhoodGrowsWithDepthAndMatchesOtherNamesInAnyCase() {
        Set<String> depth1 = edges(select(Selection.everything().withActor("tehran", 1)));
        assertEquals(Set.of("Masoud Pezeshkian represents Iran", "Abbas Araghchi represents Iran", "Ali Khamenei represents Iran"), depth1);
        Set<String> depth2 = edges(select(Selection.everything().withActor("IRAN", 2)));
        assertEquals(4, depth2.size());
        assertTrue(depth2.containsAll(depth1));
        assertTrue(depth2.contains("Ali Khamenei warns United States"));
    }

    @Test
    void depthZeroIsTheActorAlone() {
        assertEquals(0, select(Selection.everything().withActor("Iran", 0)).edges().size());
    }

    @Test
    void selectionsCompose() {
        VisualGraph g = select(Selection.everything().withActor("Khamenei", 1).withRelation(RelationType.WARNS));
        assertEquals(Set.of("Ali Khamenei warns United States"), edges(g));
        assertEquals(0, select(Selection.everything().withActor("Khamenei", 1).withArticle(ExportFixtures.SECOND_ID)).edges().size());
    }

    @Test
    void unknownActorIsAClearError() {
        ExportException e = assertThrows(ExportException.class, () -> select(Selection.everything().withActor("Atlantis", 1)));
        assertTrue(e.getMessage().contains("Atlantis"), e.getMessage());
    }

    @Test
    void selectQueryRowsAreEdges() throws IOException {
        Path q = dir.resolve("warns.rq");
        Files.writeString(q, """
                PREFIX dip: <https://w3id.org/parley/dip#>
                SELECT ?s ?p ?o WHERE { ?s dip:warns ?o . BIND(dip:warns AS ?p) }
                """);
        assertEquals(Set.of("Ali Khamenei warns United States", ExportFixtures.SPECIAL + " warns Türkiye"), edges(query(q)));
    }

    @Test
    void constructQueryOfAssertionsPicksThem() throws IOException {
        Path q = dir.resolve("hedged.rq");
        Files.writeString(q, """
                PREFIX dip: <https://w3id.org/parley/dip#>
                CONSTRUCT { ?a dip:agent ?x ; dip:target ?y } WHERE { ?a dip:modality dip:Hedged ; dip:agent ?x ; dip:target ?y }
                """);
        VisualGraph g = query(q);
        assertEquals(Set.of("Ishaq Dar represents Pakistan", "Syed Asim Munir represents Pakistan",
                "Ελλάδα invites " + ExportFixtures.SPECIAL, "Steve Witkoff represents United States"), edges(g));
        // only the hedged assertion about Witkoff was picked, so that edge stays hedged
        assertTrue(g.edges().stream().allMatch(VisualEdge::hedged));
    }

    @Test
    void queryThatIsNeitherConstructNorSelectSpoIsRefusedNamingTheFile() throws IOException {
        Path ask = dir.resolve("ask.rq");
        Files.writeString(ask, "ASK { ?s ?p ?o }");
        ExportException e = assertThrows(ExportException.class, () -> query(ask));
        assertTrue(e.getMessage().contains(ask.toString()), e.getMessage());
        Path broken = dir.resolve("broken.rq");
        Files.writeString(broken, "SELECT ?s WHERE {");
        e = assertThrows(ExportException.class, () -> query(broken));
        assertTrue(e.getMessage().contains("broken.rq") && e.getMessage().contains("not valid SPARQL"), e.getMessage());
    }

    private VisualGraph query(Path q) {
        return select(Selection.everything().withQuery(q));
    }
}
