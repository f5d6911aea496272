package org.parley.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that crawlers and HTML pages carry ("2025-04-12 10:00:00",
 * "2025-04-12T10:00:00+02:00", "Sat, 12 Apr 2025 10:00:00 GMT", "April 12, 2025", epoch
 * seconds) as the calendar date the article was published on. The date is taken as written,
 * not converted to UTC: an article published at 01:00 in Tehran is dated by Tehran's calendar,
 * which is what "on Friday" in its text is relative to. Unreadable dates give null; a missing
 * date never costs the article.
 */
final class PublishDateParser {
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");

    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            DateTimeFormatter.RFC_1123_DATE_TIME,
            pattern("MMMM d, uuuu"), pattern("MMM d, uuuu"), pattern("MMM. d, uuuu"),
            pattern("d MMMM uuuu"), pattern("d MMM uuuu"), pattern("EEEE, MMMM d, uuuu"),
            pattern("EEEE, d MMMM uuuu"), pattern("EEE, d MMM uuuu"));

    private PublishDateParser() {}

    static LocalDate parse(String value) {
        if (value == null) return null;
        String s = value.strip();
        if (s.isEmpty()) return null;
        Matcher iso = ISO_DATE.matcher(s);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (EPOCH.matcher(s).matches()) {
            long n = Long.parseLong(s);
            Instant instant = s.length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            return LocalDate.ofInstant(instant, ZoneOffset.UTC);
        }
        for (DateTimeFormatter f : WRITTEN_DATES) {
            try {
                return f.parse(s, LocalDate::from);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        // "April 12, 2025 10:00 AM" and the like: the date is the part before the time.
        String dateOnly = s.replaceFirst("(?i)\\s+(at\\s+)?\\d{1,2}:\\d{2}.*$", "").replaceFirst(",$", "");
        if (!dateOnly.equals(s)) return parse(dateOnly);
        return null;
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }
}
