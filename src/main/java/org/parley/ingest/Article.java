package org.parley.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article as read from its source, before any analysis.
 *
 * @param id        stable id: the file stem or the record id; re-reading the same source gives the same id
 * @param text      the full text that every character offset refers to (headline first where there is one)
 * @param title     the headline, or null
 * @param published the publication date, or null
 * @param source    where it came from (URL or file path), or null
 */
public record Article(String id, String text, String title, LocalDate published, String source) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
