package org.parley.serve.workbench;

/** A request the workbench answers with a client error and one sentence that says why. */
final class Refusal extends RuntimeException {
    private final int status;

    private Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static Refusal badRequest(String message) { return new Refusal(400, message); }

    static Refusal notFound(String message) { return new Refusal(404, message); }

    int status() { return status; }
}
