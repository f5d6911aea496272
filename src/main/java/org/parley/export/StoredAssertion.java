package org.parley.export;

import java.time.LocalDate;
import org.parley.extract.RelationType;

/**
 * One dip:Assertion as the store holds it, flattened for selection and drawing.
 *
 * @param iri       the assertion's IRI
 * @param relation  which of the four relations (from its class: dip:Invitation, ...)
 * @param agent     IRI of dip:agent, or null when the article does not say who
 * @param target    IRI of dip:target, or null
 * @param event     IRI of dip:event, or null
 * @param articleId dip:sourceId of its article, or null
 * @param published dip:published of its article, or null
 * @param evidence  the evidence sentence, or null
 * @param asserted  true for dip:Asserted, false for dip:Hedged
 */
public record StoredAssertion(String iri, RelationType relation, String agent, String target, String event,
                              String articleId, LocalDate published, String evidence, boolean asserted) {

    /** The same assertion with its actors and event under the IRIs the store resolved them to. */
    public StoredAssertion resolved(java.util.function.UnaryOperator<String> canonical) {
        return new StoredAssertion(iri, relation, agent == null ? null : canonical.apply(agent),
                target == null ? null : canonical.apply(target), event, articleId, published, evidence, asserted);
    }

    /** Where the drawn edge points: the target, or the event when the text names no target. */
    public String end() { return target != null ? target : event; }

    /** An edge needs both ends; an invitation whose inviter is unstated has none to draw. */
    public boolean drawable() { return agent != null && end() != null; }

    public EdgeKey edgeKey() { return new EdgeKey(agent, relation, end()); }

    /** The identity an edge is aggregated under: the same agent, relation and end. */
    public record EdgeKey(String agent, RelationType relation, String end) {}
}
