package org.parley.export;

import java.time.LocalDate;
import org.apache.jena.rdf.model.Model;

/**
 * What an export writes from.
 *
 * @param graph   the view model for the drawing formats
 * @param rdf     the selected statements, for JSON-LD; null unless asked for
 * @param undrawn selected relations that have no edge to draw (no agent stated, or no target and no event),
 *                once per article that states each
 * @param dates   the publication dates of the store's articles, before selection: what to tell a user
 *                whose --since selects nothing; null without --since
 */
public record ExportData(VisualGraph graph, Model rdf, int undrawn, Dates dates) {

    /**
     * @param articles articles in the store
     * @param undated  how many of them carry no publication date
     * @param latest   the latest publication date among them, or null when none has one
     */
    public record Dates(int articles, int undated, LocalDate latest) {}
}
