package org.parley.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.parley.extract.RelationType;
import org.parley.rdf.DIP;

/** Reads every assertion of the four relations out of a graph (normally the union of all article graphs). */
public final class AssertionReader {
    private static final Map<Resource, RelationType> CLASSES = Map.of(
            DIP.Invitation, RelationType.INVITES,
            DIP.Representation, RelationType.REPRESENTS,
            DIP.Hosting, RelationType.HOSTS,
            DIP.Warning, RelationType.WARNS);

    private AssertionReader() {}

    public static List<StoredAssertion> readAll(Model graph) {
        List<StoredAssertion> out = new ArrayList<>();
        for (var entry : CLASSES.entrySet()) {
            graph.listSubjectsWithProperty(RDF.type, entry.getKey())
                    .forEachRemaining(a -> out.add(read(a, entry.getValue())));
        }
        out.sort((x, y) -> x.iri().compareTo(y.iri()));
        return out;
    }

    private static StoredAssertion read(Resource a, RelationType relation) {
        Resource article = a.getPropertyResourceValue(DIP.article);
        String articleId = article == null ? null : string(article, DIP.sourceId);
        LocalDate published = article == null ? null : date(string(article, DIP.published));
        Resource modality = a.getPropertyResourceValue(DIP.modality);
        return new StoredAssertion(a.isURIResource() ? a.getURI() : a.getId().getLabelString(), relation,
                iri(a.getPropertyResourceValue(DIP.agent)),
                iri(a.getPropertyResourceValue(DIP.target)),
                iri(a.getPropertyResourceValue(DIP.event)),
                articleId, published, string(a, DIP.evidence),
                !DIP.Hedged.equals(modality));
    }

    private static String iri(Resource r) {
        return r != null && r.isURIResource() ? r.getURI() : null;
    }

    private static String string(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        if (s == null) return null;
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : null;
    }

    private static LocalDate date(String lexical) {
        if (lexical == null) return null;
        try {
            return LocalDate.parse(lexical.length() > 10 ? lexical.substring(0, 10) : lexical);
        } catch (DateTimeParseException e) {
            return null; // an unparsable date only means the article is not picked by --since
        }
    }
}
