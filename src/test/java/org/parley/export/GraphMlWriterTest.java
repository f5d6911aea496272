package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlWriterTest {
    private static final String NS = GraphMlWriter.NS;

    @Test
    void validatesAgainstTheGraphMlSchema() throws Exception {
        XmlTesting.validate(XmlTesting.GRAPHML_XSD, WriterTesting.write(new GraphMlWriter(), ExportFixtures.bothVisual()));
    }

    @Test
    void schemaCheckCanFail() {
        String bad = "<graphml xmlns=\"" + NS + "\"><graph edgedefault=\"sideways\"/></graphml>";
        assertThrows(org.xml.sax.SAXException.class, () -> XmlTesting.validate(XmlTesting.GRAPHML_XSD, bad));
    }

    @Test
    void namesAndEvidenceSurviveAParse() throws Exception {
        VisualGraph g = ExportFixtures.bothVisual();
        Document doc = XmlTesting.parse(WriterTesting.write(new GraphMlWriter(), g));
        VisualNode special = ExportFixtures.nodeLabelled(g, ExportFixtures.SPECIAL);
        Map<String, String> node = data(element(doc, "node", special.id()));
        assertEquals(ExportFixtures.SPECIAL, node.get("label"));
        assertEquals("Organization", node.get("type"));
        assertEquals(special.iri(), node.get("iri"));

        VisualEdge warns = g.edges().stream().filter(e -> e.source().equals(special.id())).findFirst().orElseThrow();
        Map<String, String> edge = data(element(doc, "edge", warns.id()));
        assertEquals("warns", edge.get("relation"));
        assertEquals("1", edge.get("articles"));
        assertEquals("false", edge.get("hedged"));
        assertTrue(edge.get("evidence").contains(ExportFixtures.SPECIAL.replace('\n', ' ')), edge.get("evidence"));
    }

    /** Names made to end a CDATA section, open a DOCTYPE or forge elements stay text in a valid document. */
    @Test
    void untrustedNamesMakeAWellFormedValidDocument() throws Exception {
        VisualGraph g = ExportFixtures.hostileVisual();
        String xml = WriterTesting.write(new GraphMlWriter(), g);
        XmlTesting.validate(XmlTesting.GRAPHML_XSD, xml);
        Document doc = XmlTesting.parse(xml);
        assertEquals(0, doc.getElementsByTagName("injected").getLength());
        for (String name : ExportFixtures.HOSTILE) {
            assertEquals(name, data(element(doc, "node", ExportFixtures.nodeLabelled(g, name).id())).get("label"));
        }
    }

    @Test
    void everyDataKeyIsDeclared() throws Exception {
        Document doc = XmlTesting.parse(WriterTesting.write(new GraphMlWriter(), ExportFixtures.bothVisual()));
        NodeList keys = doc.getElementsByTagNameNS(NS, "key");
        java.util.Set<String> declared = new java.util.HashSet<>();
        for (int i = 0; i < keys.getLength(); i++) declared.add(((Element) keys.item(i)).getAttribute("id"));
        NodeList data = doc.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < data.getLength(); i++) {
            assertTrue(declared.contains(((Element) data.item(i)).getAttribute("key")));
        }
    }

    private static Element element(Document doc, String tag, String id) {
        NodeList list = doc.getElementsByTagNameNS(NS, tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            if (e.getAttribute("id").equals(id)) return e;
        }
        throw new AssertionError("no " + tag + " " + id);
    }

    private static Map<String, String> data(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList list = e.getElementsByTagNameNS(NS, "data");
        for (int i = 0; i < list.getLength(); i++) {
            Element d = (Element) list.item(i);
            out.put(d.getAttribute("key"), d.getTextContent());
        }
        return out;
    }
}
