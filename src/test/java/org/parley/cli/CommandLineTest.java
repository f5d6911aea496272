package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What every command shares: its version, and how a mistyped command or option is answered. */
class CommandLineTest {
    @Test
    void everyCommandPrintsTheVersionMavenBuilt() {
        String version = "parley " + ParleyVersion.version();
        assertTrue(version.matches("parley \\d+\\.\\d+\\.\\d+.*"), version);
        assertEquals(version, CliTest.parley("--version").out().strip());
        List<String> commands = Main.commandLine().getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
        assertTrue(commands.containsAll(List.of("ingest", "query", "stats", "export", "serve")), commands.toString());
        for (String command : commands) {
            for (String flag : List.of("--version", "-V")) {
                CliTest.Run run = CliTest.parley(command, flag);
                assertEquals(0, run.status(), command + " " + flag + ": " + run.err());
                assertEquals(version, run.out().strip(), command + " " + flag);
            }
        }
    }

    @Test
    void anUnknownCommandIsNamedOnceWithTheProgramName() {
        CliTest.Run run = CliTest.parley("nosuch");
        assertEquals(ExitCodes.USAGE, run.status());
        assertTrue(run.err().startsWith("parley: unknown command 'nosuch'\n"), run.err());
        assertFalse(run.err().contains("parley parley"), run.err());
    }

    @Test
    void anUnknownOptionNamesTheCommandItWasGivenTo() {
        CliTest.Run top = CliTest.parley("--nope");
        assertEquals(List.of("parley: Unknown option: '--nope'", "Try 'parley --help'."), top.err().lines().toList());
        CliTest.Run sub = CliTest.parley("stats", "--nope");
        assertEquals(List.of("parley stats: Unknown option: '--nope'", "Try 'parley stats --help'."), sub.err().lines().toList());
    }
}
