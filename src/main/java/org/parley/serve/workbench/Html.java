package org.parley.serve.workbench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Text made safe for HTML. Everything the store holds (names, sentences, titles) comes from news
 * articles, so any of it may read {@code <script>}; it goes into a page only through {@link #esc}.
 */
public final class Html {
    private Html() {}

    /** Escapes text for element content and for quoted attribute values. */
    public static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A query-string value. */
    static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
