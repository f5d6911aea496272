package org.parley.serve.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * An article's text as HTML with its evidence sentences marked: every span some assertion cites is
 * a {@code <mark>}, titled with what it states, and the span a link asked for is the one with
 * {@code id="focus"}. Overlapping spans are cut at every boundary, so marks never nest.
 */
final class ArticleText {
    /** A cited span of the text, [start, end) in UTF-16 units as the store records them, and what it states. */
    record Span(int start, int end, String statement) {}

    private ArticleText() {}

    /**
     * @param focusStart start of the span to single out, or null
     * @param focusEnd   its end, or null
     */
    static String html(String text, List<Span> spans, Integer focusStart, Integer focusEnd) {
        int length = text.length();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        List<Span> valid = new ArrayList<>();
        for (Span s : spans) {
            int start = Math.max(0, Math.min(length, s.start()));
            int end = Math.max(start, Math.min(length, s.end()));
            if (end == start) continue;
            valid.add(new Span(start, end, s.statement()));
            cuts.add(start);
            cuts.add(end);
        }
        boolean focusValid = focusStart != null && focusEnd != null && focusStart < focusEnd;
        if (focusValid) {
            cuts.add(Math.max(0, Math.min(length, focusStart)));
            cuts.add(Math.max(0, Math.min(length, focusEnd)));
        }
        StringBuilder h = new StringBuilder(length + 256 + spans.size() * 64);
        boolean focusPlaced = false;
        Integer from = null;
        for (int to : cuts) {
            if (from != null && to > from) {
                String piece = Html.esc(text.substring(from, to));
                List<String> states = new ArrayList<>();
                for (Span s : valid) {
                    if (s.start() <= from && to <= s.end() && !states.contains(s.statement())) states.add(s.statement());
                }
                boolean focus = focusValid && focusStart <= from && to <= focusEnd;
                if (states.isEmpty() && !focus) {
                    h.append(piece);
                } else {
                    h.append("<mark");
                    if (focus) {
                        h.append(" class=\"focus\"");
                        if (!focusPlaced) h.append(" id=\"focus\"");
                        focusPlaced = true;
                    }
                    if (!states.isEmpty()) h.append(" title=\"").append(Html.esc(String.join("; ", states))).append('"');
                    h.append('>').append(piece).append("</mark>");
                }
            }
            from = to;
        }
        return h.toString();
    }
}
