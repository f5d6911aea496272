package org.parley.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.shared.PrefixMapping;

/** How SELECT and ASK results are printed. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

    public static ResultFormat parse(String name) {
        for (ResultFormat f : values()) if (f.name().equalsIgnoreCase(name)) return f;
        throw new IllegalArgumentException("unknown format '" + name + "'; expected one of " + names());
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }

    public void write(ResultSet results, PrefixMapping prefixes, OutputStream out) {
        write(results, prefixes, TableWriter.UNLIMITED, out);
    }

    /** As {@link #write(ResultSet, PrefixMapping, OutputStream)}, a table at most {@code tableWidth} characters wide. */
    public void write(ResultSet results, PrefixMapping prefixes, int tableWidth, OutputStream out) {
        switch (this) {
            case TABLE -> new TableWriter(prefixes, tableWidth).write(results, out);
            case CSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, results, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, results, ResultSetLang.RS_JSON);
            case XML -> ResultSetFormatter.output(out, results, ResultSetLang.RS_XML);
        }
    }

    public void write(boolean answer, OutputStream out) {
        switch (this) {
            case TABLE -> TableWriter.write(answer, out);
            case CSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_CSV);
            case TSV -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_TSV);
            case JSON -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_JSON);
            case XML -> ResultSetFormatter.output(out, answer, ResultSetLang.RS_XML);
        }
    }
}
