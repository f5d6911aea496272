package org.parley.serve.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimelineChartTest {
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

    private static List<String> titles(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TITLE.matcher(svg);
        while (m.find()) out.add(m.group(1));
        return out;
    }

    private static ActorProfile.DatedCount count(String kind, String day, long n) {
        return new ActorProfile.DatedCount(kind, day, n);
    }

    @Test
    void relationsWithinTwoMonthsAreDrawnByDayStackedByKind() {
        String svg = TimelineChart.svg(List.of(count("Invitation", "2026-02-03", 2), count("Warning", "2026-02-03", 1),
                count("Hosting", "2026-02-20", 4)));
        assertEquals(List.of("2026-02-03: 2 invites statements", "2026-02-03: 1 warns statement", "2026-02-20: 4 hosts statements"), titles(svg));
        assertTrue(svg.contains("per day"), svg);
    }

    @Test
    void longerSpansAreDrawnByMonthThenByYear() {
        String months = TimelineChart.svg(List.of(count("Invitation", "2025-01-10", 1), count("Invitation", "2025-01-25", 2),
                count("Invitation", "2025-06-01", 1)));
        assertEquals(List.of("2025-01: 3 invites statements", "2025-06: 1 invites statement"), titles(months));
        String years = TimelineChart.svg(List.of(count("Representation", "2015-04-02", 1), count("Representation", "2021-11-22", 1)));
        assertEquals(List.of("2015: 1 represents statement", "2021: 1 represents statement"), titles(years));
        assertTrue(years.contains("per year"));
    }

    @Test
    void emptyPeriodsKeepTheirPlaceSoGapsShow() {
        String svg = TimelineChart.svg(List.of(count("Invitation", "2026-01-01", 1), count("Invitation", "2026-01-05", 1)));
        List<Double> xs = new ArrayList<>();
        Matcher m = Pattern.compile("<rect class=\"bar\"[^>]* x=\"([0-9.]+)\"").matcher(svg);
        while (m.find()) xs.add(Double.parseDouble(m.group(1)));
        assertEquals(2, xs.size());
        double slot = (720 - 34 - 4) / 5.0;
        assertEquals(4 * slot, xs.get(1) - xs.get(0), 0.2, "five daily slots, the middle three empty");
    }

    @Test
    void noDatedRelationGivesNoChart() {
        assertEquals("", TimelineChart.svg(List.of()));
        assertEquals("", TimelineChart.svg(List.of(count("Invitation", "not a date", 3))));
    }

    @Test
    void binsAreChosenForAReadableNumberOfBars() {
        LocalDate d = LocalDate.of(2020, 1, 1);
        assertEquals(TimelineChart.Bin.DAY, TimelineChart.Bin.forSpan(d, d.plusDays(62)));
        assertEquals(TimelineChart.Bin.MONTH, TimelineChart.Bin.forSpan(d, d.plusDays(63)));
        assertEquals(TimelineChart.Bin.MONTH, TimelineChart.Bin.forSpan(d, d.plusMonths(48)));
        assertEquals(TimelineChart.Bin.YEAR, TimelineChart.Bin.forSpan(d, d.plusMonths(49)));
    }
}
