package org.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads gold files strictly: a malformed file is an error naming the file and what is wrong,
 * never a silent zero in the scores.
 */
public final class GoldReader {
    private static final Set<String> ENTITY_TYPES = Set.of("Person", "State", "Organization", "Place", "Event");
    private static final Set<String> RELATION_TYPES = Set.of("invites", "represents", "hosts", "warns");

    private final ObjectMapper json = new ObjectMapper();

    public GoldArticle read(Path file) {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (IOException e) {
            throw new GoldFileException(file, "not valid JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw new GoldFileException(file, "expected a JSON object");
        String id = text(file, root, "id", true);
        Map<String, GoldArticle.GoldEntity> entities = new LinkedHashMap<>();
        for (JsonNode e : array(file, root, "entities")) {
            String eid = text(file, e, "id", true);
            String type = text(file, e, "type", true);
            if (!ENTITY_TYPES.contains(type)) throw new GoldFileException(file, "entity " + eid + " has unknown type " + type);
            List<String> names = new ArrayList<>();
            for (JsonNode n : array(file, e, "names")) {
                if (!n.isTextual()) throw new GoldFileException(file, "entity " + eid + " has a name that is not a string");
                names.add(n.asText());
            }
            if (names.isEmpty()) throw new GoldFileException(file, "entity " + eid + " has no names");
            if (entities.put(eid, new GoldArticle.GoldEntity(eid, type, names)) != null) {
                throw new GoldFileException(file, "entity id " + eid + " is used twice");
            }
        }
        List<GoldArticle.GoldRelation> relations = new ArrayList<>();
        for (JsonNode r : array(file, root, "relations")) {
            String type = text(file, r, "type", true);
            if (!RELATION_TYPES.contains(type)) throw new GoldFileException(file, "relation has unknown type " + type);
            String subject = text(file, r, "subject", false);
            String object = text(file, r, "object", false);
            for (String ref : new String[] {subject, object}) {
                if (ref != null && !entities.containsKey(ref)) {
                    throw new GoldFileException(file, type + " relation refers to unknown entity " + ref);
                }
            }
            relations.add(new GoldArticle.GoldRelation(type, subject, object, text(file, r, "event", false),
                    text(file, r, "evidence", false), r.path("optional").asBoolean(false)));
        }
        return new GoldArticle(id, entities, relations);
    }

    private static Iterable<JsonNode> array(Path file, JsonNode node, String field) {
        JsonNode a = node.get(field);
        if (a == null || !a.isArray()) throw new GoldFileException(file, "field \"" + field + "\" must be an array");
        return a;
    }

    private static String text(Path file, JsonNode node, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) throw new GoldFileException(file, "missing field \"" + field + "\"");
            return null;
        }
        if (!v.isTextual()) throw new GoldFileException(file, "field \"" + field + "\" must be a string");
        return v.asText();
    }
}
