package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code --version} prints, on every command: the version Maven built, so it cannot drift from the pom. */
final class ParleyVersion implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"parley " + version()};
    }

    static String version() {
        Properties p = new Properties();
        try (InputStream in = ParleyVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing from the jar: org/parley/cli/" + RESOURCE);
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }
}
