package org.parley.serve.workbench;

import java.util.List;
import java.util.Set;
import org.apache.jena.fuseki.ctl.ActionPing;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.ctl.ActionStats;
import org.apache.jena.query.Dataset;
import org.parley.query.NamedQuery;
import org.parley.serve.ExampleQuery;
import org.parley.serve.ParleyServer;

/**
 * The browser workbench of {@code parley serve}: the SPARQL editor at {@code /editor/}, the named
 * queries as forms at {@code /questions}, actor pages at {@code /actor}, articles at
 * {@code /article}, and their style sheet, scripts and name completion at {@code /workbench/}.
 *
 * <p>Everything here only reads. The editor reaches the store through the dataset's query endpoints
 * alone; of Fuseki's server API it gets the three read-only calls its query view makes: the
 * server's description, the dataset's request counts and a ping, all under {@code /editor/$/}.
 */
public final class Workbench {
    static final String EDITOR = "/editor";
    /** The dataset's query endpoints as {@link ParleyServer} names them; the only ones the editor reaches. */
    private static final Set<String> QUERY_ENDPOINTS = Set.of("sparql", "query");

    private Workbench() {}

    /** Adds the workbench's pages to a server being built; {@code queries} become the question forms. */
    public static void mount(FusekiServer.Builder builder, Dataset dataset, List<ExampleQuery> queries) {
        StoreReader store = new StoreReader(dataset);
        ActorProfiles profiles = new ActorProfiles(store);
        List<NamedQuery> named = queries.stream().map(q -> NamedQuery.parse(q.name(), q.text())).toList();
        builder.addFilter(EDITOR + "/*", new EditorQueryRoute(EDITOR, ParleyServer.DATASET, QUERY_ENDPOINTS))
               .addServlet(EDITOR + "/*", new EditorFiles())
               // browsers ask every page's server for one; the UI's (Jena's) serves the whole site
               .addServlet("/favicon.ico", new EditorFiles())
               .addServlet(EDITOR + "/$/server", new ActionServerStatus())
               .addServlet(EDITOR + "/$/stats/*", new ActionStats())
               .addServlet(EDITOR + "/$/ping", new ActionPing())
               .addServlet("/questions/*", new QuestionPages(named, store))
               .addServlet("/actor", new ActorPage(profiles))
               .addServlet("/actor/graph", new ActorGraphPage(new NeighbourhoodGraph(store), profiles))
               .addServlet("/article", new ArticlePage(store))
               .addServlet("/workbench/*", new WorkbenchAssets(new ActorNames(store)));
    }
}
