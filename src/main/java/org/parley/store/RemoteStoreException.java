package org.parley.store;

/** A remote store did not do what was asked; the message names the endpoint and what it answered. */
public final class RemoteStoreException extends RuntimeException {
    private final int status;

    public RemoteStoreException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the endpoint answered, or -1 when it could not be reached. */
    public int status() { return status; }

    /**
     * Explains a failed request in the user's terms.
     *
     * @param status         the HTTP status, or -1 when there was no answer
     * @param statusLine     the status text, if any
     * @param action         what was being done, e.g. "storing graph <...>"
     * @param url            the endpoint the request went to
     * @param hadCredentials whether the request carried credentials, to tell "wrong" from "missing"
     */
    static RemoteStoreException from(int status, String statusLine, RuntimeException e, String action, String url, boolean hadCredentials) {
        String why = switch (status) {
            case -1, 0 -> "cannot reach the endpoint (" + rootMessage(e) + ")";
            case 401 -> hadCredentials
                    ? "endpoint refused the credentials (HTTP 401)"
                    : "endpoint requires credentials (HTTP 401); give --user and the password by --password-file or PARLEY_PASSWORD";
            case 403 -> "endpoint forbids this user to write (HTTP 403)";
            case 404 -> "no such endpoint (HTTP 404); check the dataset URL, e.g. http://127.0.0.1:3030/parley";
            case 405 -> "endpoint does not accept writes (HTTP 405); is it read-only? start 'parley serve' with --update";
            case 413 -> "request too large for the endpoint (HTTP 413)";
            case 429 -> "endpoint asks to slow down (HTTP 429); after a wrong password 'parley serve' refuses logins"
                    + " from this address for a while: check the password and retry shortly";
            default -> "endpoint answered HTTP " + status + (statusLine == null || statusLine.isBlank() ? "" : " " + statusLine.strip());
        };
        return new RemoteStoreException(action + " at " + url + ": " + why, status, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
