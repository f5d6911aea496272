package org.parley.ingest;

import java.util.Locale;
import java.util.Optional;

/** The kinds of article files the read stage understands, told apart by file name. */
enum InputFormat {
    TEXT, HTML, JSON, JSONL, CSV, TSV;

    /**
     * The format a file name announces, or empty for files a directory walk passes over. Gold
     * annotation files ({@code *.gold.json}) sit next to their articles in the corpus and are
     * answers, not articles.
     */
    static Optional<InputFormat> ofFileName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gold.json")) return Optional.empty();
        if (name.endsWith(".txt")) return Optional.of(TEXT);
        if (name.endsWith(".html") || name.endsWith(".htm")) return Optional.of(HTML);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) return Optional.of(JSONL);
        if (name.endsWith(".json")) return Optional.of(JSON);
        if (name.endsWith(".csv")) return Optional.of(CSV);
        if (name.endsWith(".tsv")) return Optional.of(TSV);
        return Optional.empty();
    }

    /** A file the user named directly is read even without a known extension: as plain text. */
    static InputFormat ofNamedFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gold.json")) return JSON;
        return ofFileName(fileName).orElse(TEXT);
    }

    /** Formats read a record at a time, never whole: JSON Lines, CSV and TSV. */
    boolean isStream() {
        return this == JSONL || this == CSV || this == TSV;
    }

    /** The file name without its format extension: an article's id when nothing better is known. */
    static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
