package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.rdf.ArticleGraph;
import org.parley.testkit.DiplomacyFixture;

/** A store opened to read begins no write transaction, whatever it holds, and says what a writer would update. */
class OpenToReadTest {
    @TempDir
    Path tmp;

    @Test
    void readingAStoreBeginsNoWriteTransaction() {
        try (ParleyStore store = ParleyStore.open(tmp)) {
            store.write(List.of(DiplomacyFixture.graph(DiplomacyFixture.article("talks"))));
        }
        List<String> notices = new ArrayList<>();
        try (ParleyStore store = ParleyStore.openToRead(tmp, notices::add)) {
            assertTrue(store.storedHash(DiplomacyFixture.graph(DiplomacyFixture.article("talks")).graphIri()).isPresent());
            assertTrue(StoreStats.of(store).articles() == 1);
            assertEquals(0, writeTransactions(store));
            assertThrows(IllegalStateException.class, store::startBatch, "a store opened to read takes no batch");
        }
        assertEquals(List.of(), notices, "a store parley wrote is up to date");
    }

    @Test
    void aBulkLoadedStoreIsReadAsItIsWithANoticeOfWhatSummarizeWouldAdd() {
        ArticleGraph talks = DiplomacyFixture.graph(DiplomacyFixture.article("talks"));
        Dataset loaded = TDB2Factory.connectDataset(Location.create(tmp.toString()));
        Txn.executeWrite(loaded, () -> loaded.addNamedModel(talks.graphIri(), talks.model()));
        loaded.close();
        TDBInternal.expel(loaded.asDatasetGraph());

        List<String> notices = new ArrayList<>();
        try (ParleyStore store = ParleyStore.openToRead(tmp, notices::add)) {
            assertEquals(0, writeTransactions(store));
            assertEquals(talks.contentHash(), store.storedHash(talks.graphIri()).orElseThrow(), "the article answers");
        }
        assertEquals(List.of("store " + tmp + " has no summary graph of this version of parley, which the named queries read,"
                + " so they may answer incompletely; 'parley summarize --store " + tmp + "' brings it up to date (this"
                + " command only reads the store)"), notices);
    }

    private static long writeTransactions(ParleyStore store) {
        return TDBInternal.getTransactionCoordinator(store.dataset().asDatasetGraph()).countBeginWrite();
    }
}
