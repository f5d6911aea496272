package org.parley.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleQueriesTest {

    @Test
    void theTitleIsTheFirstCommentAndFallsBackToTheFileName() {
        assertEquals("Who hosted whom", ExampleQuery.of("hosts.rq", "PREFIX x: <urn:x:>\n#   Who hosted whom  \n# more\nSELECT * {}").title());
        assertEquals("hosts", ExampleQuery.of("hosts.rq", "SELECT * {}").title());
        assertEquals("hosts", ExampleQuery.of("hosts.rq", "#\n#\nSELECT * {}").name());
    }

    @Test
    void queriesAreReadFromAFolderInNameOrderIgnoringOtherFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.rq"), "# Second\nASK {}");
        Files.writeString(dir.resolve("a.rq"), "# First\nASK {}");
        Files.writeString(dir.resolve("notes.txt"), "not a query");
        List<ExampleQuery> qs = ExampleQueries.fromDirectory(dir);
        assertEquals(List.of("a", "b"), qs.stream().map(ExampleQuery::name).toList());
        assertEquals("First", qs.get(0).title());
    }

    @Test
    void queriesShippedInTheJarAreFound(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("q.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String[] e : new String[][] {{"queries/z.rq", "# Last\nASK {}"}, {"queries/a.rq", "# First\nASK {}"}, {"queries/sub/x.rq", "ASK {}"}}) {
                out.putNextEntry(new JarEntry(e[0]));
                out.write(e[1].getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        List<ExampleQuery> qs = ExampleQueries.fromCodeLocation(jar);
        assertEquals(List.of("a", "z"), qs.stream().map(ExampleQuery::name).toList(), "sorted, nested folders ignored");
        assertEquals("Last", qs.get(1).title());
    }
}
