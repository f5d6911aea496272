package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.neovisionaries.i18n.CountryCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.parley.rdf.DIP;
import org.parley.rdf.OntologyResources;

/** Every state of the gazetteer gets its ISO 3166-1 codes from nv-i18n, each code one state's. */
class IsoCodesTest {
    private static final Model ONTOLOGY = OntologyResources.ontologyGraph();
    private static final String STATE = DIP.ID + "state/";

    private static String code(String state, org.apache.jena.rdf.model.Property p) {
        var s = ONTOLOGY.getResource(STATE + state).getProperty(p);
        return s == null ? null : s.getString();
    }

    @Test
    void everyStateButThreeHistoricalOnesAndTheUnrecognizedOnesHasItsCodes() {
        Set<String> without = new TreeSet<>();
        for (Resource s : ONTOLOGY.listSubjectsWithProperty(RDF.type, DIP.State).toList()) {
            if (!s.hasProperty(DIP.isoAlpha2)) without.add(s.getProperty(RDFS.label).getString());
        }
        // ISO codes no de facto state but Western Sahara (a territory with a code of its own)
        assertEquals(Set.of("Abkhazia", "Czechoslovakia", "East Germany", "Northern Cyprus", "Somaliland", "South Ossetia",
                "Transnistria", "West Germany"), without);
    }

    @Test
    void statesWhoseNamesIsoWritesOtherwiseAreMatched() {
        assertEquals("IR", code("iran", DIP.isoAlpha2));
        assertEquals("IRN", code("iran", DIP.isoAlpha3));
        assertEquals("PRK", code("north-korea", DIP.isoAlpha3));   // "Korea, Democratic People's Republic of"
        assertEquals("KOR", code("south-korea", DIP.isoAlpha3));
        assertEquals("COD", code("dr-congo", DIP.isoAlpha3));      // "Congo, the Democratic Republic of the"
        assertEquals("COG", code("republic-of-the-congo", DIP.isoAlpha3));
        assertEquals("TUR", code("turkiye", DIP.isoAlpha3));
        assertEquals("VAT", code("vatican", DIP.isoAlpha3));
        assertEquals("GB", code("united-kingdom", DIP.isoAlpha2)); // not the reserved "UK"
    }

    @Test
    void historicalStatesHaveTheCodesIsoReservesForThemAndTheirSuccessors() {
        assertEquals("SUN", code("soviet-union", DIP.isoAlpha3));
        assertEquals("YUG", code("yugoslavia", DIP.isoAlpha3));
        assertEquals("ZAR", code("zaire", DIP.isoAlpha3));
        assertEquals("SCG", code("serbia-and-montenegro", DIP.isoAlpha3));
        Resource ussr = ONTOLOGY.getResource(STATE + "soviet-union");
        assertEquals(15, ussr.listProperties(DIP.successor).toList().size());
        for (String state : List.of("czechoslovakia", "east-germany", "west-germany", "zaire", "yugoslavia")) {
            assertFalse(ONTOLOGY.getResource(STATE + state).listProperties(DIP.successor).toList().isEmpty(), state);
        }
    }

    @Test
    void noCodeNamesTwoStates() {
        Map<Resource, CountryCode> codes = IsoCodes.codesByState(OntologyResources.GAZETTEER.load());
        assertEquals(codes.size(), new HashSet<>(codes.values()).size());
    }
}
