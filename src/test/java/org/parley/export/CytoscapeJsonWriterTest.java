package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CytoscapeJsonWriterTest {
    private final VisualGraph graph = ExportFixtures.bothVisual();

    private JsonNode elements() throws Exception {
        return new ObjectMapper().readTree(WriterTesting.write(new CytoscapeJsonWriter(), graph)).get("elements");
    }

    @Test
    void oneElementPerNodeAndEdgeWithUniqueIdsAndNoDanglingEdge() throws Exception {
        JsonNode elements = elements();
        assertEquals(graph.nodes().size(), elements.get("nodes").size());
        assertEquals(graph.edges().size(), elements.get("edges").size());
        Set<String> nodeIds = new HashSet<>();
        Set<String> allIds = new HashSet<>();
        for (JsonNode n : elements.get("nodes")) {
            assertTrue(nodeIds.add(n.get("data").get("id").asText()));
            allIds.add(n.get("data").get("id").asText());
        }
        for (JsonNode e : elements.get("edges")) {
            JsonNode d = e.get("data");
            assertTrue(allIds.add(d.get("id").asText()), "edge id clashes: " + d.get("id"));
            assertTrue(nodeIds.contains(d.get("source").asText()), "dangling source " + d);
            assertTrue(nodeIds.contains(d.get("target").asText()), "dangling target " + d);
        }
    }

    @Test
    void namesAndEvidenceRoundTrip() throws Exception {
        JsonNode elements = elements();
        VisualNode special = ExportFixtures.nodeLabelled(graph, ExportFixtures.SPECIAL);
        JsonNode node = find(elements.get("nodes"), special.id());
        assertEquals(ExportFixtures.SPECIAL, node.get("label").asText());
        assertEquals("Organization", node.get("type").asText());
        JsonNode edge = null;
        for (JsonNode e : elements.get("edges")) if (e.get("data").get("source").asText().equals(special.id())) edge = e.get("data");
        assertEquals("warns", edge.get("label").asText());
        assertEquals(1, edge.get("articles").asInt());
        assertEquals(false, edge.get("hedged").asBoolean());
        assertEquals(ExportFixtures.SECOND_ID, edge.get("evidence").get(0).get("article").asText());
        assertTrue(edge.get("evidence").get(0).get("sentence").asText().startsWith(ExportFixtures.SPECIAL));
    }

    @Test
    void untrustedNamesRoundTrip() throws Exception {
        VisualGraph hostile = ExportFixtures.hostileVisual();
        JsonNode nodes = new ObjectMapper().readTree(WriterTesting.write(new CytoscapeJsonWriter(), hostile)).get("elements").get("nodes");
        for (String name : ExportFixtures.HOSTILE) {
            assertEquals(name, find(nodes, ExportFixtures.nodeLabelled(hostile, name).id()).get("label").asText());
        }
    }

    private static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) if (n.get("data").get("id").asText().equals(id)) return n.get("data");
        throw new AssertionError("no element " + id);
    }
}
