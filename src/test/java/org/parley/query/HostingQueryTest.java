package org.parley.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.store.ParleyStore;

/** The hosting query on an article whose hosting names no event, while the article names other things. */
class HostingQueryTest {
    private static final String ID = "https://w3id.org/parley/id/";
    private static final String SENTENCE = "Egypt hosted Qatar's foreign minister in Cairo.";

    @TempDir
    Path tmp;

    @Test
    void aHostingWithoutAnEventHasNoEventRatherThanEveryLabelInTheArticle() {
        String articleIri = ID + "article/visit";
        Model m = ModelFactory.createDefaultModel();
        Resource article = m.createResource(articleIri, DIP.Article).addProperty(DIP.sourceId, "visit");
        Resource egypt = m.createResource(ID + "state/egypt", DIP.State).addProperty(RDFS.label, "Egypt");
        Resource qatar = m.createResource(ID + "state/qatar", DIP.State).addProperty(RDFS.label, "Qatar");
        // named in the article, but not what the hosting is about
        m.createResource(ID + "event/visit/gaza-summit", DIP.Event).addProperty(RDFS.label, "Gaza summit");
        m.createResource(ID + "assertion/visit/0", DIP.Hosting)
                .addProperty(DIP.article, article)
                .addProperty(DIP.agent, egypt)
                .addProperty(DIP.target, qatar)
                .addProperty(DIP.evidence, SENTENCE)
                .addProperty(DIP.modality, DIP.Asserted);

        List<Map<String, String>> rows;
        try (ParleyStore store = ParleyStore.open(tmp.resolve("store"))) {
            store.write(List.of(new ArticleGraph(articleIri, "hash", m)));
            QueryRunner runner = QueryRunner.local(store.dataset());
            NamedQuery q = QueryCatalog.of(Path.of("queries"), false).find("hosting").orElseThrow();
            rows = runner.select(QueryRunner.parse(q.text(), "hosting", Map.of()), Map.of()).stream().map(s -> {
                Map<String, String> row = new java.util.TreeMap<>();
                s.varNames().forEachRemaining(v -> row.put(v, s.get(v).asLiteral().getLexicalForm()));
                return row;
            }).toList();
        }

        assertEquals(List.of(Map.of("host", "Egypt", "guest", "Qatar", "modality", "asserted", "articles", "1", "evidence", SENTENCE)), rows);
    }
}
