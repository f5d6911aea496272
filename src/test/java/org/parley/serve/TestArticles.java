package org.parley.serve;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parley.extract.Entity;
import org.parley.extract.EntityKind;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Relation;
import org.parley.extract.RelationType;
import org.parley.ingest.Article;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.ArticleGraphBuilder;
import org.parley.resolve.IriMinter;

/** Hand-built article graphs, the shape the real pipeline gives (offsets are each sentence's own), for server, remote-store and workbench tests. */
public final class TestArticles {
    private TestArticles() {}

    public static final String TALKS_TEXT = "Pakistan has been invited to participate in the US-Iran talks in Istanbul, with Türkiye hosting. "
            + "DPM Ishaq Dar is likely to represent Pakistan. Ayatollah Ali Khamenei has warned of a “regional war” if the US attacked.";

    public static final String VISIT_TEXT = "Egypt hosted Qatar's foreign minister in Cairo. Egypt invited Pakistan to the Gaza summit.";

    public static ArticleGraph talks() {
        Article a = new Article("seed-talks", TALKS_TEXT, "Pakistan invited to US-Iran talks", LocalDate.of(2026, 2, 3), "seeds/seed-talks.txt");
        List<Entity> entities = List.of(
                new Entity("pakistan", EntityKind.STATE, "Pakistan", Set.of("Pakistan"), null, null, null, null),
                new Entity("iran", EntityKind.STATE, "Iran", Set.of("Iran", "Iranian"), null, null, null, null),
                new Entity("us", EntityKind.STATE, "United States", Set.of("United States", "US"), null, null, null, null),
                new Entity("turkiye", EntityKind.STATE, "Türkiye", Set.of("Türkiye"), null, null, null, null),
                new Entity("dar", EntityKind.PERSON, "Ishaq Dar", Set.of("Ishaq Dar", "Dar"), "Deputy Prime Minister", null, null, null),
                new Entity("khamenei", EntityKind.PERSON, "Ali Khamenei", Set.of("Ali Khamenei", "Khamenei"), "Supreme Leader", null, null, null),
                new Entity("istanbul", EntityKind.PLACE, "Istanbul", Set.of("Istanbul"), null, null, null, null),
                new Entity("talks", EntityKind.EVENT, "US-Iran talks", Set.of("US-Iran talks", "talks"), null, null, "istanbul", LocalDate.of(2026, 2, 6)));
        List<Relation> relations = List.of(
                new Relation(RelationType.INVITES, null, "pakistan", "talks", null, 0, 96, sentence(TALKS_TEXT, 0), 0.9, Modality.ASSERTED),
                new Relation(RelationType.HOSTS, "turkiye", "talks", "talks", null, 0, 96, sentence(TALKS_TEXT, 0), 0.8, Modality.ASSERTED),
                new Relation(RelationType.REPRESENTS, "dar", "pakistan", "talks", null, 97, 143, sentence(TALKS_TEXT, 1), 0.7, Modality.HEDGED),
                new Relation(RelationType.WARNS, "khamenei", "us", null, "regional war", 144, TALKS_TEXT.length(), sentence(TALKS_TEXT, 2), 0.85, Modality.ASSERTED));
        return build(new Extraction(a, entities, relations));
    }

    public static ArticleGraph visit() {
        Article a = new Article("visit-cairo", VISIT_TEXT, null, LocalDate.of(2026, 3, 1), null);
        List<Entity> entities = List.of(
                new Entity("egypt", EntityKind.STATE, "Egypt", Set.of("Egypt"), null, null, null, null),
                new Entity("qatar", EntityKind.STATE, "Qatar", Set.of("Qatar"), null, null, null, null),
                new Entity("pakistan", EntityKind.STATE, "Pakistan", Set.of("Pakistan"), null, null, null, null),
                new Entity("summit", EntityKind.EVENT, "Gaza summit", Set.of("Gaza summit"), null, null, null, null));
        List<Relation> relations = List.of(
                new Relation(RelationType.HOSTS, "egypt", "qatar", null, null, 0, 47, sentence(VISIT_TEXT, 0), 0.8, Modality.ASSERTED),
                new Relation(RelationType.INVITES, "egypt", "pakistan", "summit", null, 48, VISIT_TEXT.length(), sentence(VISIT_TEXT, 1), 0.9, Modality.ASSERTED));
        return build(new Extraction(a, entities, relations));
    }

    /** A name that is markup, as a news text may quote one: pages must show it as text and run none of it. */
    public static final String HOSTILE_NAME = "<script>window.parleyOwned=1</script>";
    public static final String HOSTILE_TOPIC = "<img src=x onerror=\"window.parleyOwned=2\">";
    public static final String HOSTILE_TEXT = HOSTILE_NAME + " warned Egypt of " + HOSTILE_TOPIC + ".";

    public static ArticleGraph hostile() {
        Article a = new Article("hostile-names", HOSTILE_TEXT, "<i>Markup</i> in a title", LocalDate.of(2026, 3, 2), null);
        List<Entity> entities = List.of(
                new Entity("hostile", EntityKind.PERSON, HOSTILE_NAME, Set.of(HOSTILE_NAME), "<b>role</b>", null, null, null),
                new Entity("egypt", EntityKind.STATE, "Egypt", Set.of("Egypt"), null, null, null, null));
        List<Relation> relations = List.of(
                new Relation(RelationType.WARNS, "hostile", "egypt", null, HOSTILE_TOPIC, 0, HOSTILE_TEXT.length(), HOSTILE_TEXT, 0.8, Modality.ASSERTED));
        return build(new Extraction(a, entities, relations));
    }

    public static List<ArticleGraph> both() {
        return List.of(talks(), visit());
    }

    private static ArticleGraph build(Extraction e) {
        return new ArticleGraphBuilder(new IriMinter()).build(e);
    }

    private static String sentence(String text, int n) {
        return text.split("(?<=\\.) ")[n];
    }
}
