package org.parley.beam;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parley.cli.Main;

/** The development corpus beside the clone, and the core's {@code parley extract} to compare with. */
final class Corpus {
    /** From beam/, the corpus beside the clone is two levels up. */
    private static final Path DEV = Path.of("..", "..", "shared", "corpus", "dev");

    private Corpus() {}

    /** The dev corpus as a real path (Beam names files by their absolute, normalized path). */
    static Path dev() throws IOException {
        if (!Files.isDirectory(DEV)) {
            if (System.getenv("CI") != null) fail("no ../shared/corpus/dev beside the clone; CI must have it");
            assumeTrue(false, "no ../shared/corpus/dev beside the clone");
        }
        return DEV.toRealPath();
    }

    /** The dev articles' texts (*.txt), in name order. */
    static List<Path> devTexts() throws IOException {
        try (Stream<Path> files = Files.list(dev())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /**
     * {@code count} articles made from the dev texts, each with its own id (file name) and a last line
     * of its own so that no two are the same text, as bench/run makes its corpus.
     */
    static void copies(int count, Path dir) throws IOException {
        List<Path> texts = devTexts();
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Path text = texts.get(i % texts.size());
            String stem = text.getFileName().toString().replaceFirst("\\.txt$", "");
            Files.writeString(dir.resolve(String.format("c%05d-%s.txt", i, stem)),
                    Files.readString(text, StandardCharsets.UTF_8) + "\nCopy " + i + ".\n", StandardCharsets.UTF_8);
        }
    }

    /** What the user sees from the core's command line. */
    record Run(int status, String out, String err) {}

    static Run parley(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    /** What the user sees from {@code parley beam}. */
    static Run beam(String... args) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int status = BeamMain.run(args, new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
