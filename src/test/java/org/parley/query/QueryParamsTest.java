package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryParamsTest {
    static final String HOSTILE = "x\" } ; DROP ALL ; #";

    @TempDir
    Path tmp;

    @Test
    void aValueThatLooksLikeSparqlStaysOneLiteral() {
        assertEquals(NodeFactory.createLiteralString(HOSTILE), QueryParams.parse(List.of("actor=" + HOSTILE)).get("actor"));
    }

    @Test
    void iriLookingValuesBindAsIrisAndBadIrisAreRefused() {
        assertEquals(NodeFactory.createURI("https://w3id.org/parley/id/state/pakistan"),
                QueryParams.term("https://w3id.org/parley/id/state/pakistan"));
        assertEquals(NodeFactory.createURI("urn:x:1"), QueryParams.term("<urn:x:1>"));
        assertTrue(QueryParams.term("http://x\" } ; DROP ALL ; #").isLiteral(), "not an IRI: stays a literal");
        assertThrows(IllegalArgumentException.class, () -> QueryParams.term("<http://x> } ; DROP ALL ; #<x>"));
        assertThrows(IllegalArgumentException.class, () -> QueryParams.parse(List.of("no-equals-sign")));
        assertThrows(IllegalArgumentException.class, () -> QueryParams.parse(List.of("bad name=x")));
    }

    @Test
    void aHostileValueIsMatchedAsDataAndLeavesTheStoreAsItWas() {
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("kept"))));
            long before = store.tripleCount();
            QueryRunner runner = QueryRunner.local(store.dataset());
            Map<String, Node> params = QueryParams.parse(List.of("v=" + HOSTILE));

            Query echo = QueryRunner.parse("SELECT ?v ?n WHERE { BIND(STRLEN(?v) AS ?n) }", "echo", params);
            List<QuerySolution> rows = runner.select(echo, params);
            assertEquals(HOSTILE, rows.get(0).getLiteral("v").getString());
            assertEquals(HOSTILE.length(), rows.get(0).getLiteral("n").getInt());

            Query actor = QueryRunner.parse(QueryCatalog.of(Path.of("queries"), false).find("actor").orElseThrow().text(),
                    "actor", Map.of("actor", params.get("v")));
            assertEquals(List.of(), runner.select(actor, Map.of("actor", params.get("v"))));
            assertEquals(before, store.tripleCount());
        }
    }

    @Test
    void aParameterTheQueryDoesNotUseIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryRunner.parse(
                "SELECT ?s WHERE { ?s ?p ?o }", "q.rq", QueryParams.parse(List.of("actor=x"))));
        assertEquals("q.rq has no variable ?actor for --param actor", e.getMessage());
    }
}
