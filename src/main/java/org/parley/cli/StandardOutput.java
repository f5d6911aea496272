package org.parley.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard output, remembering why a write failed. Java's {@code System.out} swallows
 * write errors, so {@code parley extract > /dev/full} (or onto a full disk) ran to the end, wrote
 * nothing and exited 0; the scale-out recipe {@code extract > shard.nq} would have lost shards
 * without a word. Installed by {@link Main#main}, it lets a command stop early and the process end
 * with one line and exit status 1.
 */
final class StandardOutput extends OutputStream {
    private static volatile StandardOutput installed;

    private final OutputStream out;
    private volatile IOException failure;

    private StandardOutput(OutputStream out) {
        this.out = out;
    }

    /** Replaces {@code System.out} by a buffered UTF-8 stream over this one. */
    static void install() {
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        System.setOut(new PrintStream(new BufferedOutputStream(stdout, 1 << 16), false, StandardCharsets.UTF_8));
        installed = stdout;
    }

    /** Whether a write to standard output has failed: output written since is lost, so work may stop. */
    static boolean failed() {
        StandardOutput stdout = installed;
        return stdout != null && stdout.failure != null;
    }

    /**
     * After a command: flushes standard output and returns the status to exit with, which a failed
     * write makes 1 (told on stderr in one line), or 141 for a reader that went away (a broken pipe,
     * as in {@code parley query ... | head}), where shell tools stop quietly with SIGPIPE's status.
     */
    static int checked(int status, String command, java.io.PrintWriter err) {
        System.out.flush();
        StandardOutput stdout = installed;
        IOException failure = stdout == null ? null : stdout.failure;
        if (failure == null) return status;
        if (String.valueOf(failure.getMessage()).contains("Broken pipe")) return BROKEN_PIPE;
        err.println("parley" + (command == null ? "" : " " + command) + ": cannot write to standard output: " + failure.getMessage());
        err.flush();
        return status == ExitCodes.OK ? ExitCodes.SOME_INPUTS_FAILED : status;
    }

    private static final int BROKEN_PIPE = 128 + 13;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (failure != null) throw failure;
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure != null) throw failure;
        try {
            out.flush();
        } catch (IOException e) {
            failure = e;
            throw e;
        }
    }
}
