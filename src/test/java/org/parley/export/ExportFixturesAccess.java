package org.parley.export;

import java.util.List;
import org.parley.rdf.ArticleGraph;

/** The export fixtures for tests outside this package (the command-line tests). */
public final class ExportFixturesAccess {
    public static final int BOTH_NODES = ExportFixtures.SEED_NODES + 2;
    public static final int BOTH_EDGES = ExportFixtures.SEED_EDGES + 2;

    private ExportFixturesAccess() {}

    public static List<ArticleGraph> bothArticleGraphs() {
        return List.of(ExportFixtures.seedGraph(), ExportFixtures.secondGraph());
    }
}
