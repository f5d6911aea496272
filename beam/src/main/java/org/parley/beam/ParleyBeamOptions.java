package org.parley.beam;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The options of {@code parley beam}, given as {@code --name=value} next to the runner's own options. */
public interface ParleyBeamOptions extends PipelineOptions {
    @Description("Articles to read: a folder ending in / (every file below it), or a file pattern such as"
            + " 'articles/*.txt' or 'gs://bucket/feed/**'. Read like a folder walk: .txt, .html/.htm, .json,"
            + " .jsonl/.ndjson; hidden files, other types and *.gold.json are passed over.")
    @Validation.Required
    String getInput();

    void setInput(String value);

    @Description("Where the N-Quads go: a path prefix; shards are PREFIX-00000-of-00004.nq.gz (each article in"
            + " its own named graph, as 'parley extract --format nq' writes). Give --output, --endpoint or both.")
    String getOutput();

    void setOutput(String value);

    @Description("Number of N-Quads shards; 0 lets the runner choose (batch only; with --watch each window is"
            + " written as this many shards, at least 1).")
    @Default.Integer(0)
    int getNumShards();

    void setNumShards(int value);

    @Description("Compress the N-Quads shards with gzip (default) or write them plain (--gzip=false).")
    @Default.Boolean(true)
    boolean getGzip();

    void setGzip(boolean value);

    @Description("Where the inputs that could not be read or extracted are listed, one 'INPUT: problem' a line:"
            + " a path prefix. Default: the --output prefix followed by '-errors'; without --output, only in"
            + " the log.")
    String getErrors();

    void setErrors(String value);

    @Description("A SPARQL dataset URL (e.g. http://127.0.0.1:3030/parley) to send each article to, as"
            + " 'parley ingest --endpoint' does: one SPARQL Update per article replacing its graph and"
            + " updating the summary graph, sent per bundle.")
    String getEndpoint();

    void setEndpoint(String value);

    @Description("HTTP user for --endpoint; the password comes from --passwordFile or PARLEY_PASSWORD.")
    String getUser();

    void setUser(String value);

    @Description("File whose first line is the --endpoint password (read where the job is launched).")
    String getPasswordFile();

    void setPasswordFile(String value);

    @Description("Keep watching --input for new files and extract each as it arrives (a streaming job).")
    @Default.Boolean(false)
    boolean getWatch();

    void setWatch(boolean value);

    @Description("With --watch: how often to look for new files, in seconds.")
    @Default.Integer(10)
    int getPollSeconds();

    void setPollSeconds(int value);

    @Description("With --watch: the N-Quads of the articles that arrived within each window of this many"
            + " seconds are written when it closes.")
    @Default.Integer(20)
    int getWindowSeconds();

    void setWindowSeconds(int value);

    @Description("With --watch: stop once this many seconds have passed since the last new file (counting from"
            + " the first one); 0 (default) watches until the job is cancelled (Ctrl-C, or the runner's cancel).")
    @Default.Integer(0)
    int getStopAfterIdleSeconds();

    void setStopAfterIdleSeconds(int value);
}
