package org.parley.serve;

/**
 * One of the example queries shipped in {@code queries/}.
 *
 * @param name  the file name without {@code .rq}
 * @param title the file's first {@code #} comment, or the name when it has none
 * @param text  the SPARQL text
 */
public record ExampleQuery(String name, String title, String text) {

    /** Reads the title from the query's first comment line. */
    public static ExampleQuery of(String fileName, String text) {
        String name = fileName.endsWith(".rq") ? fileName.substring(0, fileName.length() - 3) : fileName;
        String title = name;
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (t.startsWith("#")) {
                String comment = t.replaceFirst("^#+", "").strip();
                if (!comment.isEmpty()) {
                    title = comment;
                    break;
                }
            }
        }
        return new ExampleQuery(name, title, text);
    }
}
