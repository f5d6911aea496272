package org.parley.serve.workbench;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small stacked bar chart of an actor's relations by the publication date of the articles that
 * state them, drawn as inline SVG on the server: one bar per day, month or year (whichever gives
 * a readable number of bars), one colour per kind of relation, each segment titled with its count.
 * Drawn here rather than by a charting library, so the chart needs no script and shows as soon as
 * the page does.
 */
final class TimelineChart {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 170;
    private static final int LEFT = 34;
    private static final int BOTTOM = 22;
    private static final int TOP = 8;

    /** The width of one bar in time. */
    enum Bin {
        DAY, MONTH, YEAR;

        String label(LocalDate d) {
            return switch (this) {
                case DAY -> d.toString();
                case MONTH -> d.toString().substring(0, 7);
                case YEAR -> d.toString().substring(0, 4);
            };
        }

        LocalDate start(LocalDate d) {
            return switch (this) {
                case DAY -> d;
                case MONTH -> d.withDayOfMonth(1);
                case YEAR -> d.withDayOfYear(1);
            };
        }

        LocalDate next(LocalDate d) {
            return switch (this) {
                case DAY -> d.plusDays(1);
                case MONTH -> d.plusMonths(1);
                case YEAR -> d.plusYears(1);
            };
        }

        /** Days for up to two months, months for up to four years, years beyond. */
        static Bin forSpan(LocalDate first, LocalDate last) {
            long days = ChronoUnit.DAYS.between(first, last);
            if (days <= 62) return DAY;
            return ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) <= 48 ? MONTH : YEAR;
        }
    }

    private TimelineChart() {}

    /** The chart, or an empty string when no relation comes from a dated article. */
    static String svg(List<ActorProfile.DatedCount> counts) {
        TreeMap<LocalDate, Map<RelationKind, Long>> byDay = new TreeMap<>();
        for (ActorProfile.DatedCount c : counts) {
            LocalDate day = date(c.published());
            RelationKind kind = RelationKind.of(c.kind());
            if (day == null || kind == null) continue;
            byDay.computeIfAbsent(day, d -> new EnumMap<>(RelationKind.class)).merge(kind, c.count(), Long::sum);
        }
        if (byDay.isEmpty()) return "";
        LocalDate first = byDay.firstKey();
        LocalDate last = byDay.lastKey();
        Bin bin = Bin.forSpan(first, last);
        Map<LocalDate, Map<RelationKind, Long>> bars = new TreeMap<>();
        for (LocalDate d = bin.start(first); !d.isAfter(last); d = bin.next(d)) bars.put(d, new EnumMap<>(RelationKind.class));
        byDay.forEach((day, kinds) -> kinds.forEach((k, n) -> bars.get(bin.start(day)).merge(k, n, Long::sum)));

        long max = bars.values().stream().mapToLong(m -> m.values().stream().mapToLong(Long::longValue).sum()).max().orElse(1);
        int plotWidth = WIDTH - LEFT - 4;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double slot = (double) plotWidth / bars.size();
        double barWidth = Math.max(1, slot * 0.8);
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
         .append("\" role=\"img\" aria-label=\"relations by publication date, per ").append(bin.name().toLowerCase()).append("\">");
        s.append(line(LEFT, TOP + plotHeight, WIDTH - 4, TOP + plotHeight));
        s.append(text(LEFT - 4, TOP + 9, "end", Long.toString(max)));
        s.append(text(LEFT - 4, TOP + plotHeight, "end", "0"));
        List<LocalDate> keys = new ArrayList<>(bars.keySet());
        int labelEvery = Math.max(1, (int) Math.ceil(keys.size() / 8.0));
        for (int i = 0; i < keys.size(); i++) {
            LocalDate d = keys.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double y = TOP + plotHeight;
            for (RelationKind k : RelationKind.ALL) {
                long n = bars.get(d).getOrDefault(k, 0L);
                if (n == 0) continue;
                double h = (double) n / max * plotHeight;
                y -= h;
                s.append("<rect class=\"bar\" data-kind=\"").append(k.active).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                 .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(k.colour)
                 .append("\"><title>").append(bin.label(d)).append(": ").append(n).append(' ').append(k.active)
                 .append(n == 1 ? " statement" : " statements").append("</title></rect>");
            }
            boolean lastBar = i == keys.size() - 1;
            // every few bars, and the last one too when it stands far enough from the label before it
            if (i % labelEvery == 0 || lastBar && (i % labelEvery) * slot >= 6 * bin.label(d).length() + 6) {
                s.append(text(x + barWidth / 2, HEIGHT - 6, "middle", bin.label(d)));
            }
        }
        return s.append("</svg>").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"#999\"/>";
    }

    private static String text(double x, double y, String anchor, String label) {
        return "<text x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\" font-size=\"10\" fill=\"#555\">"
                + Html.esc(label) + "</text>";
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static LocalDate date(String lexical) {
        if (lexical == null || lexical.length() < 10) return null;
        try {
            return LocalDate.parse(lexical.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
