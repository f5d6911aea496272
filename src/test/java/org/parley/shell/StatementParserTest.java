package org.parley.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When Enter runs a statement and when it starts another line of it. */
class StatementParserTest {
    private final StatementParser parser = new StatementParser("invitations"::equals);

    @Test
    void aSemicolonEndsAStatementOnlyOutsideItsBracesStringsIrisAndComments() {
        assertTrue(parser.isComplete("SELECT * { ?s ?p ?o };"));
        assertTrue(parser.isComplete("SELECT * { ?s ?p ?o } ;  # the last one"));
        assertFalse(parser.isComplete("SELECT * { ?s a dip:Hosting ;"), "Turtle's ';' inside the braces");
        assertFalse(parser.isComplete("SELECT * { ?s ?p \"a;b\" } # ;"));
        assertFalse(parser.isComplete("SELECT * { ?s ?p \"\"\"a\n;\"\"\""));
        assertFalse(parser.isComplete("SELECT * { <http://x/a;b> ?p ?o } # no end"));
        assertTrue(parser.isComplete("SELECT * { ?s ?p ?o FILTER(?o < 3) };"), "'<' as less-than is no IRI");
        assertTrue(parser.isComplete("SELECT * { ?s ?p 'it\\'s' };"));
    }

    @Test
    void aBlankLineACommandOrANamedQueryEndsItToo() {
        assertTrue(parser.isComplete("SELECT * { ?s ?p ?o }\n"));
        assertTrue(parser.isComplete("SELECT * {\n  ?s ?p ?o\n}\n   "));
        assertFalse(parser.isComplete("SELECT *\n  { ?s ?p ?o }"));
        assertTrue(parser.isComplete(":format csv"));
        assertTrue(parser.isComplete("invitations"));
        assertFalse(parser.isComplete("SELECT"), "a keyword alone goes on to the next line");
        assertTrue(parser.isComplete(""));
    }
}
