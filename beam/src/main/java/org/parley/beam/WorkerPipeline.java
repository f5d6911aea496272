package org.parley.beam;

import org.parley.pipeline.ArticlePipeline;

/**
 * The one {@link ArticlePipeline} of a worker JVM. A runner makes a DoFn instance per thread (and
 * may make more); the NLP models are large, so they are loaded once per JVM and shared, as
 * {@code parley ingest} shares one pipeline among its threads. The pipeline is thread-safe.
 */
final class WorkerPipeline {
    private static ArticlePipeline pipeline;

    private WorkerPipeline() {}

    static synchronized ArticlePipeline get() {
        if (pipeline == null) pipeline = ArticlePipeline.standard();
        return pipeline;
    }
}
