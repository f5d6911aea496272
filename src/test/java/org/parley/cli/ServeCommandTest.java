package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Map<String, String> env, String... args) {
        CommandLine cl = new CommandLine(new ServeCommand(env));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void updateWithoutAPasswordRefusesToStart(@TempDir Path tmp) {
        Path store = tmp.resolve("store");
        int status = run(Map.of(), "--update", "--store", store.toString(), "--port", "0");
        assertEquals(2, status);
        assertTrue(err.toString().contains("--update needs a password"), err.toString());
        assertTrue(err.toString().contains("PARLEY_PASSWORD") && err.toString().contains("--password-file"), err.toString());
        assertFalse(Files.exists(store), "nothing was opened or created");
    }

    @Test
    void anEmptyPasswordFileIsRefusedByName(@TempDir Path tmp) throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw.txt"), "\n");
        int status = run(Map.of(), "--update", "--password-file", pw.toString(), "--store", tmp.resolve("s").toString(), "--port", "0");
        assertEquals(2, status);
        assertTrue(err.toString().contains(pw.toString()) && err.toString().contains("empty"), err.toString());
    }

    @Test
    void aMissingPasswordFileIsRefusedByName(@TempDir Path tmp) {
        Path pw = tmp.resolve("no-such-file");
        assertEquals(2, run(Map.of(), "--update", "--password-file", pw.toString(), "--store", tmp.resolve("s").toString()));
        assertTrue(err.toString().contains(pw.toString()), err.toString());
    }

    @Test
    void aTimeoutThatIsNotADurationIsAUsageError(@TempDir Path tmp) {
        assertEquals(2, run(Map.of(), "--timeout", "soon", "--store", tmp.toString()));
        assertTrue(err.toString().contains("not a duration"), err.toString());
    }

    @Test
    void helpExplainsHowWritesAreAuthorised() {
        assertEquals(0, run(Map.of(), "--help"));
        String help = out.toString();
        assertTrue(help.contains("--update") && help.contains("PARLEY_PASSWORD") && help.contains("127.0.0.1"), help);
    }

    @Test
    void passwordsComeFromTheFileFirstThenTheEnvironment(@TempDir Path tmp) throws Exception {
        Path pw = Files.writeString(tmp.resolve("pw"), "from-file\nignored second line\n");
        assertEquals("from-file", PasswordSource.read(pw, Map.of(PasswordSource.ENV, "from-env")).orElseThrow());
        assertEquals("from-env", PasswordSource.read(null, Map.of(PasswordSource.ENV, "from-env")).orElseThrow());
        assertTrue(PasswordSource.read(null, Map.of()).isEmpty());
        assertTrue(PasswordSource.read(null, Map.of(PasswordSource.ENV, "")).isEmpty());
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ofSeconds(30), c.convert("30s"));
        assertEquals(Duration.ofSeconds(45), c.convert("45"));
        assertEquals(Duration.ofMillis(500), c.convert("500ms"));
        assertEquals(Duration.ofMinutes(2), c.convert("2m"));
        assertEquals(Duration.ofHours(1), c.convert("1H"));
    }
}
