package org.parley.export;

/** A sentence that supports an edge, with the id (dip:sourceId) of the article it comes from. */
public record Evidence(String articleId, String sentence) {}
