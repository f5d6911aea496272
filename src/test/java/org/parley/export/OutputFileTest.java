package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    void refusesAnExistingFileUnlessOverwriteIsAsked() throws IOException {
        Path target = dir.resolve("graph.dot");
        Files.writeString(target, "old");
        assertThrows(OutputFile.OutputExistsException.class, () -> OutputFile.write(target, false, out -> out.write('x')));
        assertEquals("old", Files.readString(target));
        OutputFile.write(target, true, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(target));
    }

    @Test
    void theWrittenFileIsReadableByOthersLikeAnyDocument() throws IOException {
        Path target = dir.resolve("graph.svg");
        OutputFile.write(target, false, out -> out.write('x'));
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    @Test
    void aFailureHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("graph.dot");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> OutputFile.write(target, true, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(target));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void aMissingDirectoryIsNamed() {
        Path target = dir.resolve("no/such/dir/graph.dot");
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(target, false, out -> { }));
        assertEquals(true, e.getMessage().contains(dir.resolve("no/such/dir").toString()), e.getMessage());
    }
}
