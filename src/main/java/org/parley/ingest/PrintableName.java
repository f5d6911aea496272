package org.parley.ingest;

/**
 * A file name or article id as it may appear in a one-line message. Unix names may hold any byte
 * but '/' and NUL: a newline in a name would break an error line in two (and let a crafted name
 * forge a line of its own), an escape sequence would drive the terminal, and a bidirectional
 * override would show the name reordered. Such a name is printed in double quotes with those
 * characters escaped ({@code "report\n1.txt"}, as git prints paths); every other name is printed as
 * it is.
 */
public final class PrintableName {
    private PrintableName() {}

    public static String of(String name) {
        if (name.codePoints().noneMatch(PrintableName::needsEscape)) return name;
        StringBuilder out = new StringBuilder(name.length() + 8).append('"');
        name.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') out.append('\\').appendCodePoint(cp);
            else escape(cp, out);
        });
        return out.append('"').toString();
    }

    /**
     * A message's text with the same characters escaped but no quotes added: for a problem that
     * quotes an input's content, so that the message stays one line.
     */
    public static String inLine(String text) {
        if (text.codePoints().noneMatch(PrintableName::needsEscape)) return text;
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(cp -> escape(cp, out));
        return out.toString();
    }

    private static void escape(int cp, StringBuilder out) {
        switch (cp) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (!needsEscape(cp)) out.appendCodePoint(cp);
                else if (cp <= 0xff) out.append(String.format("\\x%02x", cp));
                else out.append(String.format("\\u%04x", cp));
            }
        }
    }

    /** Control characters, invisible format characters (bidirectional overrides among them) and line separators. */
    private static boolean needsEscape(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
