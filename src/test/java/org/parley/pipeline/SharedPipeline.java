package org.parley.pipeline;

/** One standard pipeline for all pipeline tests in the JVM: loading the OpenNLP models takes seconds. */
final class SharedPipeline {
    static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private SharedPipeline() {}
}
