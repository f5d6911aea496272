package org.parley.export;

/**
 * A node of the exported graph as the summary graph knows it: an actor by its IRI, or an event by
 * its name, place and date. Each article's graph gives its events IRIs of their own; the summary
 * keys an event by what the articles say of it, so the articles that report the same talks meet
 * at one node.
 */
record NodeKey(String iri, String eventName, String eventPlace, String eventDate) {
    static NodeKey actor(String iri) {
        return new NodeKey(iri, null, null, null);
    }

    static NodeKey event(String name, String place, String date) {
        return new NodeKey(null, name, place, date);
    }

    boolean isEvent() {
        return iri == null;
    }
}
