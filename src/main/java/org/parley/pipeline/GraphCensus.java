package org.parley.pipeline;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.parley.extract.RelationType;
import org.parley.rdf.ArticleGraph;
import org.parley.rdf.DIP;

/** What one article graph holds, read off its RDF: its relations by type and the actors it mentions. */
record GraphCensus(Map<RelationType, Integer> relations, Set<String> actors) {
    private static final Map<RelationType, Resource> ASSERTION_CLASSES = Map.of(
            RelationType.INVITES, DIP.Invitation, RelationType.REPRESENTS, DIP.Representation,
            RelationType.HOSTS, DIP.Hosting, RelationType.WARNS, DIP.Warning);
    private static final Set<Resource> ACTOR_CLASSES = Set.of(DIP.Person, DIP.State, DIP.Organization);

    static GraphCensus of(ArticleGraph graph) {
        Model m = graph.model();
        Map<RelationType, Integer> relations = new EnumMap<>(RelationType.class);
        ASSERTION_CLASSES.forEach((type, cls) ->
                relations.put(type, m.listSubjectsWithProperty(RDF.type, cls).toList().size()));
        Set<String> actors = new HashSet<>();
        Resource article = m.getResource(graph.graphIri());
        for (RDFNode n : m.listObjectsOfProperty(article, DIP.mentions).toList()) {
            if (!n.isURIResource()) continue;
            Resource r = n.asResource();
            if (ACTOR_CLASSES.stream().anyMatch(c -> r.hasProperty(RDF.type, c))) actors.add(r.getURI());
        }
        return new GraphCensus(relations, actors);
    }
}
