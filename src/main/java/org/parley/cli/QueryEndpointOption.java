package org.parley.cli;

import org.parley.query.QueryRunner;
import picocli.CommandLine.Option;

/** {@code --endpoint URL} for the commands that query a remote store instead of the embedded one. */
final class QueryEndpointOption {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query a remote store instead: its dataset base URL (queries go to URL/sparql).")
    String url;

    boolean isRemote() {
        return url != null;
    }

    QueryRunner runner() {
        return QueryRunner.remote(url);
    }
}
