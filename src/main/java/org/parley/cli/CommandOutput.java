package org.parley.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.output.WriterOutputStream;

/** Byte output onto a command's PrintWriter, so writers that need a stream still honour picocli's setOut. */
final class CommandOutput {
    private CommandOutput() {}

    static OutputStream stream(PrintWriter out) {
        try {
            return WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8)
                    .setWriteImmediately(true).get();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
