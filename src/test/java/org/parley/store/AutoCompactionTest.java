package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.DIP;
import org.parley.testkit.DiplomacyFixture;

/**
 * Small batches do not make a store many times larger than its data: TDB2 leaves copies of the
 * blocks each commit touches, and after a commit that leaves the store over twice the size its
 * data would take compacted, the store compacts itself, keeping every article.
 */
class AutoCompactionTest {
    static final int ARTICLES = 40;
    /**
     * A commit of one small article leaves some 450 KB of copies in a store of about 1.5 MB (the
     * ontology and gazetteer, mostly): without compaction these would grow it to about 15 MB.
     */
    static final int COMMITS = 30;
    /**
     * The compacted size is estimated, from the quads and the node table (see CompactionSchedule); in a
     * store this small the estimate runs a few per cent high, the files' fixed overhead being counted
     * per quad, so the store may pass twice its compacted size by that much before it is compacted.
     */
    static final double ESTIMATE_ERROR = 1.1;

    @TempDir
    Path tmp;

    @Test
    void aStoreGrownByManySmallCommitsCompactsItselfAndStaysWithinAboutTwiceItsCompactedSize() {
        List<String> notices = new ArrayList<>();
        try (ParleyStore store = ParleyStore.open(tmp, notices::add)) {
            store.compactAbove(1 << 20); // the 64 MB a real store must reach first would take minutes to write
            for (int i = 0; i < COMMITS; i++) {
                store.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("a" + i))));
            }
            long compactions = notices.stream().filter(n -> n.startsWith("compacted store " + tmp + ": ")).count();
            assertTrue(compactions >= 2, "each few commits leave more copies than the data takes: " + notices);

            assertEquals(COMMITS, articles(store), "every article is still there");
            Model summary = summary(store);
            store.summarize(n -> {});
            assertTrue(summary.isIsomorphicWith(summary(store)), "and the summary with it");

            long grown = DiskUsage.of(tmp).bytes();
            long compacted = StoreCompactor.compact(store).after().bytes();
            assertTrue(grown <= CompactionSchedule.MAX_GROWTH * ESTIMATE_ERROR * compacted,
                    "the store takes " + grown + " bytes, its data compacted " + compacted + "; " + notices);
        }
    }

    @Test
    void batchesThatLeaveTheStoreWithinTwiceItsDataAreNotCompacted() {
        List<String> notices = new ArrayList<>();
        try (ParleyStore store = ParleyStore.open(tmp, notices::add)) {
            store.compactAbove(1 << 20);
            List<org.parley.rdf.ArticleGraph> all = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) all.add(DiplomacyFixture.graph(DiplomacyFixture.article("a" + i)));
            // and a store past the size where compaction could start: the ontology and gazetteer alone are ~2 MB
            store.write(all); // one commit: no copies left behind
            assertFalse(notices.stream().anyMatch(n -> n.startsWith("compacting")), notices.toString());
        }
    }

    private static long articles(ParleyStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> (long) ds.getUnionModel().listSubjectsWithProperty(RDF.type, DIP.Article).toList().size());
    }

    private static Model summary(ParleyStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> ModelFactory.createDefaultModel().add(ds.getNamedModel(DIP.SUMMARY_GRAPH)));
    }
}
