package org.parley.export;

/** An export that cannot go ahead; the message says what and where, for the user to read. */
public class ExportException extends RuntimeException {
    public ExportException(String message) { super(message); }
    public ExportException(String message, Throwable cause) { super(message, cause); }
}
