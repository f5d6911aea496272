package org.parley.serve.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.parley.rdf.DIP;

/**
 * Reads actors from the summary graph: which actors a name stands for, and an actor's profile.
 * Every lookup goes through the summary's indexes (name keys, the actor of each fact), so a page
 * costs the same however many articles the store holds; only the timeline reads each assertion's
 * article date.
 */
final class ActorProfiles {
    /** Evidence sentences shown for one relation; the evidence question pages through all of them. */
    static final int EVIDENCE_PER_RELATION = 3;

    /** An actor a name may stand for. */
    record Candidate(String iri, String label, String type, long articles) {}

    private static final String PREFIXES = "PREFIX dip: <" + DIP.NS + ">\n";
    private static final String SUMMARY = "<" + DIP.SUMMARY_GRAPH + ">";

    private static final Query BY_NAME = StoreReader.parse(PREFIXES + """
            SELECT ?x ?label ?type ?n WHERE {
              GRAPH %1$s {
                ?k dip:nameKey ?key ; dip:actor ?x .
                ?s a dip:ActorSummary ; dip:actor ?x ; dip:name ?label ; dip:actorType ?type ; dip:articleCount ?n
              }
            } ORDER BY DESC(?n) ?label
            """.formatted(SUMMARY));

    private static final Query FACTS = StoreReader.parse(PREFIXES + """
            SELECT ?what ?text ?n WHERE {
              GRAPH %1$s {
                { ?s a dip:ActorSummary ; dip:actor ?x ; dip:actorType ?t ; dip:articleCount ?n
                  BIND ("type" AS ?what) BIND (STRAFTER(STR(?t), "#") AS ?text) }
                UNION
                { ?s a dip:ActorSummary ; dip:actor ?x ; dip:name ?l ; dip:articleCount ?n
                  BIND ("label" AS ?what) BIND (STR(?l) AS ?text) }
                UNION
                { ?s a dip:NameSummary ; dip:actor ?x ; dip:name ?l ; dip:articleCount ?n
                  BIND ("name" AS ?what) BIND (STR(?l) AS ?text) }
                UNION
                { ?s a dip:RoleSummary ; dip:actor ?x ; dip:roleName ?r ; dip:articleCount ?n
                  BIND ("role" AS ?what) BIND (STR(?r) AS ?text) }
              }
            } ORDER BY ?what DESC(?n) ?text
            """.formatted(SUMMARY));

    private static final Query RELATIONS = StoreReader.parse(PREFIXES + """
            SELECT ?s ?kind ?dir ?other ?otherName ?role ?event ?place ?date ?topic ?m ?n
                   ?sentence ?article ?title ?published ?start ?end
            WHERE {
              GRAPH %1$s {
                { ?s dip:from ?x BIND ("out" AS ?dir)
                  OPTIONAL { ?s dip:to ?other } OPTIONAL { ?s dip:toName ?otherName } }
                UNION
                { ?s dip:to ?x BIND ("in" AS ?dir)
                  OPTIONAL { ?s dip:from ?other } OPTIONAL { ?s dip:fromName ?otherName } }
                ?s dip:relationKind ?kind ; dip:articleCount ?n .
                OPTIONAL { ?s dip:fromRole ?role }
                OPTIONAL { ?s dip:assertedAs ?m }
                OPTIONAL { ?s dip:about ?topic }
                OPTIONAL { ?s dip:eventName ?event }
                OPTIONAL { ?s dip:eventPlace ?place }
                OPTIONAL { ?s dip:eventDate ?date }
              }
              # LATERAL: a few sentences for each relation, looked up for that relation only; unsorted,
              # so that the lookup stops at the third rather than reading every one of a busy relation
              LATERAL {
                SELECT ?s ?sentence ?article ?title ?published ?start ?end WHERE {
                  GRAPH %1$s { ?s dip:attestation ?a }
                  GRAPH ?g {
                    ?a dip:evidence ?sentence ; dip:article ?art .
                    ?art dip:sourceId ?article .
                    OPTIONAL { ?a dip:charStart ?start ; dip:charEnd ?end }
                    OPTIONAL { ?art dip:title ?title }
                    OPTIONAL { ?art dip:published ?published }
                  }
                } LIMIT %2$d
              }
            } ORDER BY DESC(?n) ?kind ?dir ?otherName ?event ?s
            """.formatted(SUMMARY, EVIDENCE_PER_RELATION));

    private static final Query TIMELINE = StoreReader.parse(PREFIXES + """
            SELECT ?kind ?published (COUNT(DISTINCT ?a) AS ?n) WHERE {
              GRAPH %1$s {
                { ?s dip:from ?x } UNION { ?s dip:to ?x }
                ?s dip:relationKind ?kind ; dip:attestation ?a .
              }
              GRAPH ?g { ?a dip:article ?art . OPTIONAL { ?art dip:published ?p } }
              BIND (COALESCE(STR(?p), "") AS ?published)
            } GROUP BY ?kind ?published ORDER BY ?published
            """.formatted(SUMMARY));

    private final StoreReader store;

    ActorProfiles(StoreReader store) {
        this.store = store;
    }

    /** The actors a name (any case) stands for, the most reported first, each once under its main label. */
    List<Candidate> named(String name) {
        Map<String, Candidate> byIri = new LinkedHashMap<>();
        for (QuerySolution row : store.select(BY_NAME, Map.of("key", NodeFactory.createLiteralString(ActorNames.key(name))))) {
            String iri = StoreReader.string(row, "x");
            byIri.putIfAbsent(iri, new Candidate(iri, StoreReader.string(row, "label"),
                    localName(StoreReader.string(row, "type")), StoreReader.number(row, "n")));
        }
        return new ArrayList<>(byIri.values());
    }

    /** The name most articles give the actor, or null when the summary holds nothing about it. */
    String label(String iri) {
        for (QuerySolution row : store.select(FACTS, Map.of("x", NodeFactory.createURI(iri)))) {
            if ("label".equals(StoreReader.string(row, "what"))) return StoreReader.string(row, "text");
        }
        return null;
    }

    /** The actor's profile, or null when the summary holds nothing about it. */
    ActorProfile profile(String iri) {
        Map<String, Node> x = Map.of("x", NodeFactory.createURI(iri));
        List<ActorProfile.Counted> types = new ArrayList<>();
        List<ActorProfile.Counted> labels = new ArrayList<>();
        List<ActorProfile.Counted> names = new ArrayList<>();
        List<ActorProfile.Counted> roles = new ArrayList<>();
        for (QuerySolution row : store.select(FACTS, x)) {
            ActorProfile.Counted c = new ActorProfile.Counted(StoreReader.string(row, "text"), StoreReader.number(row, "n"));
            switch (StoreReader.string(row, "what")) {
                case "type" -> types.add(c);
                case "label" -> labels.add(c);
                case "name" -> names.add(c);
                default -> roles.add(c);
            }
        }
        if (labels.isEmpty()) return null;
        List<ActorProfile.DatedCount> dated = new ArrayList<>();
        long undated = 0;
        for (QuerySolution row : store.select(TIMELINE, x)) {
            String published = StoreReader.string(row, "published");
            long n = StoreReader.number(row, "n");
            if (published.isEmpty()) undated += n;
            else dated.add(new ActorProfile.DatedCount(localName(StoreReader.string(row, "kind")), published, n));
        }
        return new ActorProfile(iri, labels.get(0).text(), types, names, roles, relations(x), dated, undated);
    }

    private List<ActorProfile.Relation> relations(Map<String, Node> x) {
        Map<String, ActorProfile.Relation> bySummary = new LinkedHashMap<>();
        for (QuerySolution row : store.select(RELATIONS, x)) {
            String key = StoreReader.string(row, "s") + " " + StoreReader.string(row, "dir");
            ActorProfile.Relation r = bySummary.computeIfAbsent(key, k -> new ActorProfile.Relation(
                    localName(StoreReader.string(row, "kind")), "out".equals(StoreReader.string(row, "dir")),
                    StoreReader.string(row, "other"), StoreReader.string(row, "otherName"), StoreReader.string(row, "role"),
                    StoreReader.string(row, "event"), StoreReader.string(row, "place"), StoreReader.string(row, "date"),
                    StoreReader.string(row, "topic"), DIP.Hedged.getURI().equals(StoreReader.string(row, "m")),
                    StoreReader.number(row, "n"), new ArrayList<>()));
            String sentence = StoreReader.string(row, "sentence");
            if (sentence != null) {
                r.evidence().add(new ActorProfile.Evidence(sentence, StoreReader.string(row, "article"), StoreReader.string(row, "title"),
                        StoreReader.string(row, "published"), integer(row, "start"), integer(row, "end")));
            }
        }
        return new ArrayList<>(bySummary.values());
    }

    private static Integer integer(QuerySolution row, String var) {
        return row.get(var) == null ? null : (int) StoreReader.number(row, var);
    }

    private static String localName(String iri) {
        if (iri == null) return null;
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return iri.substring(cut + 1);
    }
}
