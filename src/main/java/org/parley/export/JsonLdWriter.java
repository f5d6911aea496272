package org.parley.export;

import java.io.OutputStream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/** The selected statements themselves, as JSON-LD (compacted with the model's prefixes). */
public final class JsonLdWriter {
    public void write(Model selected, OutputStream out) {
        RDFDataMgr.write(out, selected, RDFFormat.JSONLD11_PRETTY);
    }
}
