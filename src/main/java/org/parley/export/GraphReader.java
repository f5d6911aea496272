package org.parley.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Reads a selection out of a store, inside one read transaction, into {@link ExportData}.
 *
 * <p>The edges come from the summary graph, where each distinct relation is one node with the
 * number of articles that state it: an export of the whole store reads a node per fact and a few
 * of its assertions for the evidence it shows, never every article. Only a selection that needs
 * article-level data reads assertions, and then only those it selects: --article one article's
 * graph, --since the articles published since, a --query of assertions the assertions it returns.
 * Memory follows the graph drawn (and, for an edge several facts share, the articles that support
 * it), not the store.
 */
public final class GraphReader {
    private final DatasetGraph dsg;
    private final Selection selection;
    private final QueryMatches matches;
    private final RelationFactReader facts;
    private final AssertionLookup lookup;
    private final ActorCatalog catalog;
    private final SelectedRdf rdf;
    private final Map<FactEdge, EdgeSupport> supports = new LinkedHashMap<>();
    private final Map<NodeKey, String> fallbackLabels = new HashMap<>();
    /** Relation facts without an edge, with an article that states them: each pair counts once. */
    private final Set<List<Node>> undrawnStatements = new HashSet<>();
    /** For JSON-LD only: the assertions read for each edge when reading assertions. */
    private final Map<FactEdge, List<Node>> assertionsOf = new HashMap<>();
    private long assertionsForRdf;
    private long undrawn;

    /** @param maxRdfAssertions with the RDF for JSON-LD, at most this many assertions; 0: without the RDF */
    private GraphReader(DatasetGraph dsg, Selection selection, QueryMatches matches, long maxRdfAssertions) {
        this.dsg = dsg;
        this.selection = selection;
        this.matches = matches;
        this.facts = new RelationFactReader(dsg);
        this.lookup = new AssertionLookup(dsg);
        this.catalog = new ActorCatalog(dsg);
        this.rdf = maxRdfAssertions > 0 ? new SelectedRdf(dsg, maxRdfAssertions) : null;
    }

    /** The drawing formats' view of the selection, without the RDF for JSON-LD. */
    public static ExportData read(Dataset dataset, Selection selection) {
        return read(dataset, selection, false);
    }

    /**
     * @param withRdf also gather the selected statements, for the JSON-LD export, as many as this
     *                JVM's heap holds as JSON-LD (a larger selection is an {@link ExportException})
     */
    public static ExportData read(Dataset dataset, Selection selection, boolean withRdf) {
        return read(dataset, selection, withRdf ? SelectedRdf.heapLimit() : 0);
    }

    /** @param maxRdfAssertions gather the selected statements for JSON-LD, at most this many assertions; 0: none */
    static ExportData read(Dataset dataset, Selection selection, long maxRdfAssertions) {
        return Txn.calculateRead(dataset, () -> {
            QueryMatches matches = selection.query() == null ? null : QuerySelection.run(selection.query(), dataset);
            return new GraphReader(dataset.asDatasetGraph(), selection, matches, maxRdfAssertions).read();
        });
    }

    private ExportData read() {
        Set<FactEdge> queried = matches == null ? Set.of() : queriedEdges();
        if (byArticle() || (matches != null && !matches.assertions().isEmpty())) {
            readAssertions(queried);
            undrawn = byArticle() ? undrawnStatements.size() : undrawnInSummary();
        } else {
            readFacts(queried);
        }
        VisualGraph graph = VisualGraphBuilder.build(supports, catalog, fallbackLabels);
        return new ExportData(graph, rdf == null ? null : rdf.build(), (int) Math.min(Integer.MAX_VALUE, undrawn),
                selection.since() == null ? null : lookup.dates());
    }

    /** Whether the selection names articles (by id or by date), which the summary graph does not know. */
    private boolean byArticle() {
        return selection.articleId() != null || selection.since() != null;
    }

    /** The whole store, or facts picked by relation, actor or a query of direct relations: the summary suffices. */
    private void readFacts(Set<FactEdge> queried) {
        Map<FactEdge, List<RelationFact>> byEdge = new LinkedHashMap<>();
        if (selection.actor() == null) {
            for (RelationFact f : facts.all()) take(f, queried, byEdge);
        } else {
            factsAround(queried, byEdge);
        }
        if (rdf != null) {
            long assertions = 0; // at least one per article that states each fact
            for (List<RelationFact> group : byEdge.values()) for (RelationFact f : group) assertions += f.articles();
            rdf.expect(assertions);
        }
        for (FactEdge edge : byEdge.keySet()) {
            List<RelationFact> group = byEdge.get(edge);
            EdgeSupport support = support(edge);
            // The edge summary counts the articles behind all of the edge's facts. Without one (a
            // summary written before edge summaries), one fact's own count will do; an article may
            // state several facts of one edge (hedged here, asserted there), so theirs are counted one by one.
            long edgeArticles = facts.edgeArticles(group.get(0));
            boolean counting = edgeArticles < 0 && group.size() > 1;
            if (edgeArticles >= 0) support.articleCountIs(edgeArticles);
            else if (!counting) support.articleCountIs(group.get(0).articles());
            for (RelationFact f : group) {
                support.assertedBy(f.asserted());
                facts.attestations(f.node(), a -> {
                    boolean sampling = support.wantsSamples();
                    Node article = counting || sampling ? lookup.articleOf(a) : null;
                    support.countArticle(article);
                    if (sampling) sample(support, edge, a, article);
                    if (rdf != null) rdf.addAssertion(a, f.relation());
                    return counting || rdf != null || support.wantsSamples();
                });
            }
        }
    }

    /** Takes a fact the selection wants into its edge's group, or counts it when it has no edge; false when not taken. */
    private boolean take(RelationFact f, Set<FactEdge> queried, Map<FactEdge, List<RelationFact>> byEdge) {
        if (!wanted(f)) return false;
        if (!f.drawable()) {
            undrawn += f.articles();
            return false;
        }
        if (matches != null && !queried.contains(f.edge())) return false;
        byEdge.computeIfAbsent(f.edge(), e -> new ArrayList<>()).add(f);
        remember(f);
        return true;
    }

    /**
     * The facts within --depth hops of the actor, found by following the summary's links out from
     * it, node by node: the cost is the neighbourhood's, not the store's. An edge is taken when one
     * of its ends lies within fewer hops than the depth, as in {@link Neighbourhood}.
     */
    private void factsAround(Set<FactEdge> queried, Map<FactEdge, List<RelationFact>> byEdge) {
        Map<NodeKey, Integer> distance = new HashMap<>();
        Deque<NodeKey> queue = new ArrayDeque<>();
        for (NodeKey s : startNodes()) {
            distance.put(s, 0);
            queue.add(s);
        }
        Set<Node> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            NodeKey node = queue.poll();
            int d = distance.get(node);
            if (d >= selection.depth()) continue;
            for (RelationFact f : facts.touching(node)) {
                if (!seen.add(f.node()) || !take(f, queried, byEdge)) continue;
                NodeKey other = node.equals(f.edge().from()) ? f.edge().end() : f.edge().from();
                if (distance.putIfAbsent(other, d + 1) == null) queue.add(other);
            }
        }
    }

    /**
     * Assertions from the articles the selection names, or those a query returned, each tested
     * against every criterion; those without an edge are counted when the selection names articles.
     */
    private void readAssertions(Set<FactEdge> queried) {
        if (selection.articleId() != null) {
            lookup.articlesWithId(selection.articleId(),
                    (graph, article) -> lookup.assertionsOf(graph, article, a -> consider(a, article, queried)));
        } else if (selection.since() != null) {
            lookup.articlesPublishedSince(selection.since(),
                    (graph, article) -> lookup.assertionsOf(graph, article, a -> consider(a, article, queried)));
        } else {
            for (String iri : matches.assertions()) consider(NodeFactory.createURI(iri), null, queried);
            if (!queried.isEmpty()) {
                for (RelationFact f : facts.all()) {
                    if (f.drawable() && queried.contains(f.edge())) {
                        facts.attestations(f.node(), a -> {
                            consider(a, null, queried);
                            return true;
                        });
                    }
                }
            }
        }
        if (selection.actor() != null) supports.keySet().retainAll(neighbourhood(new ArrayList<>(supports.keySet())));
        if (rdf != null) {
            for (FactEdge edge : supports.keySet()) {
                for (Node a : assertionsOf.getOrDefault(edge, List.of())) rdf.addAssertion(a, edge.relation());
            }
        }
    }

    private void consider(Node assertion, Node knownArticle, Set<FactEdge> queried) {
        RelationFact f = facts.factOf(assertion);
        if (f == null || !wanted(f)) return;
        Node article = knownArticle != null ? knownArticle : lookup.articleOf(assertion);
        AssertionLookup.ArticleInfo info = lookup.article(article);
        if (selection.articleId() != null && !selection.articleId().equals(info.id())) return;
        if (selection.since() != null && (info.published() == null || info.published().isBefore(selection.since()))) return;
        if (!f.drawable()) {
            undrawnStatements.add(List.of(f.node(), article == null ? f.node() : article));
            return;
        }
        if (matches != null && !matches.assertions().contains(assertion.getURI()) && !queried.contains(f.edge())) return;
        EdgeSupport support = support(f.edge());
        support.assertedBy(f.asserted());
        support.countArticle(article);
        sample(support, f.edge(), assertion, article);
        remember(f);
        // added once the neighbourhood of --actor is known, which needs every edge first
        if (rdf != null) {
            rdf.expect(++assertionsForRdf);
            assertionsOf.computeIfAbsent(f.edge(), e -> new ArrayList<>()).add(assertion);
        }
    }

    private void sample(EdgeSupport support, FactEdge edge, Node assertion, Node article) {
        support.sample(lookup.article(article).id(), lookup.evidence(assertion));
        if (edge.end().isEvent()) catalog.eventSeen(edge.end(), () -> lookup.eventOf(assertion));
    }

    private boolean wanted(RelationFact f) {
        return selection.relation() == null || selection.relation() == f.relation();
    }

    private EdgeSupport support(FactEdge edge) {
        return supports.computeIfAbsent(edge, e -> new EdgeSupport());
    }

    private void remember(RelationFact f) {
        if (f.fromName() != null) fallbackLabels.putIfAbsent(NodeKey.actor(f.from()), f.fromName());
        if (f.endName() != null) fallbackLabels.putIfAbsent(f.end(), f.endName());
    }

    private Set<FactEdge> neighbourhood(Collection<FactEdge> edges) {
        Set<FactEdge> reached = Neighbourhood.within(edges, startNodes(), selection.depth());
        Set<FactEdge> kept = new LinkedHashSet<>();
        for (FactEdge e : edges) if (reached.contains(e)) kept.add(e);
        return kept;
    }

    /** The actors and events --actor names; an error when there are none. */
    private Set<NodeKey> startNodes() {
        Set<NodeKey> start = new HashSet<>(catalog.actorsNamed(selection.actor()));
        start.addAll(facts.eventsNamed(name -> ActorCatalog.sameName(name, selection.actor())));
        if (start.isEmpty()) {
            throw new ExportException("no actor or event is named \"" + selection.actor() + "\" in the store"
                    + " (--actor matches a label or an alternative name, ignoring case)");
        }
        return start;
    }

    /**
     * The query's direct relations as edges, keyed as the summary keys them: an actor named by its
     * article's IRI becomes its canonical IRI, an event named by its IRI the summary's key for it.
     */
    private Set<FactEdge> queriedEdges() {
        Set<FactEdge> out = new HashSet<>();
        for (QueryMatches.Edge e : matches.edges()) {
            NodeKey event = lookup.eventKey(e.end());
            NodeKey end = event != null ? event : NodeKey.actor(catalog.canonicalOf(e.end()));
            out.add(new FactEdge(NodeKey.actor(catalog.canonicalOf(e.agent())), e.relation(), end));
        }
        return out;
    }

    /**
     * Relations of the selected kind that name no agent, or no target and no event, so have no
     * edge: counted once per article that states them, as the summary counts.
     */
    private long undrawnInSummary() {
        long n = 0;
        for (RelationFact f : facts.all()) if (!f.drawable() && wanted(f)) n += f.articles();
        return n;
    }
}
