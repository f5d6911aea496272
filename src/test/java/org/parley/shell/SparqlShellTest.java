package org.parley.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.jline.reader.Candidate;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.query.QueryCatalog;
import org.parley.query.QueryRunner;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;

/**
 * The shell as a user meets it: keystrokes go in through JLine's dumb terminal, and the test reads
 * what the terminal shows. The store holds 30 copies of the fixture article (Pakistan invited,
 * Ishaq Dar represents Pakistan, Türkiye hosts, Khamenei warns the United States).
 */
class SparqlShellTest {
    private static final char TAB = '\t';
    private static final char PREVIOUS_HISTORY = '\u0010'; // Ctrl-P

    @TempDir
    static Path tmp;
    static ParleyStore store;

    @BeforeAll
    static void fillStore() {
        store = ParleyStore.open(tmp.resolve("store"));
        store.write(IntStream.rangeClosed(1, 30).mapToObj(i -> DiplomacyFixture.graph(DiplomacyFixture.article(String.format("a%02d", i))))
                .toList());
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    /**
     * Types {@code keys} into a fresh shell on a terminal of the given size and returns what it shows,
     * without the terminal's control sequences. The terminal says it understands ANSI, as JLine's own
     * tests do, so that JLine edits, completes and recalls history on it as on a real one.
     */
    private static String session(String keys, int width, int height, Path history) throws IOException {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal("test", "ansi",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen, StandardCharsets.UTF_8)) {
            terminal.setSize(new Size(width, height));
            new SparqlShell(terminal, QueryRunner.local(store.dataset()), QueryCatalog.standard(), history, true).run();
        }
        // A carriage return alone goes back to the start of the line to overwrite it: here it starts a new one.
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "")
                .replace("\r\n", "\n").replace('\r', '\n');
    }

    private String session(String keys) throws IOException {
        return session(keys, 200, 100, tmp.resolve("history-" + System.nanoTime()));
    }

    @Test
    void aStatementRunsOverSeveralLinesUntilASemicolonOutsideTheBraces() throws IOException {
        String screen = session("""
                SELECT ?label WHERE {
                  ?x a dip:State ;
                     rdfs:label ?label .
                  FILTER (?label = "Türkiye")
                };
                """);
        assertTrue(screen.contains("| label   |\n|---------|\n| Türkiye |\n(1 row)"), screen);
        assertTrue(screen.contains(SparqlShell.CONTINUATION), "the lines after the first are continuations: " + screen);
    }

    @Test
    void aBlankLineEndsAStatementToo() throws IOException {
        String screen = session("ASK { ?x a dip:Warning }\n\nASK { ?x a dip:Place ; dip:name \"Atlantis\" }\n\n");
        assertTrue(screen.contains("yes\n") && screen.contains("no\n"), screen);
    }

    @Test
    void aNamedQueryRunsByItsNameWithTheParametersSetBefore() throws IOException {
        String screen = session("actor\n:param actor=ishaq dar\n:param\nactor\n");
        assertTrue(screen.contains("error: query 'actor' needs :param actor=Pakistan"), screen);
        assertTrue(screen.contains("actor=ishaq dar\n"), ":param lists what is set: " + screen);
        assertTrue(screen.contains("| Ishaq Dar | has the role "), screen);
    }

    @Test
    void formatChangesHowAnswersPrint() throws IOException {
        String screen = session(":format csv\nSELECT ?n WHERE { ?x dip:sourceId ?n } ORDER BY ?n LIMIT 2;\n:format pdf\n:format\n");
        assertTrue(screen.contains("n\na01\na02\n"), screen);
        assertTrue(screen.contains("error: unknown format 'pdf'; expected one of table, csv, tsv, json, xml"), screen);
        assertTrue(screen.contains("format: csv"), screen);
    }

    @Test
    void updatesUnknownNamesAndBadSparqlGetOneErrorLineAndTheShellGoesOn() throws IOException {
        String screen = session("DROP ALL;\nnosuch;\nSELECT ?x WHERE { ?x };\n:nope\nASK {};\n");
        assertTrue(screen.contains("error: that is a SPARQL update; the shell runs queries, not updates (use serve --update)"), screen);
        assertTrue(screen.contains("error: no named query 'nosuch'"), screen);
        assertTrue(screen.contains("error: the statement: not valid SPARQL: "), screen);
        assertTrue(screen.contains("error: unknown command :nope; :help lists the commands"), screen);
        assertTrue(screen.contains("yes\n"), "the shell went on to the last statement: " + screen);
        assertEquals(30, QueryRunner.local(store.dataset()).select(QueryRunner.parse(
                "PREFIX dip: <https://w3id.org/parley/dip#> SELECT ?a WHERE { ?a a dip:Article }", "count", Map.of()),
                Map.of()).size(), "DROP ALL changed nothing");
    }

    @Test
    void historyIsKeptAcrossSessions() throws IOException {
        Path history = tmp.resolve("kept-history");
        session("SELECT (COUNT(?a) AS ?articles)\nWHERE { ?a a dip:Article };\n:quit\n", 200, 100, history);
        assertTrue(Files.readString(history).contains("SELECT (COUNT(?a) AS ?articles)\\nWHERE { ?a a dip:Article };"),
                Files.readString(history));
        String second = session("" + PREVIOUS_HISTORY + PREVIOUS_HISTORY + "\n", 200, 100, history);
        assertTrue(second.contains("| articles |\n|----------|\n| 30       |"), "Ctrl-P twice, past :quit, brought back the statement: " + second);
    }

    @Test
    void tabCompletesQueryNamesPrefixesTermsAndActorNames() throws IOException {
        String screen = session("invit" + TAB + "\n"
                + ":param actor=Türk" + TAB + "\n:param\n"
                + "SELECT ?l WHERE { ?x a dip:Pers" + TAB + "; rdfs:label ?l FILTER(?l = \"Ishaq" + TAB + ") };\n");
        assertTrue(screen.contains("| invitee  | event         | inviter | modality | articles |"), "invit<Tab> ran invitations: " + screen);
        assertTrue(screen.contains("actor=Türkiye\n"), screen);
        assertTrue(screen.contains("| l         |\n|-----------|\n| Ishaq Dar |"), screen);
        assertFalse(screen.contains("error:"), screen);
    }

    @Test
    void theCompleterOffersWhatFitsWhereTheCursorIs() {
        ShellCompleter completer = new ShellCompleter(QueryCatalog.standard(), KnownPrefixes.standard(),
                new StoreTerms(QueryRunner.local(store.dataset())));
        assertEquals(List.of("events", "evidence"), candidates(completer, "ev"));
        assertEquals(List.of(":param"), candidates(completer, ":pa"));
        assertEquals(List.of("csv"), candidates(completer, ":format c"));
        assertEquals(List.of("Ishaq Dar"), candidates(completer, ":param actor=Ish"));
        assertTrue(candidates(completer, "SELECT * { ?x ?p \"T").containsAll(List.of("\"Türkiye\"", "\"Turkey\"")));
        assertEquals(List.of("dip:Warning", "dip:warns"), candidates(completer, "SELECT * { ?x a dip:Warn"));
        assertEquals(List.of("dip: <https://w3id.org/parley/dip#>"), candidates(completer, "PREFIX di"));
        assertTrue(candidates(completer, "SELECT * { ?x sk").contains("skos:"));
    }

    /** What Tab would offer with the cursor at the end of {@code buffer}: the candidates that start with the word, any case. */
    private static List<String> candidates(ShellCompleter completer, String buffer) {
        StatementParser.StatementLine line = StatementParser.words(buffer, buffer.length());
        List<Candidate> out = new ArrayList<>();
        completer.complete(null, line, out);
        String word = line.word().toLowerCase(Locale.ROOT);
        return out.stream().map(Candidate::value).filter(v -> v.toLowerCase(Locale.ROOT).startsWith(word)).toList();
    }

    @Test
    void tablesFitTheTerminalAndLongAnswersComeAPageAtATime() throws IOException {
        // 30 rows on a terminal 7 lines high: a page, Space (a page, under the header again), Enter (one line), q.
        String screen = session("SELECT ?id ?text WHERE { ?a dip:sourceId ?id ; dip:text ?text } ORDER BY ?id;\n q:quit\n".replace(" q", " \rq"),
                50, 7, tmp.resolve("history-paging"));
        List<String> table = screen.lines().filter(l -> l.startsWith("|")).toList();
        assertTrue(table.stream().allMatch(l -> l.length() <= 50), "every line fits 50 columns: " + table);
        assertTrue(table.stream().anyMatch(l -> l.startsWith("| a01 | Pakistan has been invited") && l.endsWith("… |")), screen);
        assertEquals(2, table.stream().filter(l -> l.startsWith("| id ")).count(), "the header heads the second page: " + screen);
        assertTrue(screen.contains("-- 6 of 33 lines: Space, Enter or q --"), screen);
        assertTrue(screen.contains("| a09 "), "the second page and one more line: " + screen);
        assertFalse(screen.contains("| a10 "), screen);
        assertTrue(screen.contains("(22 more lines not shown)"), screen);
    }
}
