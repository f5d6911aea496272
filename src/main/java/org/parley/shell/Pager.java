package org.parley.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/**
 * Shows an answer a screenful at a time, as {@code more} does: Space for the next page (a table's
 * header repeated on top), Enter for one more line, q (or any other key) to stop. An answer that fits, or a terminal
 * whose height is unknown, gets no pauses.
 */
final class Pager {
    private final Terminal terminal;

    Pager(Terminal terminal) {
        this.terminal = terminal;
    }

    /** @param header how many lines at the top to repeat on each new page (a table's header and rule) */
    void show(List<String> lines, int header) {
        PrintWriter out = terminal.writer();
        int height = terminal.getHeight();
        if (height < 3 || lines.size() < height) {
            lines.forEach(out::println);
            out.flush();
            return;
        }
        Attributes saved = terminal.enterRawMode();
        try {
            int shown = 0;
            int room = height - 1;
            while (shown < lines.size()) {
                while (room-- > 0 && shown < lines.size()) out.println(lines.get(shown++));
                if (shown >= lines.size()) break;
                String prompt = "-- " + shown + " of " + lines.size() + " lines: Space, Enter or q --";
                if (prompt.length() >= terminal.getWidth() && terminal.getWidth() > 4) prompt = prompt.substring(0, terminal.getWidth() - 1);
                out.print(prompt);
                out.flush();
                int key = read();
                out.print("\r" + " ".repeat(prompt.length()) + "\r");
                if (key == ' ') {
                    for (int i = 0; i < header; i++) out.println(lines.get(i));
                    room = height - 1 - header;
                } else if (key == '\r' || key == '\n') {
                    room = 1;
                } else {
                    out.println("(" + (lines.size() - shown) + " more lines not shown)");
                    break;
                }
            }
            out.flush();
        } finally {
            terminal.setAttributes(saved);
        }
    }

    private int read() {
        try {
            return terminal.reader().read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
