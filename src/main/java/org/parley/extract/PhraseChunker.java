package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Groups a sentence's resolved mentions into noun phrases: "Iran's Foreign Minister Abbas Araghchi"
 * is one phrase about Araghchi, with the office "Foreign Minister" of Iran; "Ali Khamenei, the
 * supreme leader of Iran," is one phrase about Khamenei with the office in apposition; "the Turkish
 * foreign minister" is a description to be resolved to a person named elsewhere.
 */
final class PhraseChunker {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "whose");
    private static final Set<String> OF_WORDS = Set.of("of", "for", "to", "at");
    /** Nouns after a state that stand for the state itself ("the US delegation", "the Lebanese government"). */
    static final Set<String> STATE_GROUP_NOUNS = Set.of("delegation", "delegations", "team", "side", "government",
            "authorities", "leadership", "officials", "diplomats", "negotiators", "regime");

    List<Phrase> chunk(SentenceRefs s) {
        List<Phrase> out = new ArrayList<>();
        List<Ref> refs = s.refs;
        int r = 0;
        while (r < refs.size()) {
            Ref ref = refs.get(r);
            if (ref.isEvent() || ref.kind() == EntityKind.PLACE) {
                out.add(new Phrase(ref.start(), ref.end(), ref.key(), ref.kind(), null, null, false));
                r++;
                continue;
            }
            int consumed = personPhrase(s, r, out);
            if (consumed == 0) consumed = 1;
            r += consumed;
        }
        return out;
    }

    /**
     * Reads one actor phrase starting at refs[r] and returns how many refs it used.
     * Shapes: [OWNER ['s]] [adj] TITLE+ [,] PERSON | [OWNER ['s]] TITLE (description) | OWNER ['s] ORG |
     * PERSON [, [the] [OWNER] TITLE [of OWNER],] | OWNER.
     */
    private int personPhrase(SentenceRefs s, int r, List<Phrase> out) {
        List<Ref> refs = s.refs;
        Ref first = refs.get(r);
        int i = r;
        String owner = null;
        int start = first.start();
        if (first.isActor() && first.kind() != EntityKind.PERSON) {
            // OWNER ['s] followed by a title, an organization, or a person
            Ref next = i + 1 < refs.size() ? refs.get(i + 1) : null;
            int gapStart = first.end();
            if (next != null && (next.isTitle() || next.kind() == EntityKind.ORGANIZATION || next.kind() == EntityKind.PERSON)
                    && onlyModifiersBetween(s, gapStart, next.start(), true)) {
                owner = first.key();
                i++;
            } else {
                int end = first.end();
                // "the US delegation", "the Lebanese government": the state itself
                if (end < s.tokens().size() && STATE_GROUP_NOUNS.contains(s.word(end))) end++;
                out.add(new Phrase(start, end, first.key(), first.kind(), null, null, false));
                return 1;
            }
        }
        Ref cur = refs.get(i);
        if (cur.kind() == EntityKind.ORGANIZATION && owner != null) {
            out.add(new Phrase(start, cur.end(), cur.key(), EntityKind.ORGANIZATION, owner, null, false));
            return i - r + 1;
        }
        // titles, possibly several joined by "and" or commas ("Crown Prince and Prime Minister")
        StringBuilder title = null;
        int j = i;
        while (j < refs.size() && (refs.get(j).isTitle())) {
            Ref t = refs.get(j);
            if (t.mention().type() == Mention.Type.TITLE) {
                if (title == null) title = new StringBuilder(t.mention().text());
            }
            Ref nxt = j + 1 < refs.size() ? refs.get(j + 1) : null;
            if (nxt != null && nxt.isTitle() && onlyTitleGlue(s, t.end(), nxt.start())) {
                j++;
                continue;
            }
            j++;
            break;
        }
        if (j > i) {
            Ref afterTitles = j < refs.size() ? refs.get(j) : null;
            int titleEnd = refs.get(j - 1).end();
            String ownerHere = owner;
            // "head of the IAEA, Rafael Grossi": the owner after the title
            int k = j;
            if (ownerHere == null && afterTitles != null && afterTitles.isActor() && afterTitles.kind() != EntityKind.PERSON
                    && OF_WORDS.contains(s.word(titleEnd)) && !s.word(titleEnd).equals("to")
                    && onlyModifiersBetween(s, titleEnd + 1, afterTitles.start(), true)) {
                ownerHere = afterTitles.key();
                titleEnd = afterTitles.end();
                k = j + 1;
                // "of Iran's Supreme National Security Council": the state owns the body
                if (k < refs.size() && refs.get(k).kind() == EntityKind.ORGANIZATION
                        && onlyModifiersBetween(s, afterTitles.end(), refs.get(k).start(), true)) {
                    titleEnd = refs.get(k).end();
                    k++;
                }
                afterTitles = k < refs.size() ? refs.get(k) : null;
            }
            if (afterTitles != null && afterTitles.kind() == EntityKind.PERSON
                    && (afterTitles.start() == titleEnd || apposition(s, titleEnd, afterTitles.start()))) {
                out.add(new Phrase(start, afterTitles.end(), afterTitles.key(), EntityKind.PERSON, ownerHere,
                        title == null ? null : title.toString(), false));
                return k - r + 1;
            }
            // a title with no name: a description, resolved to a person later
            if (title != null && (owner != null || ownerHere != null || definite(s, refs.get(i).start()))) {
                int descStart = owner != null ? start : refs.get(i).start();
                out.add(new Phrase(descStart, titleEnd, null, EntityKind.PERSON, ownerHere, title.toString(), true));
                return k - r;
            }
            if (owner != null) out.add(new Phrase(first.start(), first.end(), first.key(), first.kind(), null, null, false));
            return Math.max(1, j - r);
        }
        if (cur.kind() == EntityKind.PERSON) {
            if (owner != null) {
                // "Zarif's deputies, X" is handled as apposition below; "Iran's X" alone gives no office
                out.add(new Phrase(first.start(), first.end(), first.key(), first.kind(), null, null, false));
                return i - r;
            }
            return personWithApposition(s, i, out) - r;
        }
        if (cur.isActor()) {
            out.add(new Phrase(cur.start(), cur.end(), cur.key(), cur.kind(), null, null, false));
        }
        return i - r + 1;
    }

    /** "Ali Khamenei, the supreme leader of Iran," / "Tahir Andrabi, the Foreign Office spokesperson". Returns the next ref index. */
    private int personWithApposition(SentenceRefs s, int i, List<Phrase> out) {
        List<Ref> refs = s.refs;
        Ref person = refs.get(i);
        int k = i + 1;
        if (person.end() < s.tokens().size() && s.word(person.end()).equals(",")) {
            // optional owner before the title, then titles, then optional "of OWNER"
            String owner = null;
            int t = k;
            if (t < refs.size() && refs.get(t).isActor() && refs.get(t).kind() != EntityKind.PERSON
                    && onlyModifiersBetween(s, person.end() + 1, refs.get(t).start(), true)
                    && t + 1 < refs.size() && refs.get(t + 1).isTitle()) {
                owner = refs.get(t).key();
                t++;
            }
            if (t < refs.size() && refs.get(t).isTitle() && refs.get(t).mention().type() == Mention.Type.TITLE
                    && onlyModifiersBetween(s, owner == null ? person.end() + 1 : refs.get(t - 1).end(), refs.get(t).start(), true)) {
                String title = refs.get(t).mention().text();
                int end = refs.get(t).end();
                int u = t + 1;
                while (u < refs.size() && refs.get(u).isTitle() && onlyTitleGlue(s, refs.get(u - 1).end(), refs.get(u).start())) {
                    end = refs.get(u).end();
                    u++;
                }
                if (owner == null && u < refs.size() && refs.get(u).isActor() && refs.get(u).kind() != EntityKind.PERSON
                        && OF_WORDS.contains(s.word(end)) && onlyModifiersBetween(s, end + 1, refs.get(u).start(), true)) {
                    owner = refs.get(u).key();
                    end = refs.get(u).end();
                    u++;
                    if (u < refs.size() && refs.get(u).kind() == EntityKind.ORGANIZATION
                            && onlyModifiersBetween(s, refs.get(u - 1).end(), refs.get(u).start(), true)) {
                        end = refs.get(u).end();
                        u++;
                    }
                }
                out.add(new Phrase(person.start(), end, person.key(), EntityKind.PERSON, owner, title, false));
                return u;
            }
        }
        out.add(new Phrase(person.start(), person.end(), person.key(), EntityKind.PERSON, null, null, false));
        return k;
    }

    private static boolean definite(SentenceRefs s, int titleStart) {
        for (int k = titleStart - 1; k >= 0 && k >= titleStart - 3; k--) {
            String w = s.word(k);
            if (DETERMINERS.contains(w)) return true;
            if (!s.tokens().get(k).pos().startsWith("JJ")) return false;
        }
        return false;
    }

    /** Between an owner and what it owns: "'s", adjectives, determiners, hyphens. */
    static boolean onlyModifiersBetween(SentenceRefs s, int from, int to, boolean allowPossessive) {
        for (int k = from; k < to; k++) {
            String w = s.word(k).replace('\u2019', '\'').replace('\u2018', '\'');
            String pos = s.tokens().get(k).pos();
            if (allowPossessive && w.equals("'s")) continue;
            if (DETERMINERS.contains(w) || pos.startsWith("JJ") || w.equals("-")) continue;
            if (pos.startsWith("NN") && !s.tokens().get(k).isCapitalized() && !w.equals(",")) continue;
            return false;
        }
        return true;
    }

    private static boolean onlyTitleGlue(SentenceRefs s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (w.equals("and") || w.equals(",") || w.equals("&") || s.tokens().get(k).pos().startsWith("JJ")) continue;
            return false;
        }
        return true;
    }

    /** "The Iranian President, Masoud Pezeshkian" / "Field Marshal Syed Asim Munir": a comma and nothing else, or "[", "]". */
    private static boolean apposition(SentenceRefs s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (!(w.equals(",") || w.equals("[") || w.equals("]"))) return false;
        }
        return true;
    }
}
