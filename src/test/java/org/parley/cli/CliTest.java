package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.parley.query.NamedQuery;
import org.parley.query.QueryCatalog;
import org.parley.rdf.DIP;
import org.parley.store.ParleyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands as a user runs them, through picocli with captured output. These use the real
 * pipeline on seeds/ but assert only what holds whatever the extractor finds.
 */
class CliTest {
    static final String SEED = "seeds/seed-pakistan-us-iran-talks.txt";
    static final String SEED_IRI = "https://w3id.org/parley/id/article/seed-pakistan-us-iran-talks";

    @TempDir
    Path tmp;

    record Run(int status, String out, String err) {}

    static Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private String store() {
        return tmp.resolve("store").toString();
    }

    @Test
    void ingestStoresTheSeedsAndASecondRunSkipsThemUnchanged() {
        Run first = parley("ingest", "--store", store(), "seeds");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().startsWith("1 article stored, 0 unchanged (skipped), 0 failed; relations: invites "), first.out());

        Run second = parley("ingest", "--store", store(), "--threads", "1", "seeds");
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().startsWith("0 articles stored, 1 unchanged (skipped), 0 failed"), second.out());
    }

    @Test
    void anUnreadableInputGetsOneErrorLineTheRestIsStoredAndTheStatusIsOne() {
        Run run = parley("ingest", "--store", store(), "no-such-file.txt", "seeds");
        assertEquals(1, run.status());
        assertTrue(run.err().lines().anyMatch(l -> l.startsWith("no-such-file.txt: ")), run.err());
        assertTrue(run.out().startsWith("1 article stored, 0 unchanged (skipped), 1 failed"), run.out());
    }

    @Test
    void anArticleOverItsTimeBudgetIsOneErrorLineAndTheStatusIsOne() {
        Run run = parley("extract", "--format", "nq", "--article-timeout", "1ms", SEED);
        assertEquals(1, run.status(), run.err());
        assertEquals(List.of(SEED + ": extraction exceeded its time budget of 0.001 s"), run.err().lines().toList());
        assertEquals("", run.out());
    }

    @Test
    void aTimeBudgetOfNothingIsAUsageError() {
        Run run = parley("ingest", "--store", store(), "--article-timeout", "0s", SEED);
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("--article-timeout must be more than 0"), run.err());
    }

    @Test
    void extractJsonWritesOneScoringObjectPerArticle() throws Exception {
        Run run = parley("extract", "--format", "json", "seeds");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(1, lines.size(), run.out());
        JsonNode article = new ObjectMapper().readTree(lines.get(0));
        assertEquals("seed-pakistan-us-iran-talks", article.get("article").asText());
        assertTrue(article.get("actors").isArray() && article.get("events").isArray() && article.get("relations").isArray());
    }

    @Test
    void extractQuadsPutEachArticleInItsNamedGraphAndStoreNothing() {
        Run run = parley("extract", "--format", "nq", SEED);
        assertEquals(0, run.status(), run.err());
        Dataset ds = DatasetFactory.create();
        RDFParser.create().source(new StringReader(run.out())).lang(Lang.NQUADS).parse(ds);
        assertTrue(ds.containsNamedModel(SEED_IRI));
        assertTrue(ds.getDefaultModel().isEmpty());

        Run trig = parley("extract", "--format", "trig", SEED);
        Dataset fromTrig = DatasetFactory.create();
        RDFParser.create().source(new StringReader(trig.out())).lang(Lang.TRIG).parse(fromTrig);
        assertEquals(ds.getNamedModel(SEED_IRI).size(), fromTrig.getNamedModel(SEED_IRI).size());
    }

    @Test
    void queryListShowsEveryNamedQueryWithItsQuestion() {
        Run run = parley("query", "--list");
        assertEquals(0, run.status(), run.err());
        for (NamedQuery q : QueryCatalog.standard().all()) {
            assertTrue(run.out().lines().anyMatch(l -> l.startsWith(q.name() + " ") && l.contains(q.question())), q.name());
        }
        assertTrue(run.out().contains("actor ") && run.out().contains("[--param actor=...]"));
    }

    @Test
    void queryPrintsTheChosenFormatAndBindsParameters() {
        parley("ingest", "--store", store(), "seeds");
        Run csv = parley("query", "--store", store(), "--format", "csv", "invitations");
        assertEquals(0, csv.status(), csv.err());
        assertEquals("invitee,event,inviter,modality,articles,evidence", csv.out().lines().findFirst().orElse(""));

        Run count = parley("query", "--store", store(), "--format", "tsv", "--param", "id=seed-pakistan-us-iran-talks",
                "--query", "PREFIX dip: <https://w3id.org/parley/dip#> SELECT (COUNT(?a) AS ?n) WHERE { ?a dip:sourceId ?id }");
        assertEquals(0, count.status(), count.err());
        assertEquals(List.of("?n", "1"), count.out().lines().toList());
    }

    @Test
    void limitAndOffsetPageThroughAnAnswer() {
        parley("ingest", "--store", store(), "seeds");
        List<String> all = parley("query", "--store", store(), "--format", "tsv", "--limit", "0",
                "evidence", "--param", "actor=Pakistan").out().lines().skip(1).toList();
        assertTrue(all.size() >= 4, all.toString());
        List<String> pages = new java.util.ArrayList<>();
        for (int offset = 0; offset < all.size(); offset += 3) {
            Run page = parley("query", "--store", store(), "--format", "tsv", "--offset", String.valueOf(offset), "--limit", "3",
                    "evidence", "--param", "actor=Pakistan");
            assertEquals(0, page.status(), page.err());
            pages.addAll(page.out().lines().skip(1).toList());
        }
        assertEquals(all, pages, "the pages together are the whole answer, in order");

        Run negative = parley("query", "--store", store(), "--limit", "-1", "actors");
        assertEquals(2, negative.status());
        assertTrue(negative.err().contains("--limit must be 0 (no limit) or more"), negative.err());
    }

    @Test
    void summarizeRebuildsTheSummaryAndTheAnswersStayTheSame() {
        parley("ingest", "--store", store(), "seeds");
        String before = parley("query", "--store", store(), "--format", "tsv", "representatives").out();
        Run run = parley("summarize", "--store", store());
        assertEquals(0, run.status(), run.err());
        assertEquals("summarized 1 article graphs; 0 person IRIs merged into 0 others (owl:sameAs in "
                + DIP.IDENTITY_GRAPH + ")\n", run.out());
        assertEquals(before, parley("query", "--store", store(), "--format", "tsv", "representatives").out());
    }

    @Test
    void statsCountsWhatTheStoreHolds() {
        parley("ingest", "--store", store(), "seeds");
        Run run = parley("stats", "--store", store());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("articles:  1\nactors:    "), run.out());
        assertTrue(run.out().contains("relations: ") && run.out().contains("events:    ") && run.out().contains("triples:   "));
    }

    @Test
    void demoIngestsTheSeedsAndAsksEveryQuestion() {
        Run run = parley("demo", "--store", store());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("1 article stored"), run.out());
        for (NamedQuery q : QueryCatalog.standard().all()) {
            assertTrue(run.out().contains("## " + q.question() + "\n$ parley query " + q.name()), q.name());
        }
        Run again = parley("demo", "--store", store());
        assertTrue(again.out().contains("0 articles stored, 1 unchanged"), again.out());
    }

    @Test
    void compactKeepsTheDataAndReportsSizes() {
        parley("ingest", "--store", store(), "seeds");
        String before = parley("stats", "--store", store()).out();
        Run run = parley("compact", "--store", store());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s)compacted .*: [0-9.]+ [KM]B before, [0-9.]+ [KM]B after \\((disk use|file sizes, sparse parts included)\\)\\n"), run.out());
        assertEquals(before, parley("stats", "--store", store()).out());
    }

    @Test
    void usageErrorsExitWithTwoAndOneClearLine() {
        Run noQuery = parley("query", "--store", store());
        assertEquals(2, noQuery.status());
        assertTrue(noQuery.err().startsWith("parley query: give either QUERY"), noQuery.err());

        assertEquals(2, parley("extract", "--format", "pdf", SEED).status());
        assertEquals(2, parley("ingest", "--store", store()).status());
        Run missingParam = parley("query", "--store", store(), "actor");
        assertEquals(2, missingParam.status());
        assertTrue(missingParam.err().contains("needs --param actor=Pakistan"), missingParam.err());
    }

    @Test
    void everyCommandsHelpHasExamplesAndTheExitCodes() {
        for (String command : List.of("ingest", "extract", "query", "stats", "demo", "compact")) {
            Run help = parley(command, "--help");
            assertEquals(0, help.status());
            assertTrue(help.out().contains("Examples:") && help.out().contains("Exit status: 0 all good"), command);
        }
    }

    @Test
    void aStoreHeldByAnotherProcessGivesStatusThreeAndNamesTheWayOut() throws Exception {
        Path dir = tmp.resolve("held");
        try (ParleyStore held = ParleyStore.open(dir)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "stats", "--store", dir.toString())
                    .redirectErrorStream(true).start();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the second process must not hang");
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(3, child.exitValue(), output);
            assertTrue(output.contains("in use by another process") && output.contains("--endpoint"), output);
        }
    }
}
