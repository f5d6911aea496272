package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.dboe.base.file.Location;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;
import org.parley.rdf.OntologyResources;
import org.parley.rdf.ContentHash;

/**
 * The embedded TDB2 store: one named graph per article, the ontology and gazetteer in a graph of
 * their own, and the union of all graphs as the default graph that queries see.
 */
public final class ParleyStore implements GraphSink {
    public static final Path DEFAULT_DIR = Path.of("parley-data");

    private final Path dir;
    private final Dataset dataset;

    private ParleyStore(Path dir, Dataset dataset) {
        this.dir = dir;
        this.dataset = dataset;
    }

    /** Opens (creating if needed) the store in {@code dir}; see {@link #open(Path, Consumer)}. */
    public static ParleyStore open(Path dir) {
        return open(dir, notice -> {});
    }

    /**
     * Opens (creating if needed) the store in {@code dir}, installs the ontology graph if it changed,
     * and builds the summary graph if the store has none of this version (a store bulk-loaded from
     * {@code parley extract}, or written by an older parley).
     *
     * @param notices told, in a line each, about long work done on opening
     */
    public static ParleyStore open(Path dir, Consumer<String> notices) {
        Dataset ds;
        try {
            Files.createDirectories(dir);
            ds = TDB2Factory.connectDataset(Location.create(dir.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create store directory " + dir, e);
        } catch (RuntimeException e) {
            if (isLockFailure(e)) throw new StoreInUseException(dir, lockHolder(dir), e);
            throw e;
        }
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        ParleyStore store = new ParleyStore(dir, ds);
        store.installOntology();
        store.summarizeIfNeeded(notices);
        return store;
    }

    public Path dir() { return dir; }

    /** The TDB2 dataset, for query engines and servers that run their own transactions. */
    public Dataset dataset() { return dataset; }

    private void installOntology() {
        Model ontology = OntologyResources.ontologyGraph();
        String hash = ContentHash.of(String.valueOf(ontology.size()) + ontology.listStatements().toList().hashCode());
        Optional<String> stored = Txn.calculateRead(dataset, () -> hashOf(DIP.ONTOLOGY_GRAPH));
        if (stored.isPresent() && stored.get().equals(hash)) return;
        Txn.executeWrite(dataset, () -> {
            dataset.removeNamedModel(DIP.ONTOLOGY_GRAPH);
            Model g = dataset.getNamedModel(DIP.ONTOLOGY_GRAPH);
            g.add(ontology);
            g.add(g.createResource(DIP.ONTOLOGY_GRAPH), DIP.contentHash, hash);
        });
    }

    private void summarizeIfNeeded(Consumer<String> notices) {
        if (Txn.calculateRead(dataset, () -> SummaryGraph.isCurrent(dataset.asDatasetGraph()))) return;
        long graphs = summarize(notices);
        if (graphs > 0) notices.accept("summarized " + graphs + " article graphs in " + dir);
    }

    /**
     * Builds the summary graph afresh from the article graphs, in one transaction: for a store whose
     * article graphs were changed by other tools (a Graph Store PUT, a SPARQL update).
     *
     * @param progress told the count so far, every 1,000 article graphs
     * @return the number of article graphs summarized
     */
    public long summarize(Consumer<String> progress) {
        return Txn.calculateWrite(dataset, () -> SummaryGraph.rebuild(dataset.asDatasetGraph(),
                n -> progress.accept("summarizing the store's article graphs: " + n + " so far")));
    }

    /** The content hash stored with an article graph, if the store has that graph. */
    @Override
    public Optional<String> storedHash(String graphIri) {
        return Txn.calculateRead(dataset, () -> hashOf(graphIri));
    }

    private Optional<String> hashOf(String graphIri) {
        if (!dataset.containsNamedModel(graphIri)) return Optional.empty();
        Model g = dataset.getNamedModel(graphIri);
        Resource subject = g.getResource(graphIri);
        Statement s = subject.getProperty(DIP.contentHash);
        return s == null ? Optional.empty() : Optional.of(s.getString());
    }

    /**
     * Stores a batch of article graphs in one transaction, each replacing any earlier graph of the
     * same article, and updates the summary graph to match: all of the batch lands or none of it.
     */
    @Override
    public void write(Collection<ArticleGraph> batch) {
        if (batch.isEmpty()) return;
        dataset.begin(ReadWrite.WRITE);
        try {
            SummaryDelta delta = new SummaryDelta();
            for (ArticleGraph g : batch) {
                if (dataset.containsNamedModel(g.graphIri())) {
                    delta.remove(dataset.getNamedModel(g.graphIri()).getGraph());
                    dataset.removeNamedModel(g.graphIri());
                }
                dataset.addNamedModel(g.graphIri(), g.model());
                delta.add(g.model().getGraph());
            }
            SummaryGraph.apply(dataset.asDatasetGraph(), delta);
            dataset.commit();
        } finally {
            dataset.end();
        }
    }

    public long tripleCount() {
        return Txn.calculateRead(dataset, () -> {
            long n = dataset.asDatasetGraph().getDefaultGraph().size();
            var it = dataset.asDatasetGraph().listGraphNodes();
            while (it.hasNext()) n += dataset.asDatasetGraph().getGraph(it.next()).size();
            return n;
        });
    }

    @Override
    public void close() {
        dataset.close();
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset.asDatasetGraph());
    }

    /**
     * TDB2 (DBOE's ProcessFileLock) reports a lock held by another process as "Failed to get a lock:
     * ... held by process PID", and one held in this JVM as {@code AlreadyLocked}. Anything else,
     * such as a damaged file, is not "in use" and must not be reported as such.
     */
    private static boolean isLockFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.apache.jena.dboe.base.file.AlreadyLocked) return true;
            if (String.valueOf(t.getMessage()).contains("Failed to get a lock")) return true;
        }
        return false;
    }

    private static String lockHolder(Path dir) {
        try {
            Path lock = dir.resolve("tdb.lock");
            if (Files.exists(lock)) return "process " + Files.readString(lock).trim();
        } catch (java.io.IOException ignored) {
            // the message stays useful without the pid
        }
        return null;
    }
}
