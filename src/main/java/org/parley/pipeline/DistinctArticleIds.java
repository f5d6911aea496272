package org.parley.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.ingest.ReadResult;
import org.parley.resolve.IriMinter;

/**
 * Keeps one run from storing two inputs as one article. Two different inputs with the same article
 * id ({@code a.txt} and {@code a.html}, two files {@code report.txt} in different folders, two
 * records with one URL) would get one graph IRI, and the later would silently replace the earlier:
 * the later becomes an error that names both instead. The same input read twice (a folder and a
 * file in it both named) is read once.
 *
 * <p>Runs on the reading thread, in input order, before any NLP. Remembers each article's IRI
 * and input name, some 200 bytes an article.
 */
public final class DistinctArticleIds {
    /** Graph IRI to the input that gave it. */
    private final Map<String, Seen> seen = new HashMap<>();

    private record Seen(String input, String id) {}

    Stream<ReadResult> check(Stream<ReadResult> results) {
        return results.map(this::check).filter(java.util.Objects::nonNull);
    }

    /** The result as it is, a failure naming the earlier input of the same id, or null for an input already read. */
    private ReadResult check(ReadResult result) {
        if (!(result instanceof ReadResult.Read read)) return result;
        String id = read.article().id();
        String iri = IriMinter.articleIri(id);
        Seen earlier = seen.putIfAbsent(iri, new Seen(read.input(), id));
        if (earlier == null) return result;
        if (earlier.input().equals(read.input())) return null;
        return sameIriAs(earlier.input(), earlier.id(), read);
    }

    /**
     * The failure of {@code later}, whose article gets the same graph IRI as article
     * {@code earlierId} of {@code earlierInput}, which is kept.
     */
    public static ReadResult.Failed sameIriAs(String earlierInput, String earlierId, ReadResult.Read later) {
        String id = later.article().id();
        String problem = earlierId.equals(id)
                ? "has the same article id '" + id + "' as " + earlierInput
                : "its article id '" + id + "' gets the same IRI as '" + earlierId + "' of " + earlierInput;
        return new ReadResult.Failed(later.input(), problem + ", so it would replace that article; not stored"
                + " (each article needs an id of its own: a file name, or an id or url field)");
    }
}
