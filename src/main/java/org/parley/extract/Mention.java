package org.parley.extract;

/**
 * A span of tokens in one sentence that names or describes something.
 *
 * @param start first token (inclusive)
 * @param end   last token (exclusive)
 * @param type  what the span is
 * @param text  the span's text as written
 * @param gaz   the gazetteer entry, for {@link Type#GAZETTEER} spans
 */
public record Mention(int start, int end, Type type, String text, Gazetteer.Match gaz) {

    public enum Type {
        /** A state or organization from the gazetteer, by name, acronym, demonym or capital. */
        GAZETTEER,
        /** An office title ("Foreign Minister", "spokesperson"). */
        TITLE,
        /** An honorific before a name ("Mr", "Dr."). */
        HONORIFIC,
        /** A run of capitalized words that looks like a person's name. */
        PERSON_NAME,
        /** A run of capitalized words with an organization head ("Foreign Ministry"). */
        ORGANIZATION_NAME,
        /** A run of capitalized words with a place head, or an unknown name after "in", "at". */
        PLACE_NAME,
        /** A single capitalized word of unknown kind; resolved against the article's people later. */
        BARE_NAME,
        /** A news outlet or platform: never an actor. */
        MEDIA,
        /** An event noun with its modifiers ("US-Iran talks", "the June NATO summit"). */
        EVENT,
        /** A definite noun that refers back to an organization named before ("the alliance", "the group"). */
        ANAPHOR
    }

    public boolean covers(int token) { return token >= start && token < end; }
}
