package org.parley.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.modify.UpdateEngine;
import org.apache.jena.sparql.modify.UpdateEngineFactory;
import org.apache.jena.sparql.modify.UpdateEngineMain;
import org.apache.jena.sparql.modify.UpdateEngineRegistry;
import org.apache.jena.sparql.modify.UpdateEngineWorker;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateVisitor;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;

/**
 * What a SPARQL Update may do on {@code parley serve --update}: change graphs in the store, nothing
 * more. {@code LOAD} is refused before it reads anything (it would read a file on the server's disk
 * or fetch a URL, and parse errors would quote what it read), and so is an insert into the default
 * graph, which no query sees: the default graph is the union of the article graphs.
 *
 * <p>Refusals are {@link QueryBuildException}s, which Fuseki answers with 400 and the message.
 */
final class UpdateLockdown {
    private static final Symbol LOCKED = Symbol.create("https://w3id.org/parley/serve#updateLockdown");

    static final String NO_LOAD = "LOAD is switched off: this server reads no files and fetches no URLs for a client;"
            + " send the data in the request (INSERT DATA, or a Graph Store PUT to /data?graph=IRI)";
    static final String NO_DEFAULT_GRAPH = "parley keeps every article in a named graph of its own, and the default graph"
            + " is their union; insert into GRAPH <IRI> { ... } instead of the default graph";

    private static final UpdateEngineFactory FACTORY = new UpdateEngineFactory() {
        @Override
        public boolean accept(DatasetGraph dsg, Context context) {
            return context != null && context.isTrue(LOCKED);
        }

        @Override
        public UpdateEngine create(DatasetGraph dsg, Binding input, Context context) {
            return new Engine(new NoDefaultGraphWrites(dsg), input, context);
        }
    };

    private UpdateLockdown() {}

    /** Every update on a dataset with this context runs under the lockdown. */
    static void applyTo(Context datasetContext) {
        synchronized (FACTORY) {
            if (!UpdateEngineRegistry.containsFactory(FACTORY)) UpdateEngineRegistry.addFactory(FACTORY);
        }
        datasetContext.set(LOCKED, true);
    }

    private static final class Engine extends UpdateEngineMain {
        Engine(DatasetGraph dsg, Binding input, Context context) {
            super(dsg, input, context);
        }

        @Override
        protected UpdateVisitor prepareWorker() {
            return new UpdateEngineWorker(datasetGraph, inputBinding, context) {
                @Override
                public void visit(UpdateLoad update) {
                    throw new QueryBuildException(NO_LOAD);
                }
            };
        }
    }

    /** The dataset as an update sees it: its default graph refuses additions. */
    private static final class NoDefaultGraphWrites extends DatasetGraphWrapper {
        NoDefaultGraphWrites(DatasetGraph dsg) {
            super(dsg);
        }

        @Override
        public void add(Quad quad) {
            if (quad.isDefaultGraph()) throw new QueryBuildException(NO_DEFAULT_GRAPH);
            super.add(quad);
        }

        @Override
        public void add(Node g, Node s, Node p, Node o) {
            if (g == null || Quad.isDefaultGraph(g)) throw new QueryBuildException(NO_DEFAULT_GRAPH);
            super.add(g, s, p, o);
        }

        @Override
        public Graph getDefaultGraph() {
            return new ReadOnlyDefaultGraph(super.getDefaultGraph());
        }

        @Override
        public Graph getGraph(Node graphNode) {
            if (Quad.isDefaultGraph(graphNode)) return getDefaultGraph();
            return super.getGraph(graphNode);
        }

        @Override
        public void addGraph(Node graphName, Graph graph) {
            if (Quad.isDefaultGraph(graphName)) throw new QueryBuildException(NO_DEFAULT_GRAPH);
            super.addGraph(graphName, graph);
        }
    }

    private static final class ReadOnlyDefaultGraph extends GraphWrapper {
        ReadOnlyDefaultGraph(Graph g) {
            super(g);
        }

        @Override
        public void add(Triple t) {
            throw new QueryBuildException(NO_DEFAULT_GRAPH);
        }
    }
}
