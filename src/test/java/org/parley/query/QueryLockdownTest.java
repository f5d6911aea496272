package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.testkit.OtherHost;
import org.parley.testkit.Tripwire;

/** What a query may do when parley runs it: read the store, within its time, and nothing else. */
class QueryLockdownTest {
    /** Backtracks for minutes on 48 letters with Java's regex engine. */
    static final String CATASTROPHIC = "(.*a){8}b";
    static final String AAAA = "a".repeat(48);

    private static QuerySolution row(String sparql, boolean lockdown) {
        Dataset ds = DatasetFactory.createTxnMem();
        var b = QueryExecution.dataset(ds).query(sparql);
        if (lockdown) {
            Context rules = QueryLockdown.context(false);
            rules.keys().forEach(k -> b.set(k, rules.get(k)));
        }
        try (QueryExecution qe = b.build()) {
            var rows = qe.execSelect();
            return rows.hasNext() ? rows.next() : null;
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "regex(\"" + "%s" + "\", \"" + CATASTROPHIC + "\")",
        "replace(\"%s\", \"" + CATASTROPHIC + "\", \"x\")",
        "<http://www.w3.org/2005/xpath-functions#matches>(\"%s\", \"" + CATASTROPHIC + "\")",
        "<http://www.w3.org/2005/xpath-functions#replace>(\"%s\", \"" + CATASTROPHIC + "\", \"x\")",
        "<http://www.w3.org/ns/sparql#regex>(\"%s\", \"" + CATASTROPHIC + "\")",
        "<http://www.w3.org/ns/sparql#replace>(\"%s\", \"" + CATASTROPHIC + "\", \"x\")"})
    void aTimeoutStopsAQueryInsideARegularExpression(String call) {
        String constant = "SELECT (" + call.formatted(AAAA) + " AS ?m) WHERE {}";
        String perRow = "SELECT ?s WHERE { VALUES ?s { \"" + AAAA + "\" } FILTER(" + call.replace("\"%s\"", "?s").replace("(\"x\")", "") + ") }";
        for (String sparql : List.of(constant, perRow)) {
            Dataset ds = DatasetFactory.createTxnMem();
            var b = QueryExecution.dataset(ds).query(sparql).timeout(500);
            Context rules = QueryLockdown.context(false);
            rules.keys().forEach(k -> b.set(k, rules.get(k)));
            long t0 = System.nanoTime();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                try (QueryExecution qe = b.build()) {
                    assertThrows(QueryCancelledException.class, () -> qe.execSelect().forEachRemaining(r -> {}));
                }
            }, sparql);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertTrue(ms < 15_000, "cancelled soon after the 500 ms timeout, took " + ms + " ms: " + sparql);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "regex(\"Abc\", \"b\")", "regex(\"Abc\", \"B\")", "regex(\"Abc\", \"B\", \"i\")", "regex(\"a.c\", \".\", \"q\")",
        "regex(\"line1\\nline2\", \"^line2$\", \"m\")", "regex(\"x\", STR(\"(\"))", "regex(\"x\", \"x\", STR(\"z\"))", "regex(1, \"1\")",
        "regex(\"café\"@fr, \"é\")", "replace(\"abc\", \"b\", \"X\")", "replace(\"abc\"@en, \"b\", \"X\")",
        "replace(\"aaa\", \"a*\", \"-\")", "replace(\"abc\", \"(b)\", \"[$1]\")", "replace(\"abc\", \"b\", \"$9\")",
        "replace(\"abc\", \"B\", \"x\", \"i\")", "replace(\"abc\", \"z\", \"x\")", "replace(\"a.b\", \".\", \"!\", \"q\")",
        "replace(\"abc\"^^<http://www.w3.org/2001/XMLSchema#string>, \"c\", \"d\")",
        "<http://www.w3.org/2005/xpath-functions#matches>(\"abc\", \"^a\")",
        "<http://www.w3.org/2005/xpath-functions#replace>(\"abc\", \"^a\", \"z\")",
        "<http://www.w3.org/ns/sparql#regex>(\"abc\", \"C\", \"i\")",
        "<http://www.w3.org/ns/sparql#replace>(\"abc\", \"c\", \"\")"})
    void regularExpressionsGiveJenasAnswers(String call) {
        String sparql = "SELECT (" + call + " AS ?v) ?s WHERE { VALUES ?s { 1 } }";
        String perRow = "SELECT ?v WHERE { VALUES ?w { 1 } BIND(" + call + " AS ?v) }";
        for (String q : List.of(sparql, perRow)) {
            assertEquals(answer(q, false), answer(q, true), q);
        }
    }

    /** The value of ?v, or the kind of error (a constant bad pattern fails as the query is prepared). */
    private static String answer(String sparql, boolean lockdown) {
        try {
            RDFNode v = row(sparql, lockdown).get("v");
            return v == null ? "unbound" : v.asNode().toString();
        } catch (RuntimeException e) {
            return "error " + e.getClass().getSimpleName();
        }
    }

    @Test
    void javaFunctionIrisLoadNoClass() {
        // Without the lockdown Jena loads the class and runs it: the hole that is being closed.
        QuerySolution open = row("SELECT (<" + Tripwire.iri(Tripwire.Control.class) + ">(1) AS ?v) WHERE {}", false);
        assertTrue(Tripwire.loaded(Tripwire.Control.class));
        assertEquals("ran", open.getLiteral("v").getString());

        QuerySolution locked = row("SELECT (<" + Tripwire.iri(Tripwire.ForQueryCommand.class) + ">(1) AS ?v) WHERE {}", true);
        assertFalse(locked.contains("v"), "unbound: no such function");
        QuerySolution asPropertyFunction = row("SELECT ?v WHERE { BIND(1 AS ?v) ?x <" + Tripwire.iri(Tripwire.ForQueryCommand.class) + "> ?y }", true);
        assertEquals(null, asPropertyFunction, "no property function: the triple pattern matches nothing in an empty store");
        assertFalse(Tripwire.loaded(Tripwire.ForQueryCommand.class), "the class was never loaded");

        QuerySolution library = row("PREFIX afn: <http://jena.apache.org/ARQ/function#> SELECT (afn:localname(<http://x/y#z>) AS ?v) WHERE {}", true);
        assertEquals("z", library.getLiteral("v").getString(), "Jena's own function library still works");
    }

    @Test
    void serviceIsRefusedUnlessAllowed() {
        try (OtherHost elsewhere = new OtherHost()) {
            String target = elsewhere.url("/sparql");
            var query = QueryFactory.create("SELECT * WHERE { SERVICE <" + target + "> { ?s ?p ?o } }");
            QueryRunner runner = QueryRunner.local(DatasetFactory.createTxnMem());
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> runner.print(query, Map.of(), ResultFormat.TSV, new ByteArrayOutputStream()));
            assertTrue(refused.getMessage().contains("--allow-service") && refused.getMessage().contains(target), refused.getMessage());
            // Out of the static check's sight, inside an expression: the execution's own switch stops it.
            var nested = QueryFactory.create("SELECT * WHERE { FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }");
            runner.print(nested, Map.of(), ResultFormat.TSV, new ByteArrayOutputStream());
            assertEquals(0, elsewhere.requests(), "nothing was sent");

            assertThrows(RuntimeException.class, () -> runner.allowingService().print(query, Map.of(), ResultFormat.TSV, new ByteArrayOutputStream()),
                    "the other host answers Turtle, not SPARQL results");
            assertTrue(elsewhere.requests() > 0, "allowed, the query does call the endpoint");
        }
    }
}
