package org.parley.ingest;

/**
 * Why one input could not be read, phrased for the user ("empty file", "binary file (PNG image)").
 * Checked, so that every reader must decide where its problems become a {@link ReadResult.Failed}.
 */
final class InputProblem extends Exception {
    InputProblem(String problem) {
        super(problem, null, false, false);
    }

    String problem() {
        return getMessage();
    }
}
