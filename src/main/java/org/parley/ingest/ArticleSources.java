package org.parley.ingest;

import java.io.Closeable;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The read stage: turns the paths a user names (files, directories, "-" for stdin) into a lazy
 * stream of articles, one {@link ReadResult} per article or per unreadable input.
 *
 * <p>Inputs: {@code .txt} (line 1 may be the headline), {@code .html}/{@code .htm},
 * {@code .json} (a news record or an array of them), {@code .jsonl} (one record a line) and
 * {@code .csv}/{@code .tsv} (one article a row under a header, see {@link CsvArticleReader});
 * directories are walked recursively in name order, passing over hidden entries, other file
 * types and {@code *.gold.json}. Nothing is read before the stream asks for it, so the first
 * article of a huge folder comes out at once. Inputs are refused, each with a message naming it,
 * when missing, empty, binary, not decodable as text, over the {@link ReadLimits}, or not English.
 *
 * <p>Close the stream (try-with-resources) when abandoning it early, to close an open JSON Lines file.
 */
public final class ArticleSources {
    private final ArticleFileReader files;
    private final StdinReader stdin;

    /** Default limits (see {@link ReadLimits}), "-" reads {@code System.in}. */
    public ArticleSources() {
        this(ReadLimits.defaults());
    }

    public ArticleSources(ReadLimits limits) {
        this(limits, System.in);
    }

    /** @param stdin what "-" reads */
    public ArticleSources(ReadLimits limits, InputStream stdin) {
        this.files = new ArticleFileReader(limits);
        this.stdin = new StdinReader(stdin, limits);
    }

    public Stream<ReadResult> read(List<String> paths) {
        Results results = new Results(List.copyOf(paths).iterator());
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(results::close);
    }

    /**
     * The articles of one file that another system listed, such as a distributed engine matching a
     * file pattern, read as a directory walk reads what it finds: by the format its name announces,
     * passing over (empty stream) hidden files, files of other types and {@code *.gold.json}.
     * Close the stream when abandoning it early.
     */
    public Stream<ReadResult> readListed(ArticleFile file) {
        String fileName = file.fileName();
        Optional<InputFormat> format = fileName.startsWith(".") ? Optional.empty() : InputFormat.ofFileName(fileName);
        if (format.isEmpty()) return Stream.empty();
        Iterator<ReadResult> results = files.read(file, format.get());
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .map(ArticleChecks::accept)
                .onClose(() -> closeQuietly(results));
    }

    private static void closeQuietly(Object results) {
        if (results instanceof Closeable c) {
            try {
                c.close();
            } catch (java.io.IOException e) {
                // only ever read from
            }
        }
    }

    /** Walks the named inputs one at a time, opening each file only when its turn comes. */
    private final class Results implements Iterator<ReadResult>, Closeable {
        private final Iterator<String> names;
        private Iterator<InputWalker.Found> walk;
        private Iterator<ReadResult> current;

        Results(Iterator<String> names) {
            this.names = names;
        }

        @Override
        public boolean hasNext() {
            while (true) {
                if (current != null && current.hasNext()) return true;
                close();
                if (walk != null && walk.hasNext()) {
                    current = open(walk.next());
                    continue;
                }
                walk = null;
                if (!names.hasNext()) return false;
                String name = names.next();
                if (StdinReader.INPUT.equals(name)) {
                    current = stdin.read();
                } else {
                    walk = InputWalker.walk(name);
                }
            }
        }

        @Override
        public ReadResult next() {
            if (!hasNext()) throw new NoSuchElementException();
            return ArticleChecks.accept(current.next());
        }

        private Iterator<ReadResult> open(InputWalker.Found found) {
            if (found instanceof InputWalker.Found.File f) return files.read(ArticleFile.of(f.path()), f.format());
            return List.<ReadResult>of(((InputWalker.Found.Problem) found).failed()).iterator();
        }

        @Override
        public void close() {
            closeQuietly(current);
            current = null;
        }
    }
}
