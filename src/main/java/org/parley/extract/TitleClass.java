package org.parley.extract;

import java.util.Locale;
import java.util.Set;

/** Groups office titles that news uses for one another ("the Russian head of state" for its president). */
final class TitleClass {
    private TitleClass() {}

    static String of(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace('-', ' ');
        if (t.contains("counterpart")) return "*";
        if (t.contains("vice president") || t.contains("vice-president")) return "vice president";
        if (t.startsWith("deputy") || t.equals("dpm") || t.startsWith("under") || t.startsWith("assistant")) return "deputy " + t;
        if (t.contains("foreign minister") || t.contains("foreign secretary") || t.contains("foreign affairs")
                || t.contains("secretary of state") || t.equals("fm") || t.contains("foreign policy chief")) return "foreign minister";
        if (t.contains("president") || t.contains("head of state") || t.contains("leader") || t.contains("prime minister")
                || t.contains("premier") || t.equals("king") || t.equals("emir") || t.equals("amir") || t.contains("chancellor")
                || t.contains("sultan") || t.contains("crown prince") || t.equals("pm") || t.equals("dpm")) return "leader";
        if (t.contains("envoy") || t.contains("ambassador") || t.contains("high commissioner") || t.contains("diplomat")
                || t.contains("representative")) return "envoy";
        if (t.contains("spokes")) return "spokesperson";
        if (t.contains("defence") || t.contains("defense")) return "defence";
        String[] words = t.split(" ");
        return words[words.length - 1];
    }

    /** A plural or singular noun for office holders, as in "his German and French counterparts". */
    static boolean isOfficeWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.startsWith("counterpart") || w.startsWith("minister") || w.startsWith("leader") || w.startsWith("envoy")
                || w.startsWith("ambassador") || w.startsWith("president") || w.startsWith("representative")
                || w.startsWith("officials") || w.startsWith("delegates") || w.startsWith("negotiator") || w.startsWith("deput")
                || w.equals("heads");
    }

    /**
     * Offices held "to" a state, a body or a person: "ambassador to Jordan", "adviser to the
     * president". Other office holders after "to" are going somewhere ("invited the leaders to Accra").
     */
    static boolean isPostedTo(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return of(title).equals("envoy") || t.contains("advis") || t.contains("assistant") || t.contains("aide")
                || t.contains("counsel") || t.contains("delegate") || t.contains("attach") || t.contains("liaison")
                || t.contains("secretary") && !t.contains("general") || t.contains("coordinator");
    }

    /** Envoys named "for" what they handle: "special envoy for Sudan", "senior advisor for Africa". */
    static boolean isPostedFor(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return t.contains("envoy") || t.contains("representative") || t.contains("coordinator") || t.contains("advis");
    }

    /** "EU leaders", "the two foreign ministers": office holders in the plural, who are no one person. */
    static boolean isPlural(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        // "heads of state", "ministers of foreign affairs": the head noun is the one before "of"
        int of = t.indexOf(" of ");
        String[] words = (of > 0 ? t.substring(0, of) : t).split(" ");
        String head = words[words.length - 1];
        return head.endsWith("s") && isOfficeWord(head);
    }

    /** Offices of a state's government: its leaders, ministers and their spokespeople, not its envoys or lawmakers. */
    static boolean isGovernmentOffice(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return Set.of("leader", "foreign minister", "spokesperson", "defence", "vice president").contains(of(title))
                || t.contains("minister") || t.contains("secretary") && !t.contains("general");
    }

    /** Titles that name an office of an organization rather than of a state: no state is guessed for them. */
    static boolean isOrganizationOffice(String title) {
        String t = title.toLowerCase(Locale.ROOT).replace('-', ' ');
        return t.contains("secretary general") || t.contains("director general") || t.contains("chairman")
                || t.equals("chair") || t.contains("commissioner") && !t.contains("high commissioner")
                || t.equals("chief") || t.equals("head") || t.equals("member") || t.equals("official")
                || t.equals("officials") || t.contains("member") || t.equals("coordinator");
    }
}
