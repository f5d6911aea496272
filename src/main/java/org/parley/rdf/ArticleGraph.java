package org.parley.rdf;

import org.apache.jena.rdf.model.Model;

/**
 * One article's statements, ready to store as a named graph.
 *
 * @param graphIri    the named graph's IRI (the article's own IRI)
 * @param contentHash SHA-256 of the article text, to skip unchanged re-ingests
 * @param model       the statements
 */
public record ArticleGraph(String graphIri, String contentHash, Model model) {}
