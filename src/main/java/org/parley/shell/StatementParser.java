package org.parley.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine when a statement is complete and which word the cursor is on. A SPARQL statement
 * runs when a line ends with {@code ;} outside any braces, string, IRI or comment, or when the user
 * enters a blank line; until then Enter starts another line of the same statement, so a Turtle-style
 * {@code ;} inside {@code WHERE { ... }} does not end it. A {@code :command} or the bare name of a
 * named query is complete at the end of its line.
 */
final class StatementParser implements Parser {
    /** Characters of a word to complete: prefixed names, variables, keywords, query names. */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == ':' || c == '.' || c == '?' || c == '$';
    }

    private final Predicate<String> isNamedQuery;

    /** @param isNamedQuery whether a word names a named query, which runs when entered alone */
    StatementParser(Predicate<String> isNamedQuery) {
        this.isNamedQuery = isNamedQuery;
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
            throw new EOFError(-1, cursor, "the statement goes on", "");
        }
        return words(line, cursor);
    }

    /** Backslashes belong to SPARQL strings ("\"quoted\""): JLine must leave them alone. */
    @Override
    public boolean isEscapeChar(char ch) {
        return false;
    }

    boolean isComplete(String buffer) {
        String text = buffer.strip();
        if (text.isEmpty() || text.startsWith(":") || isNamedQuery.test(text.replaceFirst(";$", ""))) return true;
        if (buffer.endsWith("\n") || buffer.matches("(?s).*\\n[ \\t]*")) return true; // a blank line ends it
        return endsWithTerminator(text);
    }

    /** Whether the text ends with a ';' that stands outside braces, parentheses, strings, IRIs and comments. */
    static boolean endsWithTerminator(String text) {
        int depth = 0;
        boolean terminated = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) continue;
            if (c == '#') {
                i = endOfComment(text, i); // "...; # a note" still ends the statement
                continue;
            }
            terminated = false;
            switch (c) {
                case '"', '\'' -> i = endOfString(text, i);
                case '<' -> i = endOfIri(text, i);
                case '{', '(', '[' -> depth++;
                case '}', ')', ']' -> depth = Math.max(0, depth - 1);
                case ';' -> terminated = depth == 0;
                default -> { }
            }
        }
        return terminated;
    }

    private static int endOfComment(String text, int at) {
        int nl = text.indexOf('\n', at);
        return nl < 0 ? text.length() - 1 : nl;
    }

    /** The index of a string's closing quote (or the end): '...', "...", '''...''' and """...""", with backslash escapes. */
    private static int endOfString(String text, int at) {
        char q = text.charAt(at);
        String triple = String.valueOf(q).repeat(3);
        boolean isLong = text.startsWith(triple, at);
        int i = at + (isLong ? 3 : 1);
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (isLong ? text.startsWith(triple, i) : c == q) return isLong ? i + 2 : i;
            if (!isLong && c == '\n') return i; // a short string cannot span lines: the parser will say so
            i++;
        }
        return text.length() - 1;
    }

    /** An IRI is '<' up to '>' with no spaces; anything else starting with '<' is the less-than operator. */
    private static int endOfIri(String text, int at) {
        for (int i = at + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '>') return i;
            if (Character.isWhitespace(c) || c == '<' || c == '"' || c == '{' || c == '}') return at;
        }
        return at;
    }

    /** The word under the cursor, for completion. */
    static StatementLine words(String line, int cursor) {
        int start = cursor;
        int end = cursor;
        int paramValue = line.startsWith(":param") ? line.indexOf('=') : -1;
        if (paramValue >= 0 && paramValue < cursor) {
            // ":param actor=Ishaq D": the value is the rest of the line, spaces and all
            start = paramValue + 1;
            end = line.length();
        } else {
            int quote = openQuote(line, cursor);
            if (quote >= 0) {
                start = quote;
            } else {
                while (start > 0 && isWordChar(line.charAt(start - 1))) start--;
            }
            while (end < line.length() && isWordChar(line.charAt(end))) end++;
        }
        List<String> words = new ArrayList<>();
        for (String w : line.substring(0, start).strip().split("\\s+")) if (!w.isEmpty()) words.add(w);
        int index = words.size();
        words.add(line.substring(start, end));
        return new StatementLine(line, cursor, line.substring(start, end), cursor - start, words, index);
    }

    /** Where a '"' opened on the cursor's line and not closed before the cursor starts, or -1. */
    private static int openQuote(String line, int cursor) {
        int lineBegin = line.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
        int open = -1;
        for (int i = lineBegin; i < cursor; i++) {
            char c = line.charAt(i);
            if (c == '\\' && open >= 0) i++;
            else if (c == '"') open = open < 0 ? i : -1;
        }
        return open;
    }

    /**
     * A statement with the word under the cursor. Candidates replace the word exactly as they are
     * written: an actor name with spaces needs no escaping inside its quotes.
     */
    record StatementLine(String line, int cursor, String word, int wordCursor, List<String> words, int wordIndex)
            implements CompletingParsedLine {
        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }

        /** The text before the word being completed. */
        String before() {
            return line.substring(0, cursor - wordCursor);
        }
    }
}
