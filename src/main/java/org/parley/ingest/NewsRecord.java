package org.parley.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record in the news-please / news-crawler form ({@code title}, {@code maintext} or
 * {@code text}, {@code date_publish}, {@code url}, optional {@code id} or {@code filename}) as an
 * article. The headline becomes line 1 of the text so that relations stated only in the headline
 * are found, as they are for text files.
 */
final class NewsRecord {
    private NewsRecord() {}

    /** What names a record that carries no id, filename or url of its own. */
    interface FallbackId {
        String idFor(String articleText);
    }

    static Article toArticle(JsonNode node, FallbackId fallbackId, String fallbackSource) throws InputProblem {
        if (!node.isObject()) throw new InputProblem("record is not a JSON object (found " + kind(node) + ")");
        String title = oneLine(string(node, "title"));
        String body = string(node, "maintext");
        if (body == null || body.isBlank()) body = string(node, "text");
        if (body == null || body.isBlank()) {
            throw new InputProblem(title == null ? "record has no text" : "record has no text (only a title)");
        }
        body = LineEndings.normalize(body).strip();
        String text = title == null || body.startsWith(title + "\n") || body.equals(title) ? body : title + "\n" + body;

        String url = blankToNull(string(node, "url"));
        String date = string(node, "date_publish");
        if (date == null) date = string(node, "published");
        if (date == null) date = string(node, "date");

        String id = blankToNull(string(node, "id"));
        if (id == null) {
            String filename = blankToNull(string(node, "filename"));
            if (filename != null) id = InputFormat.stem(filename);
        }
        if (id == null) id = url;
        if (id == null) id = fallbackId.idFor(text);
        return new Article(id, text, title, PublishDateParser.parse(date), url != null ? url : fallbackSource);
    }

    /** A field as text: strings and numbers are accepted, objects and arrays are a mistake. */
    private static String string(JsonNode node, String field) throws InputProblem {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isContainerNode()) throw new InputProblem("field \"" + field + "\" is " + kind(value) + ", not text");
        return value.asText();
    }

    private static String oneLine(String s) {
        if (s == null) return null;
        String line = s.replaceAll("\\s+", " ").strip();
        return line.isEmpty() ? null : line;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> "null";
        };
    }
}
