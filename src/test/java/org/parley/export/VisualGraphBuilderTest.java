package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.RelationType;

class VisualGraphBuilderTest {

    @Test
    void seedArticleGivesItsActorsEventsAndRelations() {
        ExportData data = ExportFixtures.read(ExportFixtures.seedStore(), Selection.everything());
        VisualGraph g = data.graph();
        assertEquals(ExportFixtures.SEED_NODES, g.nodes().size());
        assertEquals(ExportFixtures.SEED_EDGES, g.edges().size());
        // "Pakistan has been invited" names no inviter: nothing to draw, but it is counted
        assertEquals(1, data.undrawn());
        assertEquals(NodeType.STATE, ExportFixtures.nodeLabelled(g, "Pakistan").type());
        assertEquals(NodeType.PERSON, ExportFixtures.nodeLabelled(g, "Ali Khamenei").type());
    }

    @Test
    void hostingWithoutTargetPointsAtTheEvent() {
        VisualGraph g = ExportFixtures.seedVisual();
        VisualNode turkiye = ExportFixtures.nodeLabelled(g, "Türkiye");
        VisualNode talks = ExportFixtures.nodeLabelled(g, "US-Iran talks");
        assertEquals(NodeType.EVENT, talks.type());
        VisualEdge hosts = edge(g, turkiye, RelationType.HOSTS, talks);
        assertEquals(List.of(new Evidence(ExportFixtures.SEED_ID, "with Türkiye hosting")), hosts.evidence());
    }

    @Test
    void edgeSupportedOnlyByHedgedAssertionsIsHedged() {
        VisualGraph g = ExportFixtures.seedVisual();
        VisualEdge dar = edge(g, ExportFixtures.nodeLabelled(g, "Ishaq Dar"), RelationType.REPRESENTS, ExportFixtures.nodeLabelled(g, "Pakistan"));
        VisualEdge andrabi = edge(g, ExportFixtures.nodeLabelled(g, "Tahir Andrabi"), RelationType.REPRESENTS, ExportFixtures.nodeLabelled(g, "Pakistan"));
        assertTrue(dar.hedged());
        assertFalse(andrabi.hedged());
    }

    @Test
    void sameRelationInTwoArticlesIsOneEdgeWithBothArticlesAndAnyAssertionUnhedgesIt() {
        VisualGraph g = ExportFixtures.bothVisual();
        VisualEdge witkoff = edge(g, ExportFixtures.nodeLabelled(g, "Steve Witkoff"), RelationType.REPRESENTS,
                ExportFixtures.nodeLabelled(g, "United States"));
        assertEquals(List.of(ExportFixtures.SECOND_ID, ExportFixtures.SEED_ID), witkoff.articles());
        assertEquals(2, witkoff.evidence().size());
        assertFalse(witkoff.hedged(), "asserted in the seed, hedged in the second article");
        assertEquals(ExportFixtures.SEED_NODES + 2, g.nodes().size());
        assertEquals(ExportFixtures.SEED_EDGES + 2, g.edges().size());
    }

    @Test
    void idsAreUniqueAndEveryEdgeEndIsANode() {
        VisualGraph g = ExportFixtures.bothVisual();
        var ids = g.nodesById();
        assertEquals(g.nodes().size(), ids.size());
        for (VisualEdge e : g.edges()) {
            assertTrue(ids.containsKey(e.source()) && ids.containsKey(e.target()), e.toString());
        }
        assertEquals(g.edges().size(), g.edges().stream().map(VisualEdge::id).distinct().count());
    }

    @Test
    void sameInputGivesSameIds() {
        assertEquals(ExportFixtures.bothVisual(), ExportFixtures.bothVisual());
    }

    static VisualEdge edge(VisualGraph g, VisualNode from, RelationType type, VisualNode to) {
        return g.edges().stream()
                .filter(e -> e.source().equals(from.id()) && e.target().equals(to.id()) && e.relation() == type)
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + from.label() + " " + type + " " + to.label()));
    }
}
