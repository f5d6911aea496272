package org.parley.shell;

import java.util.List;
import java.util.Locale;
import org.apache.jena.shared.PrefixMapping;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.parley.query.NamedQuery;
import org.parley.query.QueryCatalog;
import org.parley.query.ResultFormat;
import org.parley.rdf.DIP;

/**
 * Tab completion, by where the cursor is: at the start, the named queries, the shell's commands
 * and the SPARQL keywords that start a query; after {@code PREFIX}, whole prefix declarations;
 * on {@code dip:}, the ontology's terms; inside {@code "}, actor names from the store; elsewhere
 * prefixes and keywords. {@code :format}, {@code :show} and {@code :param} complete their arguments,
 * {@code :param actor=} the actor names.
 */
final class ShellCompleter implements Completer {
    static final List<String> COMMANDS = List.of(":help", ":list", ":show", ":format", ":param", ":quit");
    private static final List<String> QUERY_FORMS = List.of("SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "BASE");
    private static final List<String> KEYWORDS = List.of("SELECT", "DISTINCT", "WHERE", "FILTER", "OPTIONAL", "GRAPH",
            "UNION", "MINUS", "BIND", "VALUES", "ORDER", "BY", "GROUP", "HAVING", "LIMIT", "OFFSET", "COUNT", "SAMPLE",
            "GROUP_CONCAT", "ASC", "DESC", "AS", "STR", "LCASE", "UCASE", "CONTAINS", "STRSTARTS", "REGEX", "LANG",
            "BOUND", "COALESCE", "EXISTS", "NOT", "IN", "LATERAL", "ASK", "CONSTRUCT", "DESCRIBE", "PREFIX", "a");

    private final QueryCatalog catalog;
    private final PrefixMapping prefixes;
    private final StoreTerms terms;

    ShellCompleter(QueryCatalog catalog, PrefixMapping prefixes, StoreTerms terms) {
        this.catalog = catalog;
        this.prefixes = prefixes;
        this.terms = terms;
    }

    @Override
    public void complete(LineReader reader, ParsedLine parsed, List<Candidate> candidates) {
        StatementParser.StatementLine line = (StatementParser.StatementLine) parsed;
        String before = line.before();
        String word = line.word().substring(0, line.wordCursor());
        if (before.isBlank()) {
            if (word.startsWith(":")) COMMANDS.forEach(c -> candidates.add(done(c)));
            else {
                catalog.all().forEach(q -> candidates.add(new Candidate(q.name(), q.name(), "named queries", q.question(), null, null, true)));
                QUERY_FORMS.forEach(k -> candidates.add(done(k)));
            }
            return;
        }
        if (before.startsWith(":")) {
            command(before.strip().split("\\s+")[0], before, candidates);
            return;
        }
        String previous = lastWord(before);
        if (word.startsWith("\"")) {
            terms.actorNames().forEach(n -> candidates.add(done('"' + n + '"')));
        } else if (word.contains(":")) {
            String prefix = word.substring(0, word.indexOf(':'));
            if (DIP.NS.equals(prefixes.getNsPrefixURI(prefix))) terms.dipTerms().forEach(t -> candidates.add(done(prefix + ":" + t)));
        } else if (previous.equalsIgnoreCase("PREFIX")) {
            prefixes.getNsPrefixMap().forEach((p, ns) -> candidates.add(done(p + ": <" + ns + ">")));
        } else {
            prefixes.getNsPrefixMap().keySet().forEach(p -> candidates.add(partial(p + ":")));
            KEYWORDS.forEach(k -> candidates.add(done(k)));
        }
    }

    private void command(String command, String before, List<Candidate> candidates) {
        switch (command) {
            case ":format" -> {
                for (ResultFormat f : ResultFormat.values()) candidates.add(done(f.name().toLowerCase(Locale.ROOT)));
            }
            case ":show" -> catalog.all().forEach(q -> candidates.add(done(q.name())));
            case ":param" -> {
                if (before.contains("=")) terms.actorNames().forEach(n -> candidates.add(done(n)));
                else paramNames().forEach(p -> candidates.add(partial(p + "=")));
            }
            default -> { }
        }
    }

    private List<String> paramNames() {
        return catalog.all().stream().flatMap(q -> q.params().stream()).map(NamedQuery.Param::name).distinct().toList();
    }

    private static String lastWord(String before) {
        String[] words = before.strip().split("\\s+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    /** A candidate after which a space follows. */
    private static Candidate done(String value) {
        return new Candidate(value, value, null, null, null, null, true);
    }

    /** A candidate the user goes on typing after: "dip:", "actor=". */
    private static Candidate partial(String value) {
        return new Candidate(value, value, null, null, null, null, false);
    }
}
