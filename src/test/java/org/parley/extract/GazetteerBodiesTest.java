package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** Bodies of a state's government in the gazetteer know their state; a body of no known state is refused. */
class GazetteerBodiesTest {
    private static final String PREFIXES = """
            @prefix dip: <https://w3id.org/parley/dip#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            """;

    private static Model turtle(String body) {
        return ModelFactory.createDefaultModel().read(new StringReader(PREFIXES + body), null, "TTL");
    }

    @Test
    void aBodyFoundByAcronymKnowsItsState() {
        Gazetteer.Entry cia = Gazetteer.standard().lookup("CIA").orElseThrow().entry();
        assertEquals(EntityKind.ORGANIZATION, cia.kind());
        assertEquals("United States", cia.partOf().label());
    }

    @Test
    void theMinistryOfExternalAffairsIsIndias() {
        assertEquals("India", Gazetteer.standard().lookup("Ministry of External Affairs").orElseThrow().entry().partOf().label());
    }

    @Test
    void anOrganOfAnInternationalOrganizationIsPartOfIt() {
        assertEquals("European Union", Gazetteer.standard().lookup("European Commission").orElseThrow().entry().partOf().label());
    }

    @Test
    void anInternationalOrganizationIsPartOfNoState() {
        assertNull(Gazetteer.standard().lookup("IAEA").orElseThrow().entry().partOf());
    }

    @Test
    void aBodyOfAStateTheGazetteerLacksIsRefusedWithItsName() {
        Model m = turtle("""
                <urn:x:ruritania> a dip:State ; rdfs:label "Ruritania" .
                <urn:x:guard> a dip:Organization ; rdfs:label "Royal Guard" ; dip:partOf <urn:x:freedonia> .
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Gazetteer(m));
        assertTrue(e.getMessage().contains("urn:x:guard") && e.getMessage().contains("urn:x:freedonia"), e.getMessage());
    }
}
