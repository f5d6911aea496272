package org.parley.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.parley.resolve.IriMinter;
import org.parley.store.ParleyStore;

/**
 * Graphs built by hand, through the real RDF emitter, from hand-written extractions: the seed article
 * as its gold file reads, and a second article whose actor's name holds every character that needs
 * escaping somewhere.
 */
final class ExportFixtures {
    static final String SEED_ID = "seed-pakistan-us-iran-talks";
    static final String SECOND_ID = "second-article";
    /** Quotes, ampersand, angle brackets, backslashes, a tab, a newline, Greek, Chinese, an emoji, a script tag. */
    static final String SPECIAL = "Q\"uote's & <Amp> \\back\\slash\\ Türkiye Ελλάδα 中国 😀 </script><!--\nsecond\tline";

    /**
     * Actor names an attacker would choose: each breaks out of one export format or another if
     * written unescaped (a script element or attribute in HTML, a CDATA end or a DOCTYPE in XML, a
     * quote and an edge in DOT, Graphviz's own escapes).
     */
    static final List<String> HOSTILE = List.of(
            "<script>window.parleyPwned = 'script element'</script>",
            "\"><img src=x onerror=\"window.parleyPwned = 'attribute'\">",
            "</script><script>window.parleyPwned = 'script end'</script><!--",
            "]]><injected/><![CDATA[",
            "'); window.parleyPwned = 'quote'; ('",
            "\\N \\G \\L label\" ] ; evil [ \" -> \"x",
            "&amp; &#60;script&#62; <!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]> &e;");
    static final String HOSTILE_ID = "hostile-names";

    /** Nodes and edges the seed article alone gives: 14 actors and events, 11 relations with an agent. */
    static final int SEED_NODES = 14;
    static final int SEED_EDGES = 11;

    private ExportFixtures() {}

    static String seedText() {
        try {
            return Files.readString(Path.of("seeds", SEED_ID + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleGraph seedGraph() {
        String text = seedText();
        Article article = new Article(SEED_ID, text, null, LocalDate.of(2026, 2, 3), "seeds/" + SEED_ID + ".txt");
        List<Entity> entities = List.of(
                state("pakistan", "Pakistan"),
                org("pakistan-fo", "Foreign Office", "FO", "Foreign Ministry"),
                state("us", "United States", "US", "Washington"),
                state("iran", "Iran", "Tehran", "Iranian"),
                state("turkiye", "Türkiye", "Turkey"),
                state("qatar", "Qatar"),
                state("egypt", "Egypt"),
                person("dar", "Ishaq Dar", "Dar"),
                person("munir", "Syed Asim Munir", "Asim Munir"),
                person("andrabi", "Tahir Andrabi"),
                person("pezeshkian", "Masoud Pezeshkian"),
                person("witkoff", "Steve Witkoff"),
                person("trump", "Donald Trump"),
                person("kushner", "Jared Kushner"),
                person("araghchi", "Abbas Araghchi"),
                person("khamenei", "Ali Khamenei", "Ayatollah Ali Khamenei", "Khamenei"),
                new Entity("istanbul", EntityKind.PLACE, "Istanbul", Set.of("Istanbul"), null, null, null, null),
                new Entity("us-iran-talks", EntityKind.EVENT, "US-Iran talks", Set.of("US-Iran talks", "talks"), null, null,
                        "istanbul", null));
        List<Relation> relations = new ArrayList<>();
        relations.add(rel(text, RelationType.INVITES, null, "pakistan", "us-iran-talks", "Pakistan has been invited to participate in the US-Iran talks", Modality.ASSERTED));
        String likely = "DPM Ishaq Dar and Chief of Army Staff and Chief of Defence Forces, Field Marshal Syed Asim Munir are likely to represent Pakistan in the US-Iran talks";
        relations.add(rel(text, RelationType.REPRESENTS, "dar", "pakistan", "us-iran-talks", likely, Modality.HEDGED));
        relations.add(rel(text, RelationType.REPRESENTS, "munir", "pakistan", "us-iran-talks", likely, Modality.HEDGED));
        relations.add(rel(text, RelationType.REPRESENTS, "andrabi", "pakistan", null, "Foreign Ministry spokesperson Tahir Andrabi said", Modality.ASSERTED));
        relations.add(rel(text, RelationType.REPRESENTS, "pezeshkian", "iran", null, "The Iranian President, Masoud Pezeshkian", Modality.ASSERTED));
        relations.add(rel(text, RelationType.REPRESENTS, "witkoff", "us", null, "US special envoy Steve Witkoff", Modality.ASSERTED));
        relations.add(rel(text, RelationType.REPRESENTS, "trump", "us", null, "President Donald Trump", Modality.ASSERTED));
        relations.add(rel(text, RelationType.REPRESENTS, "kushner", "us", null, "President Donald Trump’s son-in-law Jared Kushner", Modality.ASSERTED));
        relations.add(rel(text, RelationType.REPRESENTS, "araghchi", "iran", null, "Iranian Foreign Minister Abbas Araghchi", Modality.ASSERTED));
        relations.add(rel(text, RelationType.REPRESENTS, "khamenei", "iran", null, "Ayatollah Ali Khamenei, the supreme leader of Iran", Modality.ASSERTED));
        relations.add(rel(text, RelationType.HOSTS, "turkiye", null, "us-iran-talks", "with Türkiye hosting", Modality.ASSERTED));
        relations.add(rel(text, RelationType.WARNS, "khamenei", "us", null, "has warned of a “regional war” if the US attacked his country", Modality.ASSERTED));
        return new ArticleGraphBuilder(new IriMinter()).build(new Extraction(article, entities, relations));
    }

    /**
     * A second article, a month later: the special-named organisation warns Türkiye, Greece (named in
     * Greek) is said to invite it, and Witkoff is again said to represent the United States.
     */
    static ArticleGraph secondGraph() {
        String warns = SPECIAL + " warned Türkiye.";
        String invites = "Ελλάδα reportedly invited them.";
        String represents = "Steve Witkoff is expected to represent the United States.";
        String text = warns + " " + invites + " " + represents;
        Article article = new Article(SECOND_ID, text, "Second & <last>", LocalDate.of(2026, 3, 1), null);
        List<Entity> entities = List.of(
                org("special", SPECIAL),
                state("turkiye", "Türkiye"),
                state("greece", "Ελλάδα", "Greece"),
                state("us", "United States"),
                person("witkoff", "Steve Witkoff"));
        List<Relation> relations = List.of(
                rel(text, RelationType.WARNS, "special", "turkiye", null, warns, Modality.ASSERTED),
                rel(text, RelationType.INVITES, "greece", "special", null, invites, Modality.HEDGED),
                rel(text, RelationType.REPRESENTS, "witkoff", "us", null, represents, Modality.HEDGED));
        return new ArticleGraphBuilder(new IriMinter()).build(new Extraction(article, entities, relations));
    }

    /**
     * An article whose actors bear the {@link #HOSTILE} names: each warns the next, and the last
     * invites the first, in sentences that quote the names.
     */
    static ArticleGraph hostileGraph() {
        List<Entity> entities = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        EntityKind[] kinds = {EntityKind.ORGANIZATION, EntityKind.PERSON, EntityKind.STATE};
        for (int i = 0; i < HOSTILE.size(); i++) {
            entities.add(entity("h" + i, kinds[i % kinds.length], HOSTILE.get(i)));
            sentences.add(HOSTILE.get(i) + (i + 1 < HOSTILE.size() ? " warned " : " invited ")
                    + HOSTILE.get((i + 1) % HOSTILE.size()) + ".");
        }
        String text = String.join(" ", sentences);
        List<Relation> relations = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            boolean last = i + 1 == HOSTILE.size();
            relations.add(rel(text, last ? RelationType.INVITES : RelationType.WARNS, "h" + i,
                    "h" + ((i + 1) % HOSTILE.size()), null, sentences.get(i), Modality.ASSERTED));
        }
        Article article = new Article(HOSTILE_ID, text, HOSTILE.get(0), LocalDate.of(2026, 3, 2), null);
        return new ArticleGraphBuilder(new IriMinter()).build(new Extraction(article, entities, relations));
    }

    static VisualGraph hostileVisual() {
        return read(HostileStore.STORE, Selection.everything()).graph();
    }

    static ExportData hostileExport() {
        return read(HostileStore.STORE, Selection.everything());
    }

    private static final class HostileStore {
        static final ParleyStore STORE = storeOf("hostile", hostileGraph());
    }

    /** A store holding the seed article alone; made once per test JVM, removed when it exits. */
    static ParleyStore seedStore() {
        return SeedStore.STORE;
    }

    /** A store holding both articles. */
    static ParleyStore bothStore() {
        return BothStore.STORE;
    }

    /** What an export of the selection from the store reads, the RDF for JSON-LD included. */
    static ExportData read(ParleyStore store, Selection selection) {
        return GraphReader.read(store.dataset(), selection, true);
    }

    static VisualGraph seedVisual() {
        return read(seedStore(), Selection.everything()).graph();
    }

    static VisualGraph bothVisual() {
        return read(bothStore(), Selection.everything()).graph();
    }

    private static final class SeedStore {
        static final ParleyStore STORE = storeOf("seed", seedGraph());
    }

    private static final class BothStore {
        static final ParleyStore STORE = storeOf("both", seedGraph(), secondGraph());
    }

    /** A store of the graphs in a temporary directory, closed and removed when the JVM exits. */
    static ParleyStore storeOf(String name, ArticleGraph... graphs) {
        try {
            Path dir = Files.createTempDirectory("parley-export-" + name);
            ParleyStore store = ParleyStore.open(dir);
            store.write(List.of(graphs));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                store.close();
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // a leftover temporary directory is no test failure
                }
            }));
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static VisualNode nodeLabelled(VisualGraph g, String label) {
        return g.nodes().stream().filter(n -> n.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no node labelled " + label + " in " + g.nodes()));
    }

    private static Entity state(String key, String label, String... more) { return entity(key, EntityKind.STATE, label, more); }
    private static Entity person(String key, String label, String... more) { return entity(key, EntityKind.PERSON, label, more); }
    private static Entity org(String key, String label, String... more) { return entity(key, EntityKind.ORGANIZATION, label, more); }

    private static Entity entity(String key, EntityKind kind, String label, String... more) {
        Set<String> names = new java.util.HashSet<>(List.of(more));
        names.add(label);
        return new Entity(key, kind, label, names, null, null, null, null);
    }

    private static Relation rel(String text, RelationType type, String agent, String target, String event, String evidence, Modality modality) {
        int start = text.indexOf(evidence);
        if (start < 0) throw new IllegalArgumentException("evidence not in text: " + evidence);
        return new Relation(type, agent, target, event, null, start, start + evidence.length(), evidence, 0.9, modality);
    }
}
