package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.DIP;
import org.parley.rdf.OntologyResources;

/**
 * States and organizations from {@code ontology/gazetteer.ttl}, looked up by any of their
 * surface forms: names, acronyms, demonyms and capitals.
 */
public final class Gazetteer {

    /** How a surface form names its entry: capitals and demonyms stand for a state in special ways. */
    public enum Form { NAME, DEMONYM, CAPITAL }

    /**
     * @param partOf for a body of a state's government ("the Pentagon"), the state; for an organ of an
     *               international organization ("the European Commission"), the organization; else null
     */
    public record Entry(String iri, EntityKind kind, String label, Entry partOf) {}

    public record Match(Entry entry, Form form) {}

    private final Map<String, Match> byForm = new HashMap<>();
    private final Map<String, Entry> stateByOffice = new HashMap<>();
    private final int longestForm;
    private final PrefixIndex formStarts;

    public Gazetteer(Model gazetteer) {
        int longest = 1;
        Map<String, Entry> parents = new HashMap<>();
        // states first, then organizations, then the organs of organizations ("European Commission"),
        // so that each entry read finds the state or organization it is part of
        for (Resource type : new Resource[] {DIP.State, DIP.Organization}) {
            EntityKind kind = type.equals(DIP.State) ? EntityKind.STATE : EntityKind.ORGANIZATION;
            List<Resource> entries = new ArrayList<>(gazetteer.listSubjectsWithProperty(RDF.type, type).toList());
            entries.sort(Comparator.comparing(r -> isOrgan(r)));
            for (Resource r : entries) {
                Entry e = new Entry(r.getURI(), kind, r.getProperty(RDFS.label).getString(), parentOf(r, parents));
                parents.put(e.iri(), e);
                longest = Math.max(longest, add(r, RDFS.label, e, Form.NAME));
                longest = Math.max(longest, add(r, SKOS.altLabel, e, Form.NAME));
                longest = Math.max(longest, add(r, DIP.acronym, e, Form.NAME));
                longest = Math.max(longest, add(r, DIP.demonym, e, Form.DEMONYM));
                longest = Math.max(longest, add(r, DIP.capital, e, Form.CAPITAL));
                for (RDFNode t : r.listProperties(DIP.officeTitle).mapWith(st -> st.getObject()).toList()) {
                    stateByOffice.put(key(t.asLiteral().getString()).toLowerCase(Locale.ROOT), e);
                }
            }
        }
        this.longestForm = longest;
        this.formStarts = new PrefixIndex(byForm.keySet());
    }

    private static boolean isOrgan(Resource r) {
        Resource parent = r.getPropertyResourceValue(DIP.partOf);
        return parent != null && parent.hasProperty(RDF.type, DIP.Organization);
    }

    private static Entry parentOf(Resource body, Map<String, Entry> parents) {
        Resource parent = body.getPropertyResourceValue(DIP.partOf);
        if (parent == null) return null;
        Entry e = parents.get(parent.getURI());
        if (e == null) throw new IllegalArgumentException("gazetteer: " + body.getURI() + " is dip:partOf " + parent
                + ", which is no dip:State or dip:Organization of the gazetteer");
        return e;
    }

    public static Gazetteer standard() {
        return new Gazetteer(OntologyResources.GAZETTEER.load());
    }

    private int add(Resource r, Property p, Entry e, Form form) {
        int longest = 1;
        for (RDFNode n : r.listProperties(p).mapWith(s -> s.getObject()).toList()) {
            String key = key(n.asLiteral().getString());
            if (key.startsWith("the ")) key = key.substring(4);
            // the first listed wins: a name beats a later demonym or capital of another entry
            byForm.putIfAbsent(key, new Match(e, form));
            longest = Math.max(longest, key.split(" ").length + 2);
        }
        return longest;
    }

    /** The titles that name one state's office ("Secretary of State", "Taoiseach"), lower-cased. */
    public Set<String> officeTitles() {
        return Set.copyOf(stateByOffice.keySet());
    }

    /** Words before an office that make a rank in the same office's department ("Assistant Secretary of State"). */
    private static final Set<String> RANKS = Set.of("assistant", "deputy", "under", "acting", "principal", "senior", "former");

    /**
     * The state whose office a title alone names ("Secretary of State": the United States), if any;
     * also through a rank before it and a portfolio after it ("Assistant Secretary of State for East
     * Asian and Pacific Affairs").
     */
    public Optional<Entry> stateOfOffice(String title) {
        String t = key(title).toLowerCase(Locale.ROOT);
        Entry e = stateByOffice.get(t);
        if (e != null) return Optional.of(e);
        int portfolio = t.indexOf(" for ");
        if (portfolio > 0) t = t.substring(0, portfolio);
        while (t.contains(" ") && RANKS.contains(t.substring(0, t.indexOf(' ')))) t = t.substring(t.indexOf(' ') + 1);
        return Optional.ofNullable(stateByOffice.get(t));
    }

    /** Looks up a surface form as written (case matters for acronyms and names, so "US" is not "us"). */
    public Optional<Match> lookup(String surface) {
        return Optional.ofNullable(byForm.get(key(surface)));
    }

    /**
     * Whether some surface form starts with this word (a token, so no whitespace in it): when not, no
     * span that starts with the word is in the gazetteer, as its key starts with the word's key.
     */
    public boolean mayStartForm(String word) {
        for (int i = 0; i < word.length(); i++) {
            // whitespace would be collapsed or stripped: the key of a longer span need not start with the word's
            if (Character.isWhitespace(word.charAt(i)) || isRegexSpace(word.charAt(i))) return true;
        }
        return formStarts.anyStartsWith(key(word));
    }

    /** The most tokens a surface form can span. */
    public int longestForm() { return longestForm; }

    /**
     * The form a surface is looked up by: curly quotes made straight, each run of whitespace one space,
     * none at the ends. Called for every candidate span of every sentence, so it is a plain loop over
     * the characters rather than {@code replaceAll("\\s+", " ")}, which compiles its regex on each call.
     */
    static String key(String surface) {
        if (!needsNormalizing(surface)) return surface.strip();
        StringBuilder b = new StringBuilder(surface.length());
        boolean afterSpace = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (isRegexSpace(c)) {
                if (!afterSpace) b.append(' ');
                afterSpace = true;
            } else {
                b.append(isCurlyQuote(c) ? '\'' : c);
                afterSpace = false;
            }
        }
        return b.toString().strip();
    }

    /** Whether a curly quote, a whitespace other than a space, or two whitespaces in a row occur. */
    private static boolean needsNormalizing(String surface) {
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (isCurlyQuote(c)) return true;
            if (isRegexSpace(c) && (c != ' ' || i > 0 && isRegexSpace(surface.charAt(i - 1)))) return true;
        }
        return false;
    }

    private static boolean isCurlyQuote(char c) {
        return c == '\u2019' || c == '\u2018';
    }

    /** The characters of the regex class {@code \s}: the keys have always collapsed these, not all of Unicode's spaces. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
