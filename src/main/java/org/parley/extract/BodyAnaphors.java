package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.nlp.Sentence;
import org.parley.nlp.Token;

/**
 * Definite descriptions of states and organizations, resolved to the one named last: "NATO ...
 * the alliance's expansion", "ASEAN ... the regional bloc invited", "Haiti ... the country's prime
 * minister", "Qatar ... the Gulf state", "M23 rebels ... warned the rebels". Reads one sentence at a
 * time, in article order, and remembers the last state, the last international organization or
 * group named, the last group the text called rebels, guerrillas or militants, and the last state
 * whose government it named ("the Colombian government ... warned the government").
 *
 * <p>A description must be "the", at most two modifiers that are not names of their own
 * ("regional", "militant", "Gulf", "Pacific island") and the noun; "the group of 20" and "the
 * group Hamas" name something else, and plurals ("the two countries") are no one actor.
 */
final class BodyAnaphors {
    static final Set<String> STATE_NOUNS = Set.of("country", "nation", "kingdom", "republic", "emirate", "sultanate",
            "monarchy", "archipelago");
    /** Nouns for an armed group's members, which stand for the group the text last called by one of them. */
    static final Set<String> FIGHTER_NOUNS = Set.of("rebels", "guerrillas", "militants", "insurgents", "fighters");
    private static final Set<String> FIGHTER_WORDS = Set.of("rebel", "rebels", "guerrilla", "guerrillas", "militant",
            "militants", "insurgent", "insurgents", "fighters", "militia");
    /** "the government": the state whose government the text last named as such ("the Colombian government"). */
    private static final Set<String> GOVERNMENT_NOUNS = Set.of("government", "administration");
    /** Heads of names of groups and blocs, as opposed to bodies of a government. */
    private static final Set<String> GROUP_HEADS = Set.of("movement", "front", "alliance", "coalition", "party", "league",
            "union", "group", "association", "federation", "brigade", "brigades", "organization", "organisation", "bloc");
    private static final int MAX_MODIFIERS = 2;

    private final EntityTable table;
    private String lastOrganization;
    private String lastState;
    private String lastArmedGroup;
    private String lastGovernment;
    private String lastMinistry;

    BodyAnaphors(EntityTable table) {
        this.table = table;
    }

    /** Adds the sentence's descriptions to its refs, then remembers what the sentence named last. */
    void resolve(Sentence s, List<Ref> refs) {
        List<Token> t = s.tokens();
        List<Ref> found = new ArrayList<>();
        String org = lastOrganization;
        String state = lastState;
        String armed = lastArmedGroup;
        String government = lastGovernment;
        String ministry = lastMinistry;
        int next = 0;
        for (int k = 0; k < t.size(); k++) {
            while (next < refs.size() && refs.get(next).end() <= k) {
                Ref r = refs.get(next++);
                if (isGroupOrBloc(r)) org = r.key();
                if (isGroupOrBloc(r) && calledFighters(t, r)) armed = r.key();
                if (r.kind() == EntityKind.STATE && r.key() != null) state = r.key();
                if (r.kind() == EntityKind.STATE && r.key() != null && governmentAfter(t, r)) government = r.key();
                if (isMinistry(r)) ministry = r.key();
            }
            if (!t.get(k).text().equalsIgnoreCase("the")) continue;
            int ministryEnd = ministryAfter(t, k, ministry);
            if (ministryEnd > 0) {
                Mention m = new Mention(k, ministryEnd, Mention.Type.ANAPHOR, s.span(k, ministryEnd), null);
                found.add(new Ref(k, ministryEnd, ministry, EntityKind.ORGANIZATION, m));
                k = ministryEnd - 1;
                continue;
            }
            int noun = nounAfter(t, k, refs);
            if (noun < 0) continue;
            String word = t.get(noun).text();
            boolean fighters = FIGHTER_NOUNS.contains(word);
            if (GOVERNMENT_NOUNS.contains(word)) {
                // only a bare "the government": "the military government", "the government forces" are others
                if (noun != k + 1 || government == null || noun + 1 < t.size()
                        && (t.get(noun + 1).pos().startsWith("NN") || t.get(noun + 1).text().equals("of"))) continue;
                Mention m = new Mention(k, noun + 1, Mention.Type.ANAPHOR, s.span(k, noun + 1), null);
                found.add(new Ref(k, noun + 1, government, EntityKind.STATE, m));
                k = noun;
                continue;
            }
            boolean orgNoun = MentionFinder.ORGANIZATION_NOUNS.contains(word) || fighters;
            if (noun + 1 < t.size() && t.get(noun + 1).pos().startsWith("NN") && !orgNoun) continue; // "the country director"
            String key = fighters ? armed : orgNoun ? org : state;
            if (key == null) continue;
            if (noun + 1 < t.size() && (t.get(noun + 1).text().equals("of") || t.get(noun + 1).isCapitalized())) continue;
            Mention m = new Mention(k, noun + 1, Mention.Type.ANAPHOR, s.span(k, noun + 1), null);
            found.add(new Ref(k, noun + 1, key, orgNoun ? EntityKind.ORGANIZATION : EntityKind.STATE, m));
            k = noun;
        }
        for (Ref r : refs) {
            if (r.kind() == EntityKind.STATE && r.key() != null && governmentAfter(t, r)) lastGovernment = r.key();
            if (isGroupOrBloc(r) && calledFighters(t, r)) lastArmedGroup = r.key();
            if (isGroupOrBloc(r)) lastOrganization = r.key();
            if (isMinistry(r)) lastMinistry = r.key();
            if (r.kind() == EntityKind.STATE && r.key() != null && r.mention().type() != Mention.Type.ANAPHOR) lastState = r.key();
        }
        refs.addAll(found);
        refs.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    /** A ministry the text names ("the Ministry of External Affairs", "Egypt's foreign ministry"), which "the ministry" may later mean. */
    private static boolean isMinistry(Ref r) {
        return r.kind() == EntityKind.ORGANIZATION && r.key() != null && r.mention().type() != Mention.Type.ANAPHOR
                && r.mention().text().toLowerCase(Locale.ROOT).contains("ministry");
    }

    /**
     * "the ministry", "the foreign ministry" after a ministry was named: the end of the description, or
     * -1. A modifier must be a word of the ministry's own name; "the ministry of X" names another.
     */
    private int ministryAfter(List<Token> t, int k, String ministry) {
        if (ministry == null) return -1;
        int noun = k + 1;
        if (noun < t.size() && !t.get(noun).text().equalsIgnoreCase("ministry")) noun++;
        if (noun >= t.size() || !t.get(noun).text().equalsIgnoreCase("ministry")) return -1;
        if (noun == k + 2 && !table.label(ministry).toLowerCase(Locale.ROOT).contains(t.get(k + 1).text().toLowerCase(Locale.ROOT))) return -1;
        if (noun + 1 < t.size() && (t.get(noun + 1).text().equals("of") || t.get(noun + 1).isCapitalized()
                || t.get(noun + 1).pos().startsWith("NN"))) return -1;
        return noun + 1;
    }

    /** The organization or state noun of a description starting with "the" at k, or -1. */
    private static int nounAfter(List<Token> t, int k, List<Ref> refs) {
        int modifiers = 0;
        for (int j = k + 1; j < t.size() && modifiers <= MAX_MODIFIERS; j++) {
            if (covered(refs, j)) return -1;
            String w = t.get(j).text();
            // "the six-nation bloc": a hyphenated compound is one modifier
            if (w.equals("-") && j > k + 1 && j + 1 < t.size() && t.get(j - 1).end() == t.get(j).start()
                    && t.get(j).end() == t.get(j + 1).start()) {
                j++;
                continue;
            }
            modifiers++;
            String lower = w.toLowerCase(Locale.ROOT);
            if (w.equals(lower) && (MentionFinder.ORGANIZATION_NOUNS.contains(w) || STATE_NOUNS.contains(w) || FIGHTER_NOUNS.contains(w)
                    || GOVERNMENT_NOUNS.contains(w))) return j;
            // "the Gulf state", "the Baltic state": not "the state", nor "the state media"
            if (w.equals("state") && j > k + 1 && !(j + 1 < t.size() && t.get(j + 1).pos().startsWith("NN"))) return j;
            String pos = t.get(j).pos();
            boolean modifier = pos.startsWith("JJ") || pos.startsWith("NN") && !pos.endsWith("S") || pos.equals("VBN") || pos.equals("CD");
            if (!modifier) return -1;
        }
        return -1;
    }

    /**
     * "M23 rebels", "the rebel group M23", "ELN guerrillas", "the AFC/M23 rebel coalition": a group the
     * text itself calls fighters, within two words of its name, which "the rebels" may later mean.
     */
    private static boolean calledFighters(List<Token> t, Ref r) {
        for (int k = Math.max(0, r.start() - 2); k < Math.min(t.size(), r.end() + 2); k++) {
            if (FIGHTER_WORDS.contains(t.get(k).text().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    /** "the Colombian government", "Colombia's government", "the Biden administration" is no case: a state's. */
    private static boolean governmentAfter(List<Token> t, Ref r) {
        int k = r.end();
        if (k < t.size() && MentionFinder.isPossessive(t.get(k).text())) k++;
        return k < t.size() && GOVERNMENT_NOUNS.contains(t.get(k).text().toLowerCase(Locale.ROOT));
    }

    /** Whether an actor or event mention covers the token: a region ("the Gulf state") is a modifier. */
    private static boolean covered(List<Ref> refs, int token) {
        for (Ref r : refs) if (r.start() <= token && token < r.end() && r.kind() != null && r.kind() != EntityKind.PLACE) return true;
        return false;
    }

    /** An international organization or a group, which "the alliance" or "the group" may mean. */
    private boolean isGroupOrBloc(Ref r) {
        if (r.kind() != EntityKind.ORGANIZATION || r.key() == null || table.owner(r.key()) != null
                || r.mention().type() == Mention.Type.ANAPHOR) return false;
        if (r.key().startsWith("http")) return true;
        // a group the text names ("the South Sudan Opposition Movements Alliance"), but not a body of
        // some government ("the Foreign Ministry", "the National Assembly")
        String[] words = r.mention().text().toLowerCase(Locale.ROOT).split(" ");
        return GROUP_HEADS.contains(words[words.length - 1]);
    }
}
