package org.parley.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.parley.extract.RelationType;
import org.parley.rdf.DIP;

class JsonLdWriterTest {

    @Test
    void theSelectedRdfComesBackWhole() {
        ExportData data = ExportFixtures.read(ExportFixtures.bothStore(), Selection.everything().withRelation(RelationType.WARNS));
        Model back = roundTrip(data.rdf());
        assertTrue(back.isIsomorphicWith(data.rdf()));
        assertTrue(back.contains(null, RDFS.label, ExportFixtures.SPECIAL));
        assertTrue(back.contains(null, DIP.warns, (org.apache.jena.rdf.model.RDFNode) null));
        // only warnings were selected, and article texts stay in the store
        assertFalse(back.contains(null, DIP.represents, (org.apache.jena.rdf.model.RDFNode) null));
        assertFalse(back.contains(null, DIP.text, (org.apache.jena.rdf.model.RDFNode) null));
        assertTrue(back.contains(null, DIP.sourceId, ExportFixtures.SECOND_ID));
    }

    @Test
    void untrustedNamesRoundTrip() {
        Model back = roundTrip(ExportFixtures.hostileExport().rdf());
        for (String name : ExportFixtures.HOSTILE) assertTrue(back.contains(null, RDFS.label, name), name);
    }

    private static Model roundTrip(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonLdWriter().write(m, out);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.JSONLD);
        return back;
    }
}
