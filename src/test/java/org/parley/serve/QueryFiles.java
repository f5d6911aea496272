package org.parley.serve;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The queries the server tests compare: our own test queries, and every shipped {@code queries/*.rq} once it exists. */
final class QueryFiles {
    private QueryFiles() {}

    static List<ExampleQuery> all() {
        List<ExampleQuery> all = new ArrayList<>(ExampleQueries.fromDirectory(testQueries()));
        if (Files.isDirectory(ExampleQueries.LOCAL_DIR)) all.addAll(ExampleQueries.fromDirectory(ExampleQueries.LOCAL_DIR));
        return all;
    }

    static Path testQueries() {
        try {
            return Path.of(QueryFiles.class.getClassLoader().getResource("serve-queries").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
