package org.parley.resolve;

import com.neovisionaries.i18n.CountryCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.parley.rdf.DIP;

/**
 * Links the gazetteer's states to their ISO 3166-1 alpha-2 and alpha-3 codes, taken from the
 * nv-i18n library rather than typed by hand. A state gets the code whose names (nv-i18n's, with
 * "Korea, Republic of" also read as "Republic of Korea", and the JDK's English display name, "South
 * Korea") match its label, or failing that one of its other names when that leaves no doubt.
 * Codes ISO only reserves (USSR "SU", Yugoslavia "YU", Zaire "ZR") go to a state no assigned code
 * fits: the historical states; so does the user-assigned "XK" that the EU and others use for
 * Kosovo, which ISO has not coded. Czechoslovakia and East Germany have no code in nv-i18n (ISO
 * gave "CS" to Serbia and Montenegro since), nor has West Germany one of its own: they get none.
 */
public final class IsoCodes {
    private IsoCodes() {}

    /** Adds {@code dip:isoAlpha2} and {@code dip:isoAlpha3} to every state of the gazetteer that has codes. */
    public static void addTo(Model gazetteer) {
        codesByState(gazetteer).forEach((state, code) -> {
            state.addProperty(DIP.isoAlpha2, code.getAlpha2());
            if (code.getAlpha3() != null) state.addProperty(DIP.isoAlpha3, code.getAlpha3());
        });
    }

    /** Each state of the gazetteer that has codes, with them. */
    public static Map<Resource, CountryCode> codesByState(Model gazetteer) {
        List<Resource> states = new ArrayList<>(gazetteer.listSubjectsWithProperty(RDF.type, DIP.State).toList());
        states.sort(Comparator.comparing(Resource::getURI));
        Map<Resource, CountryCode> out = new LinkedHashMap<>();
        for (boolean assigned : new boolean[] {true, false}) {
            Map<String, List<CountryCode>> byName = codesByName(assigned);
            match(states, byName, out, List.of(RDFS.label));
            match(states, byName, out, List.of(RDFS.label, SKOS.altLabel, DIP.acronym));
        }
        return out;
    }

    /** Matches states still without a code to codes still unused, where exactly one code fits. */
    private static void match(List<Resource> states, Map<String, List<CountryCode>> byName, Map<Resource, CountryCode> out,
                              List<org.apache.jena.rdf.model.Property> names) {
        Map<CountryCode, List<Resource>> claims = new LinkedHashMap<>();
        for (Resource state : states) {
            if (out.containsKey(state)) continue;
            List<CountryCode> fits = new ArrayList<>();
            for (org.apache.jena.rdf.model.Property p : names) {
                for (RDFNode n : state.listProperties(p).mapWith(st -> st.getObject()).toList()) {
                    for (CountryCode c : byName.getOrDefault(normal(n.asLiteral().getString()), List.of())) {
                        if (!out.containsValue(c) && !fits.contains(c)) fits.add(c);
                    }
                }
            }
            if (fits.size() == 1) claims.computeIfAbsent(fits.get(0), c -> new ArrayList<>()).add(state);
        }
        claims.forEach((code, claimants) -> {
            if (claimants.size() == 1) out.put(claimants.get(0), code);
        });
    }

    private static Map<String, List<CountryCode>> codesByName(boolean assigned) {
        Map<String, List<CountryCode>> byName = new HashMap<>();
        for (CountryCode c : CountryCode.values()) {
            boolean isAssigned = c.getAssignment() == CountryCode.Assignment.OFFICIALLY_ASSIGNED;
            boolean reservedForAState = c.getAssignment() == CountryCode.Assignment.TRANSITIONALLY_RESERVED
                    || c.getAssignment() == CountryCode.Assignment.EXCEPTIONALLY_RESERVED
                    || c.getAssignment() == CountryCode.Assignment.USER_ASSIGNED && c != CountryCode.UNDEFINED;
            if (assigned ? !isAssigned : !reservedForAState) continue;
            for (String name : namesOf(c)) {
                List<CountryCode> codes = byName.computeIfAbsent(normal(name), k -> new ArrayList<>());
                if (!codes.contains(c)) codes.add(c);
            }
        }
        return byName;
    }

    private static List<String> namesOf(CountryCode c) {
        List<String> names = new ArrayList<>();
        String name = c.getName();
        names.add(name);
        int comma = name.indexOf(", ");
        if (comma > 0) names.add(name.substring(comma + 2) + " " + name.substring(0, comma)); // "Republic of Korea"
        int paren = name.indexOf(" (");
        if (paren > 0 && name.endsWith(")")) {
            names.add(name.substring(0, paren));                                  // "Holy See"
            names.add(name.substring(paren + 2, name.length() - 1));             // "Vatican City State"
        }
        if (c.getAssignment() == CountryCode.Assignment.OFFICIALLY_ASSIGNED) {
            String display = new Locale("", c.getAlpha2()).getDisplayCountry(Locale.ENGLISH);
            if (!display.equals(c.getAlpha2())) names.add(display);
        }
        return names;
    }

    private static String normal(String name) {
        String s = String.join(" ", NameKey.person(name.replace("&", " and ")).tokens());
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
