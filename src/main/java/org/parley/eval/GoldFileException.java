package org.parley.eval;

import java.nio.file.Path;

/** A gold file that cannot be scored against, with the file named. */
public final class GoldFileException extends RuntimeException {
    public GoldFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
