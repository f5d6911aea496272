package org.parley.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where and when an event happens, from the words right after its mention: "talks in Istanbul on
 * Friday", "the summit in Riyadh on December 9". Relative days resolve against the article's date:
 * forward where the sentence speaks of the future, else back.
 */
final class EventDetails {
    private static final Set<String> FUTURE = Set.of("will", "upcoming", "scheduled", "next", "planned", "set",
            "expected", "to", "would", "preparing");
    private static final int WINDOW = 10;

    void read(List<Frame> frames, EntityTable table, LocalDate published) {
        for (Frame f : frames) {
            for (Phrase p : f.phrases) {
                if (p.nested() || p.kind() != EntityKind.EVENT) continue;
                for (int k = p.end(); k < f.size() && k < p.end() + WINDOW; k++) {
                    String w = f.word(k);
                    if (w.equals(";") || w.equals(",") && k > p.end() + 1) break;
                    if ((w.equals("in") || w.equals("at")) && f.phraseAt(k + 1) != null) {
                        Phrase where = f.phraseAt(k + 1);
                        if (where.kind() == EntityKind.PLACE) table.setLocation(p.head(), where.head());
                    }
                    LocalDate date = dateAt(f, k, published);
                    if (date != null) table.setDate(p.head(), date);
                }
            }
        }
    }

    /** A date starting at token k: "on Friday", "on May 16", "December 9", "June 15-16, 2024". */
    private static LocalDate dateAt(Frame f, int k, LocalDate published) {
        String w = f.word(k);
        DayOfWeek day = dayOfWeek(w);
        if (day != null && published != null && (f.word(k - 1).equals("on") || f.word(k - 1).equals("this"))) {
            return future(f) ? published.with(TemporalAdjusters.nextOrSame(day)) : published.with(TemporalAdjusters.previousOrSame(day));
        }
        Month month = month(w);
        if (month != null && k + 1 < f.size() && f.word(k + 1).matches("\\d{1,2}")) {
            int dayOfMonth = Integer.parseInt(f.word(k + 1));
            if (dayOfMonth < 1 || dayOfMonth > month.maxLength()) return null;
            Integer year = null;
            for (int j = k + 2; j < f.size() && j <= k + 5; j++) {
                if (f.word(j).matches("\\d{4}")) {
                    year = Integer.parseInt(f.word(j));
                    break;
                }
            }
            if (year == null && published != null) year = published.getYear();
            if (year == null) return null;
            if (month == Month.FEBRUARY && dayOfMonth == 29 && !java.time.Year.isLeap(year)) return null;
            return LocalDate.of(year, month, dayOfMonth);
        }
        return null;
    }

    private static boolean future(Frame f) {
        for (int k = 0; k < f.size(); k++) if (FUTURE.contains(f.word(k))) return true;
        return false;
    }

    private static DayOfWeek dayOfWeek(String w) {
        for (DayOfWeek d : DayOfWeek.values()) if (d.name().toLowerCase(Locale.ROOT).equals(w)) return d;
        return null;
    }

    private static Month month(String w) {
        for (Month m : Month.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            if (name.equals(w) || w.length() >= 3 && name.startsWith(w.replace(".", "")) && w.length() <= 4) return m;
        }
        return null;
    }
}
