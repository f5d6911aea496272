package org.parley.export;

import org.apache.jena.rdf.model.Model;

/**
 * What an export writes from.
 *
 * @param graph   the view model for the drawing formats
 * @param rdf     the selected statements, for JSON-LD
 * @param undrawn selected assertions that have no edge to draw (no agent stated, or no target and no event)
 */
public record ExportData(VisualGraph graph, Model rdf, int undrawn) {}
