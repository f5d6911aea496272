package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import org.parley.testkit.DiplomacyFixture;

/**
 * {@code parley shell} as a process with a script on standard input, as in
 * {@code parley shell < statements.rq}: the answers alone, no prompts and no pages.
 */
class ShellCommandTest {
    @TempDir
    Path tmp;

    @Test
    void aScriptOnStandardInputPrintsItsAnswersAndKeepsItsHistory() throws Exception {
        Path store = tmp.resolve("store");
        try (ParleyStore s = ParleyStore.open(store)) {
            s.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("fixture"))));
        }
        Path history = tmp.resolve("home/.parley_history");
        Process shell = shell("--store", store.toString(), "--history", history.toString(), "--format", "tsv");
        shell.getOutputStream().write("""
                :param actor=Türkiye
                SELECT ?event WHERE {
                  ?h a dip:Hosting ; dip:agent ?x ; dip:target/rdfs:label ?event .
                  ?x rdfs:label ?actor
                };
                SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:Article }""".getBytes(StandardCharsets.UTF_8));
        shell.getOutputStream().close();
        assertTrue(shell.waitFor(60, TimeUnit.SECONDS));
        String out = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, shell.exitValue(), out);
        assertEquals(List.of("?event", "\"US-Iran talks\"", "?n", "1"), out.lines().toList());
        assertTrue(Files.readString(history).contains("SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:Article }"));
    }

    @Test
    void aPathWithoutAStoreIsAnErrorAndCreatesNone() {
        Path missing = tmp.resolve("no-store");
        CliTest.Run run = CliTest.parley("shell", "--store", missing.toString());
        assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.status());
        assertEquals("parley shell: no store at " + missing + " (run 'parley ingest' first, or pass --store DIR)", run.err().strip());
        assertFalse(Files.exists(missing));
    }

    private static Process shell(String... args) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "shell"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }
}
