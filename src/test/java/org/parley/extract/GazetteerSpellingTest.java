package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.ArticlePipeline;
import org.parley.rdf.OntologyResources;

/** English news drops accents ("Male", "Sao Tome"): each accented name in the gazetteer has its plain spelling too. */
class GazetteerSpellingTest {
    private static String withoutAccents(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }

    @Test
    void everyAccentedNameIsAlsoListedWithoutItsAccents() {
        Model gazetteer = OntologyResources.GAZETTEER.load();
        Set<String> forms = new HashSet<>();
        List<String> accented = new ArrayList<>();
        for (Statement st : gazetteer.listStatements().toList()) {
            if (!st.getObject().isLiteral()) continue;
            String form = st.getString();
            forms.add(form);
            if (!withoutAccents(form).equals(form)) accented.add(form);
        }
        List<String> missing = accented.stream().filter(f -> !forms.contains(withoutAccents(f))).toList();
        assertEquals(List.of(), missing);
    }

    @Test
    void aCapitalWrittenWithoutItsAccentIsItsState() {
        assertEquals(List.of("State:India", "State:Maldives"),
                Readout.of(ArticlePipeline.standard(), "Relations between New Delhi and Male soured last year.").actors());
    }
}
