package org.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scoring rules of the corpus guidelines, on small hand-made gold files. */
class ScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOLD = """
            {"id": "a1", "title": null, "source_url": null, "published": null,
             "entities": [
               {"id": "kenya", "type": "State", "names": ["Kenya", "Kenyan", "Nairobi"]},
               {"id": "ruto", "type": "Person", "names": ["William Ruto", "Ruto"]},
               {"id": "au", "type": "Organization", "names": ["African Union", "AU"]},
               {"id": "kfm", "type": "Organization", "names": ["Foreign Ministry"]},
               {"id": "nairobi-summit", "type": "Event", "names": ["Nairobi summit", "the summit"]},
               {"id": "nairobi", "type": "Place", "names": ["Nairobi"]}
             ],
             "relations": [
               {"type": "represents", "subject": "ruto", "object": "kenya", "evidence": "Kenyan President William Ruto"},
               {"type": "hosts", "subject": "kenya", "object": "nairobi-summit", "evidence": "Kenya hosted the summit"},
               {"type": "invites", "subject": "kenya", "object": "au", "optional": true, "evidence": "x"},
               {"type": "represents", "subject": "kfm", "object": "kenya", "evidence": "x"}
             ]}
            """;

    private Scorer.Result score(Path dir, String systemRow) throws IOException {
        Files.writeString(dir.resolve("a1.gold.json"), GOLD);
        GoldArticle gold = new GoldReader().read(dir.resolve("a1.gold.json"));
        JsonNode row = JSON.readTree(systemRow);
        return new Scorer().score(List.of(gold), List.of(row));
    }

    @Test
    void namesAreNormalisedBeforeMatching() {
        assertEquals("turkiye", NameNormalizer.normalize("Türkiye"));
        assertEquals("iran foreign ministry", NameNormalizer.normalize("Iran’s Foreign Ministry"));
        assertEquals("united states", NameNormalizer.normalize("the United States"));
        assertEquals("u s", NameNormalizer.normalize("U.S."));
    }

    @Test
    void capitalMapsToTheStateNotThePlace(@TempDir Path dir) throws IOException {
        Scorer.Result r = score(dir, """
                {"article": "a1", "actors": [{"label": "Nairobi", "type": "State"}], "relations": []}""");
        assertEquals(1, r.counts().get("actors").tp());
        assertEquals(0, r.counts().get("actors").fp());
    }

    @Test
    void longerLabelsMapByTheirLongestMultiWordName(@TempDir Path dir) throws IOException {
        Scorer.Result r = score(dir, """
                {"article": "a1", "actors": [{"label": "Kenyan President William Ruto", "type": "Person"},
                                             {"label": "Kenya", "type": "State"}],
                 "relations": [{"type": "hosts", "subject": "Kenya", "object": "summit"}]}""");
        assertEquals(2, r.counts().get("actors").tp());
        // "summit" is contained in the event name "the summit": an event label maps by containment
        assertEquals(1, r.counts().get("hosts").tp());
    }

    @Test
    void optionalRelationsCountNeitherWay(@TempDir Path dir) throws IOException {
        Scorer.Result r = score(dir, """
                {"article": "a1", "actors": [],
                 "relations": [{"type": "invites", "subject": "Kenya", "object": "AU"}]}""");
        assertEquals(0, r.counts().get("invites").fp());
        assertEquals(0, r.counts().get("invites").fn());
    }

    @Test
    void aBodyRepresentingItsStateIsNotScored(@TempDir Path dir) throws IOException {
        Scorer.Result r = score(dir, """
                {"article": "a1", "actors": [], "relations": []}""");
        // represents ruto→kenya and hosts are missed; the Foreign Ministry → Kenya relation is not counted
        assertEquals(2, r.counts().get("relations").fn());
    }

    @Test
    void unmappedLabelsAreFalseAlarms(@TempDir Path dir) throws IOException {
        Scorer.Result r = score(dir, """
                {"article": "a1", "actors": [{"label": "Reuters", "type": "Organization"}],
                 "relations": [{"type": "warns", "subject": "Reuters", "object": null}]}""");
        assertEquals(1, r.counts().get("actors").fp());
        assertEquals(1, r.counts().get("warns").fp());
        assertEquals(0.0, r.counts().get("warns").precision());
    }

    @Test
    void malformedGoldFileIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("b.gold.json");
        Files.writeString(bad, "{\"id\": \"b\", \"entities\": [{\"id\": \"x\", \"type\": \"Planet\", \"names\": [\"X\"]}], \"relations\": []}");
        GoldFileException e = assertThrows(GoldFileException.class, () -> new GoldReader().read(bad));
        assertTrue(e.getMessage().contains("b.gold.json") && e.getMessage().contains("Planet"), e.getMessage());
        Files.writeString(bad, "{not json");
        e = assertThrows(GoldFileException.class, () -> new GoldReader().read(bad));
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    }
}
