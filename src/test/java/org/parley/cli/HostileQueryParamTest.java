package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;

/**
 * {@code parley query --param} with values built to break out of a query if they were pasted into
 * its text: through the command line they stay one literal, match nothing they do not equal,
 * and leave the store exactly as it was.
 */
class HostileQueryParamTest {
    static final String HOSTILE = "x\" } ; DROP ALL ; #";
    static final String BY_ID = "PREFIX dip: <https://w3id.org/parley/dip#> SELECT ?a WHERE { ?a dip:sourceId ?id }";

    @TempDir
    Path tmp;
    String store;
    Map<String, Model> before;
    long triplesBefore;

    @BeforeEach
    void aStoreWithOneArticle() {
        store = tmp.resolve("store").toString();
        try (ParleyStore s = ParleyStore.open(Path.of(store))) {
            s.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("kept"))));
            before = IngestInterruptionTest.articleGraphs(s);
            triplesBefore = s.tripleCount();
        }
    }

    @Test
    void aHostileValueIsOneLiteralThroughTheCommandLine() {
        CliTest.Run echo = CliTest.parley("query", "--store", store, "--format", "tsv", "--param", "v=" + HOSTILE,
                "--query", "SELECT ?v ?n WHERE { BIND(STRLEN(?v) AS ?n) }");
        assertEquals(0, echo.status(), echo.err());
        assertEquals(List.of("?v\t?n", "\"x\\\" } ; DROP ALL ; #\"\t" + HOSTILE.length()), echo.out().lines().toList());
        assertStoreUnchanged();
    }

    @Test
    void aHostileValueMatchesOnlyWhatEqualsIt() {
        CliTest.Run honest = CliTest.parley("query", "--store", store, "--format", "tsv", "--param", "id=kept", "--query", BY_ID);
        assertEquals(List.of("?a", "<https://w3id.org/parley/id/article/kept>"), honest.out().lines().toList(), honest.err());

        for (String value : List.of("kept\" } ; DROP ALL ; #", HOSTILE, "kept\" || true || \"",
                "<https://w3id.org/parley/id/article/kept> } #", "https://w3id.org/parley/id/article/kept>} UNION {")) {
            CliTest.Run run = CliTest.parley("query", "--store", store, "--format", "tsv", "--param", "id=" + value, "--query", BY_ID);
            assertEquals(0, run.status(), value + ": " + run.err());
            assertEquals(List.of("?a"), run.out().lines().toList(), value + " is a literal that no article id equals");
        }

        CliTest.Run badIri = CliTest.parley("query", "--store", store, "--param", "id=<http://x> } ; DROP ALL ; #<x>", "--query", BY_ID);
        assertEquals(ExitCodes.USAGE, badIri.status(), badIri.out());
        assertTrue(badIri.err().contains("is not a valid IRI"), badIri.err());

        CliTest.Run named = CliTest.parley("query", "--store", store, "--format", "tsv", "actor", "--param", "actor=" + HOSTILE);
        assertEquals(0, named.status(), named.err());
        assertEquals(1, named.out().lines().count(), "only the header: " + named.out());
        assertStoreUnchanged();
    }

    @Test
    void anUpdateIsNotAQuery() {
        CliTest.Run drop = CliTest.parley("query", "--store", store, "--query", "DROP ALL");
        assertEquals(ExitCodes.USAGE, drop.status(), drop.out());
        assertEquals("parley query: --query is a SPARQL update; parley query runs queries, not updates (use serve --update)",
                drop.err().strip());
        assertStoreUnchanged();
    }

    private void assertStoreUnchanged() {
        try (ParleyStore s = ParleyStore.open(Path.of(store))) {
            assertEquals(triplesBefore, s.tripleCount());
            Map<String, Model> after = IngestInterruptionTest.articleGraphs(s);
            assertEquals(before.keySet(), after.keySet());
            before.forEach((iri, g) -> assertTrue(g.isIsomorphicWith(after.get(iri)), iri));
        }
    }
}
