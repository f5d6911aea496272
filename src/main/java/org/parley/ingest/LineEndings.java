package org.parley.ingest;

/** Windows and old Mac line ends become "\n", so that offsets and line splits agree everywhere. */
final class LineEndings {
    private LineEndings() {}

    static String normalize(String text) {
        if (text.indexOf('\r') < 0) return text;
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
