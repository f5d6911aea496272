package org.parley.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.parley.extract.Entity;
import org.parley.ingest.Article;
import org.parley.rdf.ContentHash;
import org.parley.rdf.DIP;

/**
 * Gives entities and articles IRIs that are stable across articles and runs: the same person
 * named the same way in two articles gets one IRI, and "the same way" is up to the spellings a
 * {@link NameKey} folds ("Zelenskyy", "Zelenskiy"; "Organisation", "Organization"); a gazetteer
 * state keeps its gazetteer IRI; events belong to the article that reports them. An IRI depends on
 * the article alone, so extraction stays a map step; the store resolves what only other articles
 * can tell ("Trump" is "Donald Trump") in {@link IdentityResolver}.
 */
public final class IriMinter {

    public String article(Article article) {
        return articleIri(article.id());
    }

    /** The IRI of the article with this id. */
    public static String articleIri(String id) {
        return DIP.ID + "article/" + articleKey(id);
    }

    /**
     * The part of an article's IRIs that stands for its id: the id itself where it is already a slug
     * (as the seed's is), else its slug, an underscore, and a hash of the exact id. Ids that differ
     * only in case or punctuation ("report 1", "Report_1", a URL with "/" or "-") share a slug, and
     * an IRI of the slug alone made them one graph, the last replacing the others. A slug never holds
     * an underscore, so no id's key is another id's slug either.
     */
    public static String articleKey(String id) {
        String slug = slug(id);
        return slug.equals(id) ? slug : slug + "_" + ContentHash.of(id).substring(0, ID_HASH_DIGITS);
    }

    /** 32 bits: ids that share a slug are few, so their hashes differ but for a chance of one in four billion a pair. */
    private static final int ID_HASH_DIGITS = 8;

    /**
     * The IRI that earlier versions of parley gave the article with this id, where that differs from
     * today's ({@link #articleIri}): its slug alone. A store written then may hold the article there.
     */
    public static Optional<String> formerArticleIri(String id) {
        String former = DIP.ID + "article/" + slug(id);
        return former.equals(articleIri(id)) ? Optional.empty() : Optional.of(former);
    }

    public String entity(Article article, Entity entity) {
        if (entity.globalId() != null) return entity.globalId();
        return switch (entity.kind()) {
            case PERSON -> DIP.ID + "person/" + NameKey.person(entity.label()).slug();
            case STATE -> DIP.ID + "state/" + slug(entity.label());
            case ORGANIZATION -> DIP.ID + "org/" + NameKey.organization(entity.label());
            case PLACE -> DIP.ID + "place/" + slug(entity.label());
            case EVENT -> DIP.ID + "event/" + articleKey(article.id()) + "/" + slug(entity.label());
        };
    }

    public String assertion(Article article, int index) {
        return DIP.ID + "assertion/" + articleKey(article.id()) + "/" + index;
    }

    /**
     * A lower-case, hyphenated form of a name: accents dropped, letters of any script kept,
     * so that "Türkiye" and "Turkiye" meet and "Ελλάδα" still has a readable IRI.
     */
    public static String slug(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.getType(cp) == Character.NON_SPACING_MARK) continue;
            if (cp == '\'' || cp == '\u2019') continue; // "Xi's" -> "xis", not "xi-s"
            if (Character.isLetterOrDigit(cp)) {
                if (pendingHyphen && out.length() > 0) out.append('-');
                pendingHyphen = false;
                out.appendCodePoint(Character.toLowerCase(cp));
            } else {
                pendingHyphen = true;
            }
        }
        return out.length() == 0 ? "_" : out.toString().toLowerCase(Locale.ROOT);
    }
}
