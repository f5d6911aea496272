package org.parley.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The entities of one article as they are found: keys, kinds, labels, the names seen and roles. */
final class EntityTable {
    private static final class Builder {
        final String key;
        final EntityKind kind;
        String label;
        final Set<String> names = new LinkedHashSet<>();
        String role;
        String globalId;
        String location;
        java.time.LocalDate date;

        Builder(String key, EntityKind kind, String label) {
            this.key = key;
            this.kind = kind;
            this.label = label;
        }
    }

    private final Map<String, Builder> byKey = new LinkedHashMap<>();

    String add(String key, EntityKind kind, String label, String surface, String globalId) {
        Builder b = byKey.computeIfAbsent(key, k -> new Builder(k, kind, label));
        if (surface != null && !surface.isBlank()) b.names.add(surface.strip());
        b.names.add(b.label);
        if (globalId != null) b.globalId = globalId;
        return key;
    }

    private final Map<String, String> owners = new LinkedHashMap<>();

    boolean has(String key) { return byKey.containsKey(key); }

    Set<String> keys() { return Set.copyOf(byKey.keySet()); }

    /** Records that an organization is a body of a state ("Turkish foreign ministry" → Türkiye). */
    void setOwner(String orgKey, String stateKey) { owners.putIfAbsent(orgKey, stateKey); }

    String owner(String orgKey) { return owners.get(orgKey); }

    EntityKind kind(String key) { return byKey.get(key).kind; }

    String label(String key) { return byKey.get(key).label; }

    /** Gives an entity a fuller canonical name; the old one stays among its names. */
    void relabel(String key, String label) {
        Builder b = byKey.get(key);
        b.names.add(b.label);
        b.label = label;
        b.names.add(label);
    }

    void setRole(String key, String role) {
        Builder b = byKey.get(key);
        if (b != null && b.role == null) b.role = role;
    }

    String role(String key) { return byKey.containsKey(key) ? byKey.get(key).role : null; }

    void setLocation(String eventKey, String placeKey) {
        Builder b = byKey.get(eventKey);
        if (b != null && b.location == null) b.location = placeKey;
    }

    void setDate(String eventKey, java.time.LocalDate date) {
        Builder b = byKey.get(eventKey);
        if (b != null && b.date == null) b.date = date;
    }

    List<Entity> entities(Set<String> keep) {
        List<Entity> out = new ArrayList<>();
        for (Builder b : byKey.values()) {
            if (!keep.contains(b.key)) continue;
            out.add(new Entity(b.key, b.kind, b.label, b.names, b.role, b.globalId,
                    b.location != null && keep.contains(b.location) ? b.location : null, b.date));
        }
        return out;
    }
}
