package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {
    private static final String NS = GexfWriter.NS;

    @Test
    void validatesAgainstTheGexf13Schema() throws Exception {
        XmlTesting.validate(XmlTesting.GEXF_XSD, WriterTesting.write(new GexfWriter(), ExportFixtures.bothVisual()));
    }

    @Test
    void schemaCheckCanFail() {
        String wrongVersion = "<gexf xmlns=\"" + NS + "\" version=\"1.2\"><graph/></gexf>";
        assertThrows(org.xml.sax.SAXException.class, () -> XmlTesting.validate(XmlTesting.GEXF_XSD, wrongVersion));
    }

    @Test
    void labelsInAttributesKeepQuotesLineBreaksAndTabs() throws Exception {
        VisualGraph g = ExportFixtures.bothVisual();
        Document doc = XmlTesting.parse(WriterTesting.write(new GexfWriter(), g));
        VisualNode special = ExportFixtures.nodeLabelled(g, ExportFixtures.SPECIAL);
        Element node = element(doc, "node", special.id());
        assertEquals(ExportFixtures.SPECIAL, node.getAttribute("label"));
        assertEquals("Organization", values(node).get("type"));
        assertEquals("Ελλάδα", element(doc, "node", ExportFixtures.nodeLabelled(g, "Ελλάδα").id()).getAttribute("label"));
    }

    /** Names made to end a CDATA section, open a DOCTYPE or forge elements stay text in a valid document. */
    @Test
    void untrustedNamesMakeAWellFormedValidDocument() throws Exception {
        VisualGraph g = ExportFixtures.hostileVisual();
        String xml = WriterTesting.write(new GexfWriter(), g);
        XmlTesting.validate(XmlTesting.GEXF_XSD, xml);
        Document doc = XmlTesting.parse(xml);
        assertEquals(0, doc.getElementsByTagName("injected").getLength());
        for (String name : ExportFixtures.HOSTILE) {
            assertEquals(name, element(doc, "node", ExportFixtures.nodeLabelled(g, name).id()).getAttribute("label"));
        }
    }

    @Test
    void edgesCarryWeightAndHedgedFlag() throws Exception {
        VisualGraph g = ExportFixtures.bothVisual();
        Document doc = XmlTesting.parse(WriterTesting.write(new GexfWriter(), g));
        for (VisualEdge e : g.edges()) {
            Element edge = element(doc, "edge", e.id());
            assertEquals(String.valueOf(e.articleCount()), edge.getAttribute("weight"));
            assertEquals(String.valueOf(e.hedged()), values(edge).get("hedged"));
            assertEquals(e.source(), edge.getAttribute("source"));
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

    private static Map<String, String> values(Element e) {
        Map<String, String> out = new HashMap<>();
        NodeList list = e.getElementsByTagNameNS(NS, "attvalue");
        for (int i = 0; i < list.getLength(); i++) {
            Element v = (Element) list.item(i);
            out.put(v.getAttribute("for"), v.getAttribute("value"));
        }
        return out;
    }
}
