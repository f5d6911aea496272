package org.parley.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in words what went wrong with a file. Java's own messages for these exceptions are often
 * just the path ("/data/a.txt"), which tells the user nothing they did not already know.
 */
final class IoProblems {
    private IoProblems() {}

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) return "no such file or directory";
        if (e instanceof AccessDeniedException) return "cannot read: permission denied";
        if (e instanceof FileSystemLoopException) return "symbolic link loop";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return "cannot read: " + lowerFirst(fse.getReason());
        }
        String message = e.getMessage();
        if (message != null && message.contains("Is a directory")) return "cannot read: is a directory";
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
