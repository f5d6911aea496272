package org.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.nlp.Token;

/**
 * Groups a sentence's resolved mentions into noun phrases: "Iran's Foreign Minister Abbas Araghchi"
 * is one phrase about Araghchi, with the office "Foreign Minister" of Iran; "Ali Khamenei, the
 * supreme leader of Iran," is one phrase about Khamenei with the office in apposition; "the Turkish
 * foreign minister" is a description to be resolved to a person named elsewhere.
 */
final class PhraseChunker {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our", "whose");
    /** Nouns after a state that stand for the state itself ("the US delegation", "the Lebanese government"). */
    static final Set<String> STATE_GROUP_NOUNS = Set.of("delegation", "delegations", "team", "side", "government",
            "authorities", "leadership", "officials", "diplomats", "negotiators", "regime", "leaders", "junta");

    /** What an office phrase found after a title: its owner and where it ends. */
    private record Office(String owner, String title, int end, int nextRef) {}

    List<Phrase> chunk(SentenceRefs s) {
        List<Phrase> out = new ArrayList<>();
        int r = 0;
        while (r < s.refs.size()) {
            Ref ref = s.refs.get(r);
            if (ref.isEvent() || ref.kind() == EntityKind.PLACE) {
                out.add(new Phrase(ref.start(), ref.end(), ref.key(), ref.kind(), null, null, false));
                r++;
                continue;
            }
            r = Math.max(r + 1, actorPhrase(s, r, out));
        }
        inheritAcrossCoordination(s, out);
        pairListedOwners(s, out);
        return out;
    }

    /** Whether refs[r] is a state's possessive, then a demonym and an envoy's title: "Pakistan's Afghan envoy". */
    private static boolean postedDemonymAfter(SentenceRefs s, int r) {
        List<Ref> refs = s.refs;
        if (r + 2 >= refs.size()) return false;
        Ref state = refs.get(r), demonym = refs.get(r + 1), title = refs.get(r + 2);
        return state.kind() == EntityKind.STATE && state.end() < s.tokens().size() && MentionFinder.isPossessive(s.word(state.end()))
                && demonym.start() == state.end() + 1 && demonym.kind() == EntityKind.STATE && demonym.mention().gaz() != null
                && demonym.mention().gaz().form() == Gazetteer.Form.DEMONYM && !demonym.key().equals(state.key())
                && title.isTitle() && title.start() == demonym.end() && TitleClass.of(title.mention().text()).equals("envoy");
    }

    /** Reads one actor phrase starting at refs[r]; returns the index of the next unread ref. */
    private int actorPhrase(SentenceRefs s, int r, List<Phrase> out) {
        List<Ref> refs = s.refs;
        Ref first = refs.get(r);
        int i = r;
        String owner = null;
        boolean mediaOwner = false;
        Ref next = r + 1 < refs.size() ? refs.get(r + 1) : null;
        boolean ownsNext = next != null && onlyModifiersBetween(s, first.end(), next.start());
        if (first.mention().type() == Mention.Type.MEDIA) {
            // "IRNA's CEO X": staff of a news outlet hold no office of a state
            if (!(ownsNext && next.isTitle())) return r + 1;
            mediaOwner = true;
            i++;
        } else if (first.isActor() && first.kind() != EntityKind.PERSON) {
            if (postedDemonymAfter(s, r)) {
                // "Pakistan's Afghan envoy X": Pakistan's envoy, posted to Afghanistan
                owner = first.key();
                i += 2;
            } else if (ownsNext && (next.isTitle() || next.kind() == EntityKind.ORGANIZATION || next.kind() == EntityKind.PERSON)) {
                owner = first.key();
                i++;
            } else {
                int end = first.end();
                // "the US delegation", "the Lebanese government", "Sudan's army-led government": the state itself
                if (end < s.tokens().size() && STATE_GROUP_NOUNS.contains(s.word(end))) end++;
                else if (MentionFinder.isPossessive(s.word(end)) && first.kind() == EntityKind.STATE) end = possessedGroupEnd(s, end);
                else if (first.kind() == EntityKind.ORGANIZATION) end = describedAsOrganizationEnd(s, end);
                out.add(new Phrase(first.start(), end, first.key(), first.kind(), null, null, false));
                return r + 1;
            }
        } else if (first.kind() == EntityKind.PERSON && next != null && next.isTitle() && first.end() < s.tokens().size()
                && MentionFinder.isPossessive(s.tokens().get(first.end()).text()) && next.start() == first.end() + 1) {
            // "Zarif's deputies, X": the deputies act for whom Zarif acts for
            owner = first.key();
            i++;
        }
        Ref cur = refs.get(i);
        // "his counterpart X" holds the same office for the other side: no owner from the pronoun
        if (owner == null && cur.isTitle() && !TitleClass.of(cur.mention().text()).equals("*")) {
            owner = pronounOwner(s, cur.start(), out);
        }
        // "Britain's UN ambassador, X", "India's Brics sherpa X": an international organization between a
        // state and a title is where the post is, not whose office it is
        if (cur.kind() == EntityKind.ORGANIZATION && owner != null && isInternational(cur) && i + 1 < refs.size()
                && refs.get(i + 1).isTitle() && onlyModifiersBetween(s, cur.end(), refs.get(i + 1).start())) {
            i++;
            cur = refs.get(i);
        }
        if (cur.kind() == EntityKind.ORGANIZATION && owner != null) {
            out.add(new Phrase(first.start(), cur.end(), cur.key(), EntityKind.ORGANIZATION, owner, null, false));
            return i + 1;
        }
        if (cur.isTitle()) {
            int j = i;
            String title = cur.mention().text();
            while (j + 1 < refs.size() && refs.get(j + 1).isTitle() && onlyTitleGlue(s, refs.get(j).end(), refs.get(j + 1).start())) j++;
            Office office = officeAfterTitle(s, j + 1, refs.get(j), owner);
            Ref person = office.nextRef() < refs.size() ? refs.get(office.nextRef()) : null;
            // (a name after a comma that owns what follows, "..., Zelenskyy's office said", holds no office here)
            if (person != null && person.kind() == EntityKind.PERSON
                    && (person.start() == office.end() || apposition(s, office.end(), person.start()) && !possessor(s, person))) {
                Phrase p = new Phrase(first.start(), person.end(), person.key(), EntityKind.PERSON,
                        mediaOwner ? null : office.owner(), mediaOwner ? null : title, false);
                return withApposition(s, office.nextRef(), p, out);
            }
            if (!mediaOwner && (office.owner() != null || definite(s, cur.start()))) {
                int start = owner != null ? first.start() : cur.start();
                out.add(new Phrase(start, office.end(), null, EntityKind.PERSON, office.owner(), title, true));
                return office.nextRef();
            }
            if (owner != null) out.add(new Phrase(first.start(), first.end(), first.key(), first.kind(), null, null, false));
            return j + 1;
        }
        if (cur.kind() == EntityKind.PERSON) {
            // "China's Xi Jinping": a state's person, with no office named; "Indonesian businessman X" is only a nationality
            boolean possessive = owner != null && cur.start() == first.end() + 1
                    && MentionFinder.isPossessive(s.tokens().get(first.end()).text()) && !first.key().equals(cur.key());
            if (owner != null && !possessive) out.add(new Phrase(first.start(), first.end(), first.key(), first.kind(), null, null, false));
            Phrase p = new Phrase(possessive ? first.start() : cur.start(), cur.end(), cur.key(), EntityKind.PERSON,
                    possessive ? owner : null, possessive ? "" : null, false);
            return withApposition(s, i, p, out);
        }
        if (owner != null) out.add(new Phrase(first.start(), first.end(), first.key(), first.kind(), null, null, false));
        if (cur.isActor() && cur != first) out.add(new Phrase(cur.start(), cur.end(), cur.key(), cur.kind(), null, null, false));
        return i + 1;
    }

    /** An international organization or group from the gazetteer: no state's body. */
    private static boolean isInternational(Ref r) {
        return r.key() != null && r.key().startsWith("http") && r.mention().gaz() != null && r.mention().gaz().entry().partOf() == null;
    }

    /** Past "rebel group" in "the M23 rebel group", "the Houthi movement": what the organization is, or {@code end}. */
    private static int describedAsOrganizationEnd(SentenceRefs s, int end) {
        for (int j = end; j < s.tokens().size() && j < end + 3; j++) {
            Token t = s.tokens().get(j);
            if (t.isCapitalized() || !(t.pos().startsWith("NN") || t.pos().startsWith("JJ"))) return end;
            if (MentionFinder.ORGANIZATION_NOUNS.contains(t.text())) return j + 1;
        }
        return end;
    }

    /** Past "'s army-led government", "'s new leadership" after a state, or {@code possessive} where no group noun follows. */
    private static int possessedGroupEnd(SentenceRefs s, int possessive) {
        int j = possessive + 1;
        while (j < s.tokens().size() && j < possessive + 5 && !STATE_GROUP_NOUNS.contains(s.word(j))) {
            String pos = s.tokens().get(j).pos();
            // a verb only as the second half of a compound: "army-led", "Iran-backed"
            boolean modifier = s.word(j).equals("-") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("RB")
                    || pos.startsWith("VB") && s.word(j - 1).equals("-");
            if (!modifier || s.tokens().get(j).isCapitalized()) return possessive;
            j++;
        }
        return j < s.tokens().size() && STATE_GROUP_NOUNS.contains(s.word(j)) ? j + 1 : possessive;
    }

    /**
     * "Abiy Ahmed sent his adviser, X", "the ministry and its spokesperson": an office after a
     * possessive pronoun is of the person ("his", "her") or the state or body ("its", "their")
     * the sentence named last before it, or after "whose" of the actor the clause hangs on; null when
     * there is none or no such pronoun.
     */
    private static String pronounOwner(SentenceRefs s, int titleStart, List<Phrase> before) {
        // "its commission chairperson", "its executive secretary", "their chief negotiator": past the
        // lower-case nouns and adjectives that name the office's body or rank
        int body = titleStart;
        while (body > 1 && body > titleStart - 2 && (s.tokens().get(body - 1).pos().startsWith("NN")
                || s.tokens().get(body - 1).pos().startsWith("JJ")) && !s.tokens().get(body - 1).isCapitalized()) body--;
        if (body < titleStart && POSSESSIVE_PRONOUNS.contains(s.word(body - 1))) titleStart = body;
        if (titleStart == 0) return null;
        String w = s.word(titleStart - 1);
        if (w.equals("whose")) return relativeOwner(s, titleStart - 1, before);
        boolean person = w.equals("his") || w.equals("her");
        if (!person && !w.equals("its") && !w.equals("their")) return null;
        for (int k = before.size() - 1; k >= 0; k--) {
            Phrase p = before.get(k);
            if (p.head() == null || p.end() > titleStart) continue;
            boolean fits = person ? p.kind() == EntityKind.PERSON
                    : p.kind() == EntityKind.STATE || p.kind() == EntityKind.ORGANIZATION;
            if (fits) return p.head();
        }
        return null;
    }

    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their");
    /** "the agency, whose chief X", "Ruto, whose spokesman X": the actor the relative clause hangs on. */
    private static String relativeOwner(SentenceRefs s, int whose, List<Phrase> before) {
        if (whose == 0 || !s.word(whose - 1).equals(",") || before.isEmpty()) return null;
        Phrase last = before.get(before.size() - 1);
        return last.head() != null && last.end() == whose - 1 && last.kind() != EntityKind.PLACE && last.kind() != EntityKind.EVENT
                ? last.head() : null;
    }

    /**
     * After a title: "to Jordan" (the post, not the owner), "to Iran's president" (whose assistant),
     * "of the IAEA", "of Iran's Supreme National Security Council" (the owner and its body).
     */
    private Office officeAfterTitle(SentenceRefs s, int k, Ref lastTitle, String owner) {
        List<Ref> refs = s.refs;
        int titleEnd = lastTitle.end();
        int portfolioEnd = portfolioEnd(s, titleEnd);
        if (portfolioEnd > titleEnd) {
            int next = k;
            while (next < refs.size() && refs.get(next).start() < portfolioEnd) next++;
            return new Office(owner, null, portfolioEnd, next);
        }
        Ref x = k < refs.size() ? refs.get(k) : null;
        if (x == null) return new Office(owner, null, titleEnd, k);
        String w = s.word(titleEnd);
        boolean posting = TitleClass.isPostedTo(lastTitle.mention().text());
        if (posting && w.equals("in") && x.kind() == EntityKind.PLACE && onlyModifiersBetween(s, titleEnd + 1, x.start())) {
            return new Office(owner, null, x.end(), k + 1); // "Japan's ambassador in Seoul": where the post is
        }
        // "special envoy for Sudan", "senior advisor for Africa": what an envoy is "for" is the post, not whose envoy
        boolean postedFor = w.equals("for") && (x.kind() == EntityKind.STATE || x.kind() == EntityKind.PLACE)
                && TitleClass.isPostedFor(lastTitle.mention().text());
        if (postedFor && onlyModifiersBetween(s, titleEnd + 1, x.start())) return new Office(owner, null, x.end(), k + 1);
        if (!x.isActor() || x.kind() == EntityKind.PERSON) return new Office(owner, null, titleEnd, k);
        boolean inBody = w.equals("in") && (x.kind() == EntityKind.ORGANIZATION
                || k + 1 < refs.size() && refs.get(k + 1).kind() == EntityKind.ORGANIZATION); // "an official in Indonesia's Foreign Ministry"
        // "invited the leaders to Accra": only a posting's holder is "to" a place, or "in" it ("Japan's ambassador in Seoul")
        boolean postedWhere = w.equals("to") || w.equals("in") && !inBody && x.kind() == EntityKind.STATE;
        if (posting && postedWhere && onlyModifiersBetween(s, titleEnd + 1, x.start())) {
            Ref after = k + 1 < refs.size() ? refs.get(k + 1) : null;
            boolean possessive = x.end() < s.tokens().size() && MentionFinder.isPossessive(s.tokens().get(x.end()).text());
            boolean demonym = x.mention().gaz() != null && x.mention().gaz().form() == Gazetteer.Form.DEMONYM;
            // "assistant to Iran's president", "adviser to the Kenyan president": whose adviser
            if (after != null && after.isTitle() && (possessive || demonym && after.start() == x.end())) {
                return new Office(owner != null ? owner : x.key(), null, after.end(), k + 2);
            }
            return new Office(owner, null, x.end(), k + 1);
        }
        if ((w.equals("of") || w.equals("for") || inBody) && onlyModifiersBetween(s, titleEnd + 1, x.start())) {
            // "the Bahraini secretary general of the GCC": the organization named after the title wins
            String o = owner == null || x.kind() == EntityKind.ORGANIZATION ? x.key() : owner;
            int end = x.end();
            int nextRef = k + 1;
            if (nextRef < refs.size() && refs.get(nextRef).kind() == EntityKind.ORGANIZATION
                    && onlyModifiersBetween(s, x.end(), refs.get(nextRef).start())) {
                o = refs.get(nextRef).key();
                end = refs.get(nextRef).end();
                nextRef++;
            }
            // "Special Representative of the State Department for Afghanistan": whose envoy, then the post
            if (nextRef < refs.size() && s.word(end).equals("for") && refs.get(nextRef).kind() == EntityKind.STATE
                    && refs.get(nextRef).start() == end + 1 && TitleClass.isPostedFor(lastTitle.mention().text())) {
                end = refs.get(nextRef).end();
                nextRef++;
            }
            return overRestatement(s, new Office(o, null, end, nextRef), refs.get(nextRef - 1).key());
        }
        return new Office(owner, null, titleEnd, k);
    }

    /**
     * "head of the Atomic Energy Organization of Iran (AEOI), X": a name in brackets that restates the
     * actor just named belongs to the office phrase, so the person after it is still in apposition.
     */
    private static Office overRestatement(SentenceRefs s, Office office, String restated) {
        int k = office.nextRef();
        if (k >= s.refs.size()) return office;
        Ref r = s.refs.get(k);
        boolean bracketed = r.start() == office.end() + 1 && s.word(office.end()).equals("(")
                && r.end() < s.tokens().size() && s.word(r.end()).equals(")");
        if (!bracketed || !restated.equals(r.key())) return office;
        return new Office(office.owner(), office.title(), r.end() + 1, k + 1);
    }

    /**
     * Adds the person phrase, extended by an apposition that gives an office:
     * "X, the supreme leader of Iran", "X, the Foreign Office spokesperson", "X, who is Y's special envoy".
     * Returns the next unread ref.
     */
    private int withApposition(SentenceRefs s, int personRef, Phrase p, List<Phrase> out) {
        List<Ref> refs = s.refs;
        int after = p.end();
        int t = personRef + 1;
        // "President Lula da Silva of Brazil": the owner after the name
        if (p.owner() == null && p.title() != null && !p.title().isEmpty() && s.word(after).equals("of") && t < refs.size()
                && refs.get(t).isActor() && refs.get(t).kind() != EntityKind.PERSON && onlyModifiersBetween(s, after + 1, refs.get(t).start())) {
            out.add(new Phrase(p.start(), refs.get(t).end(), p.head(), EntityKind.PERSON, refs.get(t).key(), p.title(), false));
            return t + 1;
        }
        if (p.owner() != null && p.title() != null && !p.title().isEmpty() || after >= s.tokens().size() || !s.word(after).equals(",")) {
            out.add(p);
            return t;
        }
        int from = after + 1;
        if (s.word(from).equals("who") && (s.word(from + 1).equals("is") || s.word(from + 1).equals("was"))) from += 2;
        if (s.word(from).equals("also") || s.word(from).equals("now") || s.word(from).equals("currently")) from++; // "who is also the ..."

        String owner = null;
        int u = t;
        List<Phrase> nested = new ArrayList<>();
        // "who is U.S. President Donald Trump's special envoy": the envoy of that person
        if (u < refs.size() && u + 1 < refs.size() && from <= refs.get(u).start()) {
            List<Phrase> inner = new ArrayList<>();
            int v = actorPhrase(s, u, inner);
            Phrase innerPerson = inner.isEmpty() ? null : inner.get(inner.size() - 1);
            if (innerPerson != null && innerPerson.kind() == EntityKind.PERSON && innerPerson.head() != null
                    && onlyModifiersBetween(s, from, innerPerson.start()) && innerPerson.end() < s.tokens().size()
                    && MentionFinder.isPossessive(s.tokens().get(innerPerson.end()).text())
                    && v < refs.size() && refs.get(v).isTitle() && refs.get(v).start() == innerPerson.end() + 1) {
                for (Phrase q : inner) nested.add(q.asNested());
                owner = innerPerson.head();
                u = v;
                from = refs.get(v).start();
            }
        }
        if (owner == null && u < refs.size() && refs.get(u).isActor() && refs.get(u).kind() != EntityKind.PERSON
                && onlyModifiersBetween(s, from, refs.get(u).start()) && u + 1 < refs.size() && refs.get(u + 1).isTitle()
                && onlyModifiersBetween(s, refs.get(u).end(), refs.get(u + 1).start())) {
            owner = refs.get(u).key();
            from = refs.get(u).end();
            u++;
        }
        if (u < refs.size() && refs.get(u).isTitle() && onlyModifiersBetween(s, from, refs.get(u).start())) {
            String title = refs.get(u).mention().text();
            int j = u;
            while (j + 1 < refs.size() && refs.get(j + 1).isTitle() && onlyTitleGlue(s, refs.get(j).end(), refs.get(j + 1).start())) j++;
            Office office = officeAfterTitle(s, j + 1, refs.get(j), owner);
            Ref following = office.nextRef() < refs.size() ? refs.get(office.nextRef()) : null;
            if (following != null && following.kind() == EntityKind.PERSON && (following.start() == office.end()
                    || apposition(s, office.end(), following.start()) && nested.isEmpty() && !possessor(s, following))) {
                // "Kim, DPRK Foreign Minister Choe Son Hui": the office introduces the next name, not an apposition
                out.add(p);
                return t;
            }
            out.addAll(nested);
            out.add(new Phrase(p.start(), office.end(), p.head(), EntityKind.PERSON,
                    p.owner() != null ? p.owner() : office.owner(), p.title() != null && !p.title().isEmpty() ? p.title() : title, false));
            return office.nextRef();
        }
        out.add(p);
        return t;
    }

    /**
     * "the Swiss President Viola Amherd and Foreign Minister Ignazio Cassis", "Zarif's deputies, X and Y":
     * a titled person joined by "and" to one whose office has an owner shares that owner.
     */
    private static void inheritAcrossCoordination(SentenceRefs s, List<Phrase> out) {
        for (int n = 1; n < out.size(); n++) {
            Phrase a = out.get(n - 1), b = out.get(n);
            if (a.nested() || b.nested() || a.kind() != EntityKind.PERSON || b.kind() != EntityKind.PERSON) continue;
            if (a.owner() == null || b.owner() != null || a.description() || b.description()) continue;
            if (!onlyAnd(s, a.end(), b.start())) continue;
            boolean pluralTitle = a.title() != null && a.title().endsWith("s");
            if (b.title() != null || pluralTitle) {
                out.set(n, b.withOwner(a.owner(), b.title() != null ? b.title() : a.title()));
            }
        }
    }

    /**
     * "his Guyanese and Venezuelan counterparts, X and Y", "their Brazilian, Argentine and Bolivian
     * counterparts — X, Y and Z": states listed before a plural office and as many people after it
     * pair up in order. The states become part of the first person's phrase, so they are not read
     * as actors of the clause (invited, hosted) themselves.
     */
    private static void pairListedOwners(SentenceRefs s, List<Phrase> out) {
        pairWithCountriesNamedBefore(s, out);
        for (int n = 0; n < out.size(); n++) {
            Phrase office = out.get(n);
            if (office.nested() || office.kind() != EntityKind.PERSON || office.owner() == null || office.title() == null
                    || !office.title().endsWith("s")) continue;
            int firstState = n;
            while (firstState > 0 && out.get(firstState - 1).kind() == EntityKind.STATE && out.get(firstState - 1).owner() == null
                    && !out.get(firstState - 1).nested() && onlyListGlue(s, out.get(firstState - 1).end(), out.get(firstState).start())) {
                firstState--;
            }
            int lastPerson = n;
            while (lastPerson + 1 < out.size() && out.get(lastPerson + 1).kind() == EntityKind.PERSON && out.get(lastPerson + 1).head() != null
                    && onlyListGlue(s, out.get(lastPerson).end(), out.get(lastPerson + 1).start())) {
                lastPerson++;
            }
            int states = n - firstState + 1;
            if (states < 2 || lastPerson - n + 1 != states) continue;
            List<String> owners = new ArrayList<>();
            for (int k = firstState; k < n; k++) owners.add(out.get(k).head());
            owners.add(office.owner());
            for (int k = 0; k < states; k++) {
                Phrase person = out.get(n + k);
                int start = k == 0 ? out.get(firstState).start() : person.start();
                out.set(n + k, new Phrase(start, person.end(), person.head(), EntityKind.PERSON, owners.get(k), office.title(), false));
            }
            out.subList(firstState, n).clear();
            n = firstState + states - 1;
        }
    }

    private static final Set<String> COUNTRY_NOUNS = Set.of("countries", "nations", "states", "sides", "governments");

    /**
     * "an agreement between Congo and Rwanda ... signed by the two countries' foreign ministers, X and
     * Y", "their respective foreign ministers, X and Y": the states named as a pair before, in order.
     */
    private static void pairWithCountriesNamedBefore(SentenceRefs s, List<Phrase> out) {
        for (int n = 2; n < out.size(); n++) {
            Phrase office = out.get(n);
            // "their foreign ministers" took the pronoun's owner, the last state named: it is the pair's
            if (office.nested() || office.kind() != EntityKind.PERSON || office.title() == null
                    || !office.title().endsWith("s") || !countriesBefore(s, office.start())) continue;
            if (n + 1 >= out.size() || out.get(n + 1).kind() != EntityKind.PERSON || out.get(n + 1).head() == null
                    || !onlyListGlue(s, office.end(), out.get(n + 1).start())) continue;
            if (n + 2 < out.size() && out.get(n + 2).kind() == EntityKind.PERSON && onlyListGlue(s, out.get(n + 1).end(), out.get(n + 2).start())) continue;
            Phrase first = null, second = null;
            for (int k = n - 1; k >= 1 && first == null; k--) {
                Phrase a = out.get(k - 1), b = out.get(k);
                if (a.kind() == EntityKind.STATE && b.kind() == EntityKind.STATE && !a.nested() && !b.nested() && onlyAnd(s, a.end(), b.start())) {
                    first = a;
                    second = b;
                }
            }
            if (first == null) continue;
            out.set(n, office.withOwner(first.head(), office.title()));
            out.set(n + 1, out.get(n + 1).withOwner(second.head(), office.title()));
        }
    }

    /** "the two countries'", "both nations'", "their respective": before a plural office. */
    private static boolean countriesBefore(SentenceRefs s, int start) {
        int k = start - 1;
        if (k >= 0 && s.word(k).equals("respective")) k--;
        if (k >= 0 && s.word(k).equals("their")) return true;
        String noun = s.word(k);
        if (k >= 1 && MentionFinder.isPossessive(noun)) noun = s.word(--k); // "countries ' foreign ministers"
        else if (noun.endsWith("'") || noun.endsWith("\u2019")) noun = noun.substring(0, noun.length() - 1); // "countries'"
        else return false;
        return k >= 1 && COUNTRY_NOUNS.contains(noun) && (s.word(k - 1).equals("two") || s.word(k - 1).equals("both"));
    }

    private static boolean onlyListGlue(SentenceRefs s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (!w.equals("and") && !w.equals(",")) return false;
        }
        return true;
    }

    private static boolean onlyAnd(SentenceRefs s, int from, int to) {
        boolean and = false;
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (w.equals("and")) and = true;
            else if (!w.equals(",")) return false;
        }
        return and;
    }

    private static boolean definite(SentenceRefs s, int titleStart) {
        for (int k = titleStart - 1; k >= 0 && k >= titleStart - 3; k--) {
            String w = s.word(k);
            if (DETERMINERS.contains(w)) return true;
            if (!s.tokens().get(k).pos().startsWith("JJ") && !PERSONAL_EPITHETS.contains(w)) return false;
        }
        return false;
    }

    /** Words that describe the office holder, not the office, which the tagger may read as nouns: "the leftist leader". */
    private static final Set<String> PERSONAL_EPITHETS = Set.of("leftist", "rightist", "socialist", "populist", "nationalist",
            "conservative", "liberal", "communist", "veteran", "firebrand", "hardline", "hard-line", "reformist", "maverick");

    /** Between an owner and what it owns: "'s", adjectives, determiners, hyphens, editors' brackets. */
    static boolean onlyModifiersBetween(SentenceRefs s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            String pos = s.tokens().get(k).pos();
            if (MentionFinder.isPossessive(w) || w.equals("[") || w.equals("]")) continue;
            if (DETERMINERS.contains(w) || pos.startsWith("JJ") || w.equals("-") || pos.equals("VBN")) continue;
            if (pos.startsWith("NN") && !s.tokens().get(k).isCapitalized() || OFFICE_TENURES.contains(w)) continue;
            // "White House Indo-Pacific coordinator", "the EU's Balkans envoy": a region is the office's field
            if (MentionFinder.REGION_HEADS.contains(w) || s.word(k + 1).equals("-") && MentionFinder.REGION_HEADS.contains(s.word(k + 2))) continue;
            return false;
        }
        return true;
    }

    /** Words for how an office is held, which the tagger may read as verbs: "the Taliban's acting defence minister". */
    private static final Set<String> OFFICE_TENURES = Set.of("acting", "outgoing", "incoming", "serving");

    private static boolean onlyTitleGlue(SentenceRefs s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (w.equals("and") || w.equals(",") || w.equals("&") || s.tokens().get(k).pos().startsWith("JJ")) continue;
            return false;
        }
        return true;
    }

    /**
     * "special envoy for the Middle East, X", "special representative for the Sahel, X": where a
     * title ends in the region or subject it covers and a comma follows, the end of that portfolio;
     * else {@code titleEnd}. The portfolio names no actor (an actor there, "envoy for Syria", is
     * read as the office's object by {@link #officeAfterTitle}), so the title's owner stays.
     */
    private static int portfolioEnd(SentenceRefs s, int titleEnd) {
        int n = s.tokens().size();
        if (titleEnd >= n || !(s.word(titleEnd).equals("for") || s.word(titleEnd).equals("on"))) return titleEnd;
        int j = titleEnd + 1;
        if (j < n && s.word(j).equals("the")) j++;
        int start = j;
        // "for Middle East Affairs", "for Asian affairs", "on climate and energy": a few words of a
        // portfolio, which may be lower case and may use a demonym, up to the holder's name
        while (j < n && j < start + 5 && (s.tokens().get(j).isCapitalized() || portfolioWord(s, j))
                && (!isActorAt(s, j) || isDemonymAt(s, j))) j++;
        boolean commaThenPerson = j > start && j + 1 < n && s.word(j).equals(",") && personStartsAt(s, j + 1);
        return commaThenPerson ? j : titleEnd;
    }

    private static boolean portfolioWord(SentenceRefs s, int token) {
        String pos = s.tokens().get(token).pos();
        return pos.startsWith("NN") || pos.startsWith("JJ") || s.word(token).equals("and");
    }

    private static boolean isDemonymAt(SentenceRefs s, int token) {
        for (Ref r : s.refs) {
            if (r.start() <= token && token < r.end()) return r.mention().gaz() != null && r.mention().gaz().form() == Gazetteer.Form.DEMONYM;
        }
        return false;
    }

    private static boolean isActorAt(SentenceRefs s, int token) {
        for (Ref r : s.refs) if (r.start() <= token && token < r.end()) return r.isActor() && r.kind() != EntityKind.PERSON;
        return false;
    }

    private static boolean personStartsAt(SentenceRefs s, int token) {
        for (Ref r : s.refs) if (r.start() == token) return r.kind() == EntityKind.PERSON;
        return false;
    }

    private static boolean possessor(SentenceRefs s, Ref person) {
        return person.end() < s.tokens().size() && MentionFinder.isPossessive(s.tokens().get(person.end()).text());
    }

    /** "The Iranian President, Masoud Pezeshkian", "Prime Minister [Mark] Carney", "(AEOI), Ali Akbar Salehi". */
    private static boolean apposition(SentenceRefs s, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = s.word(k);
            if (w.equals(",") || w.equals("[") || w.equals("]") || w.equals("\u2014") || w.equals("\u2013")) continue;
            if (w.equals("the") && k == to - 1 && k > from) continue; // "Prime Minister, the Honourable X"
            if (w.equals("(") && k + 2 < to && s.word(k + 2).equals(")")) {
                k += 2;
                continue;
            }
            return false;
        }
        return true;
    }
}
