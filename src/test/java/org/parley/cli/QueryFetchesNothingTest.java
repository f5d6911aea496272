package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;
import org.parley.testkit.OtherHost;
import org.parley.testkit.Tripwire;

/**
 * {@code parley query} reads the store and nothing else: {@code SERVICE} sends no request unless
 * {@code --allow-service} is given, and a {@code <java:...>} function IRI loads no class.
 */
class QueryFetchesNothingTest {
    @TempDir
    Path tmp;
    String store;
    OtherHost elsewhere;

    @BeforeEach
    void aStoreAndAnotherHost() throws Exception {
        store = tmp.resolve("store").toString();
        try (ParleyStore s = ParleyStore.open(Path.of(store))) {
            s.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("kept"))));
        }
        elsewhere = new OtherHost();
    }

    @AfterEach
    void stop() {
        elsewhere.close();
    }

    private String serviceQuery() {
        return "SELECT * WHERE { SERVICE <" + elsewhere.url("/sparql") + "> { ?s ?p ?o } }";
    }

    @Test
    void serviceIsRefusedWithAReasonAndNothingIsSent() {
        CliTest.Run run = CliTest.parley("query", "--store", store, "--query", serviceQuery());
        assertEquals(ExitCodes.USAGE, run.status(), run.out());
        assertTrue(run.err().startsWith("parley query: ") && run.err().contains("--allow-service"), run.err());
        assertEquals("", run.out());
        assertEquals(0, elsewhere.requests(), "no request left the machine's parley process");
    }

    @Test
    void allowServiceLetsTheQueryCallTheEndpoint() {
        CliTest.Run run = CliTest.parley("query", "--store", store, "--allow-service", "--query", serviceQuery());
        assertNotEquals(0, run.status(), "what it answers is no SPARQL result: " + run.out());
        assertTrue(elsewhere.requests() > 0, "the query did call the endpoint");
    }

    @Test
    void aJavaFunctionIriLoadsNoClass() {
        CliTest.Run run = CliTest.parley("query", "--store", store, "--format", "tsv",
                "--query", "SELECT (<" + Tripwire.iri(Tripwire.ForQueryCommand.class) + ">(1) AS ?v) WHERE {}");
        assertEquals(0, run.status(), run.err());
        assertEquals(List.of("?v", ""), run.out().lines().toList(), "unbound: there is no such function");
        assertFalse(Tripwire.loaded(Tripwire.ForQueryCommand.class));
    }
}
