package org.parley.export;

import java.util.List;
import java.util.stream.Collectors;

/** The evidence of an edge as one string, for formats whose attributes are plain strings. */
final class EvidenceText {
    private EvidenceText() {}

    /** One line a sentence: {@code [article-id] sentence}. */
    static String of(List<Evidence> evidence) {
        return evidence.stream().map(e -> "[" + e.articleId() + "] " + e.sentence().replace('\n', ' '))
                .collect(Collectors.joining("\n"));
    }
}
