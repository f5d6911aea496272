package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Article IRIs: one per distinct id, readable, and unchanged for ids that are already slugs. */
class ArticleIriTest {
    static final String ARTICLE = "https://w3id.org/parley/id/article/";

    @Test
    void anIdThatIsItsOwnSlugKeepsTheIriItAlwaysHad() {
        assertEquals(ARTICLE + "seed-pakistan-us-iran-talks", IriMinter.articleIri("seed-pakistan-us-iran-talks"));
        assertEquals(Optional.empty(), IriMinter.formerArticleIri("seed-pakistan-us-iran-talks"));
    }

    @Test
    void idsThatDifferOnlyInCaseOrPunctuationGetAnIriEach() {
        List<String> ids = List.of("report 1", "report-1", "Report_1", "REPORT 1", "report/1",
                "https://news.example/2026/03/talks", "https://news.example/2026-03-talks", "https://news.example/2026/03/Talks");
        Set<String> iris = ids.stream().map(IriMinter::articleIri).collect(Collectors.toSet());
        assertEquals(ids.size(), iris.size(), iris.toString());
    }

    @Test
    void anIdThatIsNoSlugKeepsItsSlugReadableAndAddsAHashOfTheExactId() {
        String iri = IriMinter.articleIri("Report_1");
        assertTrue(iri.matches(ARTICLE.replace(".", "\\.") + "report-1_[0-9a-f]{8}"), iri);
        assertEquals(iri, IriMinter.articleIri("Report_1"), "the same id, the same IRI, in every run");
        assertNotEquals(iri, IriMinter.articleIri("report 1"));
        assertEquals(Optional.of(ARTICLE + "report-1"), IriMinter.formerArticleIri("Report_1"),
                "where earlier versions stored it, so a re-ingest can take that graph away");
    }
}
