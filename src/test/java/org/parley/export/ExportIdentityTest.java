package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.vocabulary.OWL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Entity;
import org.parley.extract.EntityKind;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Relation;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphBuilder;
import org.parley.rdf.DIP;
import org.parley.resolve.Identities;
import org.parley.resolve.IriMinter;
import org.parley.store.ParleyStore;

/**
 * One made-up person spelled three ways in four articles ("Hendrik Vollmark", "Vollmark",
 * "Hendrik Vollmarck") is one node in every export, under the canonical IRI and label the store
 * resolved, whether the export reads the summary or single articles' assertions.
 */
class ExportIdentityTest {
    private static final String PERSON = DIP.ID + "person/";

    @TempDir
    static Path dir;

    private static ParleyStore store;
    private static String canonical;

    @BeforeAll
    static void store() {
        store = ParleyStore.open(dir.resolve("store"));
        store.write(List.of(
                article("v1", "Hendrik Vollmark invited Chile to the talks.", "Hendrik Vollmark", RelationType.INVITES, "Chile"),
                article("v2", "Vollmark warned Chile of sanctions.", "Vollmark", RelationType.WARNS, "Chile"),
                article("v3", "Hendrik Vollmarck will represent Norway.", "Hendrik Vollmarck", RelationType.REPRESENTS, "Norway"),
                article("v4", "Vollmark invited Chile again.", "Vollmark", RelationType.INVITES, "Chile")));
        Identities ids = store.identities();
        canonical = ids.canonicalOf(PERSON + "vollmark");
        assertEquals(canonical, ids.canonicalOf(PERSON + "hendrik-vollmarck"), "the fixture merges all three spellings");
        assertNotEquals(PERSON + "vollmark", canonical);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aWholeStoreExportDrawsThePersonOnceUnderItsCanonicalIriAndLabel() {
        VisualGraph g = GraphReader.read(store.dataset(), Selection.everything()).graph();
        VisualNode person = onlyPerson(g);
        assertEquals(canonical, person.iri());
        assertEquals(store.identities().labelOf(canonical, "Hendrik Vollmark"), person.label());
        assertEquals(Set.of("invites Chile", "warns Chile", "represents Norway"), edgesFrom(g, person));
        VisualEdge invites = g.edges().stream().filter(e -> e.relation() == RelationType.INVITES).findFirst().orElseThrow();
        assertEquals(2, invites.articleCount(), "two articles, each spelling the inviter its own way");
        assertEquals(List.of("v1", "v4"), invites.articles());
    }

    @Test
    void everySpellingFindsTheSameNeighbourhood() {
        Set<String> first = null;
        for (String name : List.of("Vollmark", "Hendrik Vollmarck", "hendrik vollmark")) {
            VisualGraph g = GraphReader.read(store.dataset(), Selection.everything().withActor(name, 1)).graph();
            Set<String> edges = edgesFrom(g, onlyPerson(g));
            assertEquals(3, edges.size(), name + ": " + edges);
            if (first == null) first = edges;
            assertEquals(first, edges, name);
        }
    }

    @Test
    void anArticleReadByItsAssertionsDrawsTheCanonicalPersonToo() {
        VisualGraph g = GraphReader.read(store.dataset(), Selection.everything().withArticle("v2")).graph();
        VisualNode person = onlyPerson(g);
        assertEquals(canonical, person.iri());
        assertEquals(Set.of("warns Chile"), edgesFrom(g, person));
    }

    /** A query names the agent by its article's IRI; the export finds the edge under the canonical one. */
    @Test
    void aQueryOfDirectRelationsMeetsTheCanonicalEdge() throws Exception {
        Path q = Files.writeString(dir.resolve("warns.rq"), "PREFIX dip: <" + DIP.NS + ">\n"
                + "CONSTRUCT { ?s dip:warns ?o } WHERE { GRAPH ?g { ?s dip:warns ?o } }\n");
        VisualGraph g = GraphReader.read(store.dataset(), Selection.everything().withQuery(q)).graph();
        assertEquals(Set.of("warns Chile"), edgesFrom(g, onlyPerson(g)));
    }

    @Test
    void jsonLdSaysWhichIrisTheStoreResolvedAsOnePerson() {
        Model rdf = GraphReader.read(store.dataset(), Selection.everything(), true).rdf();
        for (String spelling : List.of("vollmark", "hendrik-vollmarck", "hendrik-vollmark")) {
            String iri = PERSON + spelling;
            if (iri.equals(canonical)) continue;
            assertTrue(rdf.contains(ResourceFactory.createResource(iri), OWL.sameAs, ResourceFactory.createResource(canonical)),
                    iri + " owl:sameAs " + canonical);
        }
    }

    private static VisualNode onlyPerson(VisualGraph g) {
        List<VisualNode> people = g.nodes().stream().filter(n -> n.type() == NodeType.PERSON).toList();
        assertEquals(1, people.size(), "people drawn: " + people);
        return people.get(0);
    }

    private static Set<String> edgesFrom(VisualGraph g, VisualNode from) {
        Set<String> out = new TreeSet<>();
        for (VisualEdge e : g.edges()) {
            assertEquals(from.id(), e.source(), "an edge not from the person: " + e);
            String to = g.nodes().stream().filter(n -> n.id().equals(e.target())).findFirst().orElseThrow().label();
            out.add(e.relation().name().toLowerCase() + " " + to);
        }
        return out;
    }

    private static ArticleGraph article(String id, String text, String person, RelationType type, String state) {
        List<Entity> entities = List.of(
                new Entity("p", EntityKind.PERSON, person, Set.of(person), null, null, null, null),
                new Entity("s", EntityKind.STATE, state, Set.of(state), null, null, null, null));
        Relation relation = new Relation(type, "p", "s", null, null, 0, text.length(), text, 0.9, Modality.ASSERTED);
        return new ArticleGraphBuilder(new IriMinter()).build(new Extraction(new Article(id, text, null, null, null),
                entities, List.of(relation)));
    }
}
