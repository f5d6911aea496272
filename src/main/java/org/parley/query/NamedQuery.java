package org.parley.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A query from {@code queries/}: its name (the file name without {@code .rq}), the question its
 * first comment line states, the parameters its {@code # param:} lines declare, and its text.
 */
public record NamedQuery(String name, String question, List<Param> params, String text) {
    private static final Pattern PARAM = Pattern.compile("#\\s*param:\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\(example:\\s*(.*?)\\s*\\))?\\s*");

    /** A parameter a query needs, bound with {@code --param name=value}; the example is what {@code demo} uses. */
    public record Param(String name, String example) {}

    public NamedQuery {
        params = List.copyOf(params);
    }

    /** Reads the header comment: {@code # question}, then any {@code # param: name (example: value)} lines. */
    public static NamedQuery parse(String name, String text) {
        String question = "";
        List<Param> params = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) continue;
            if (!line.startsWith("#")) break;
            Matcher m = PARAM.matcher(line);
            if (m.matches()) params.add(new Param(m.group(1), m.group(2)));
            else if (question.isEmpty()) question = line.substring(1).strip();
        }
        return new NamedQuery(name, question, params, text);
    }
}
