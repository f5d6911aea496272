package org.parley.export;

/**
 * An actor or event as the export formats draw it.
 *
 * @param id    short id unique within the exported graph ("n0", "n1", ...)
 * @param iri   the node's IRI in the store
 * @param label its rdfs:label
 * @param type  what it is
 */
public record VisualNode(String id, String iri, String label, NodeType type) {}
