package org.parley.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.parley.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The {@code parley} command line. */
@Command(name = "parley", mixinStandardHelpOptions = true, versionProvider = ParleyVersion.class,
        description = "Turns diplomacy news into a knowledge graph of who invited, represented, hosted and warned whom.",
        footer = {"%nStart with:  parley demo", "Then:        parley query --list", ExitCodes.HELP},
        subcommands = {CommandLine.HelpCommand.class, IngestCommand.class, ExtractCommand.class, QueryCommand.class,
                StatsCommand.class, DemoCommand.class, CompactCommand.class, EvalCommand.class, ServeCommand.class,
                ExportCommand.class, SummarizeCommand.class, ShellCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        StandardOutput.install();
        CommandLine cl = commandLine();
        int status = cl.execute(args);
        System.exit(StandardOutput.checked(status, commandName(cl), cl.getErr()));
    }

    /** The subcommand that ran, for messages; null when none did. */
    private static String commandName(CommandLine cl) {
        CommandLine.ParseResult parsed = cl.getParseResult();
        return parsed == null || !parsed.hasSubcommand() ? null : parsed.subcommand().commandSpec().name();
    }

    /**
     * The configured command line. Output is UTF-8 whatever the platform default (Java 17 on a C
     * locale would turn "Türkiye" into "T?rkiye"); failures become one clear line and an exit status.
     */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cl.setExecutionExceptionHandler(Main::handle);
        cl.setParameterExceptionHandler(Main::handleUsage);
        // Every command has -V/--version (mixinStandardHelpOptions), but picocli gives a subcommand
        // no version of its own: without this, 'parley query --version' printed nothing.
        IVersionProvider version = new ParleyVersion();
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(version));
        return cl;
    }

    private static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + message(e));
        if (System.getenv("PARLEY_DEBUG") != null) e.printStackTrace(err);
        err.flush();
        if (e instanceof StoreUnavailableException) return ExitCodes.STORE_UNAVAILABLE;
        if (e instanceof IllegalArgumentException) return ExitCodes.USAGE;
        return ExitCodes.SOME_INPUTS_FAILED;
    }

    // One line and a pointer to --help: the full usage would bury the message.
    private static int handleUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        // "parley query: ...", and for the top level "parley: ..." (not "parley parley: ...").
        String name = cl.getCommandSpec().qualifiedName();
        err.println(name + ": " + (isUnknownCommand(e) ? "unknown command '" + ((CommandLine.UnmatchedArgumentException) e).getUnmatched().get(0) + "'" : e.getMessage()));
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Try '" + name + " --help'.");
        }
        err.flush();
        return ExitCodes.USAGE;
    }

    /** A first word that names no command: picocli calls it an "unmatched argument at index 0". */
    private static boolean isUnknownCommand(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException u) || e.getCommandLine().getParent() != null) return false;
        var parsed = e.getCommandLine().getParseResult();
        return parsed != null && parsed.originalArgs().size() > 0 && !u.getUnmatched().isEmpty()
                && u.getUnmatched().get(0).equals(parsed.originalArgs().get(0)) && !u.getUnmatched().get(0).startsWith("-");
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.toString() : m;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
