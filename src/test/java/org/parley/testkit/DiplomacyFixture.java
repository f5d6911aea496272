package org.parley.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.parley.rdf.ShapeValidator;
import org.parley.rdf.ShapeViolationException;
import org.parley.resolve.IriMinter;

/**
 * A hand-written article and extraction with one relation of each type, entities with roles,
 * and an event with a place and a date: what the queries and the store are tested against,
 * independent of the real extractor.
 */
public final class DiplomacyFixture {
    public static final String INVITE = "Pakistan has been invited to the US-Iran talks.";
    public static final String REPRESENT = "Deputy Prime Minister Ishaq Dar is likely to represent Pakistan at the talks.";
    public static final String HOST = "The talks will be held in Istanbul on Friday, with Türkiye hosting.";
    public static final String WARN = "Ayatollah Ali Khamenei warned the United States of a regional war.";
    public static final String TEXT = String.join("\n", INVITE, REPRESENT, HOST, WARN);

    private static final ArticleGraphBuilder BUILDER = new ArticleGraphBuilder(new IriMinter());
    private static final ShapeValidator SHAPES = new ShapeValidator();

    private DiplomacyFixture() {}

    public static Article article(String id) {
        return new Article(id, TEXT, "Talks in Istanbul", LocalDate.of(2026, 2, 3), "fixture/" + id + ".txt");
    }

    /**
     * The fixture's extraction for any article: the entities, plus a relation of each type whose
     * sentence the article's text contains (so editing the text removes relations).
     */
    public static Extraction extraction(Article article) {
        List<Entity> entities = List.of(
                new Entity("pk", EntityKind.STATE, "Pakistan", Set.of("Pakistan"), null, null, null, null),
                new Entity("us", EntityKind.STATE, "United States", Set.of("United States", "US"), null, null, null, null),
                new Entity("tr", EntityKind.STATE, "Türkiye", Set.of("Türkiye", "Turkey"), null, null, null, null),
                new Entity("dar", EntityKind.PERSON, "Ishaq Dar", Set.of("Ishaq Dar", "Dar"), "Deputy Prime Minister", null, null, null),
                new Entity("kh", EntityKind.PERSON, "Ali Khamenei", Set.of("Ali Khamenei", "Khamenei"), "Supreme Leader", null, null, null),
                new Entity("ist", EntityKind.PLACE, "Istanbul", Set.of("Istanbul"), null, null, null, null),
                new Entity("talks", EntityKind.EVENT, "US-Iran talks", Set.of("US-Iran talks", "the talks"), null, null,
                        "ist", LocalDate.of(2026, 2, 6)));
        String text = article.text();
        List<Relation> relations = new ArrayList<>();
        add(relations, text, INVITE, RelationType.INVITES, null, "pk", "talks", null, Modality.ASSERTED);
        add(relations, text, REPRESENT, RelationType.REPRESENTS, "dar", "pk", "talks", null, Modality.HEDGED);
        add(relations, text, HOST, RelationType.HOSTS, "tr", "talks", null, null, Modality.ASSERTED);
        add(relations, text, WARN, RelationType.WARNS, "kh", "us", null, "regional war", Modality.ASSERTED);
        return new Extraction(article, entities, relations);
    }

    private static void add(List<Relation> out, String text, String sentence, RelationType type, String agent,
                            String target, String event, String topic, Modality modality) {
        int start = text.indexOf(sentence);
        if (start < 0) return;
        out.add(new Relation(type, agent, target, event, topic, start, start + sentence.length(), sentence, 0.9, modality));
    }

    /** The validated graph, as {@code ArticlePipeline.process} would give it. */
    public static ArticleGraph graph(Article article) {
        ArticleGraph g = BUILDER.build(extraction(article));
        List<String> violations = SHAPES.violations(g.model());
        if (!violations.isEmpty()) throw new ShapeViolationException(article.id(), violations);
        return g;
    }

    /**
     * The article's graph as earlier versions of parley stored it: every IRI made from the article's
     * id used its slug alone (see {@code IriMinter.formerArticleIri}).
     */
    public static ArticleGraph graphAsFormerlyStored(Article article) {
        ArticleGraph g = graph(article);
        String key = IriMinter.articleKey(article.id());
        String slug = IriMinter.slug(article.id());
        java.io.StringWriter nt = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(nt, g.model(), org.apache.jena.riot.Lang.NTRIPLES);
        org.apache.jena.rdf.model.Model former = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(nt.toString().replace("/" + key + ">", "/" + slug + ">")
                .replace("/" + key + "/", "/" + slug + "/")).lang(org.apache.jena.riot.Lang.NTRIPLES).parse(former);
        return new ArticleGraph(IriMinter.formerArticleIri(article.id()).orElseThrow(), g.contentHash(), former);
    }
}
