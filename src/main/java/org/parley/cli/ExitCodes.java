package org.parley.cli;

/** The exit statuses of every command, as documented in {@code --help} and the README. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int SOME_INPUTS_FAILED = 1;
    public static final int USAGE = 2;
    public static final int STORE_UNAVAILABLE = 3;
    public static final int INTERRUPTED = 130;

    /** The footer every command's help shows. */
    public static final String HELP = "%nExit status: 0 all good; 1 some inputs failed (each named on stderr); 2 usage error;"
            + " 3 store unavailable (in use by another process, read-only, or failed, e.g. its disk is full);"
            + " 130 interrupted (Ctrl-C); 141 the reader of the output went away (| head).";

    private ExitCodes() {}
}
