package org.parley.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The global identity of each gold actor ({@code identities.tsv}: stem, entity, identity; the same
 * real actor has the same identity in every article). An actor the file does not list is an
 * identity of its own, as in score.py.
 */
public final class GoldIdentities {
    private final Map<String, String> byActor;

    private GoldIdentities(Map<String, String> byActor) {
        this.byActor = byActor;
    }

    public static GoldIdentities read(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldFileException(tsv, "cannot read: " + e.getMessage());
        }
        Map<String, String> byActor = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] parts = lines.get(i).split("\t", -1);
            if (i == 0 && parts[0].equals("stem")) continue;
            if (parts.length == 3) byActor.put(key(parts[0], parts[1]), parts[2]);
        }
        return new GoldIdentities(byActor);
    }

    /** The identity of one gold entity of one article. */
    public String of(String article, String entity) {
        String key = key(article, entity);
        return byActor.getOrDefault(key, article + "#" + entity);
    }

    private static String key(String article, String entity) {
        return article + "\t" + entity;
    }
}
