package org.parley.export;

/** Escaping for the XML formats (GraphML, GEXF), so that any name survives a parse. */
final class XmlEscape {
    private XmlEscape() {}

    /** Element content: markup characters escaped; characters XML 1.0 cannot hold become U+FFFD. */
    static String text(String s) {
        return escape(s, false);
    }

    /**
     * Attribute values: as text, and also quotes and line breaks, which a parser would otherwise
     * turn into spaces (attribute value normalisation).
     */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (allowed(cp)) out.appendCodePoint(cp);
                    else out.append('\uFFFD');
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
