package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A main verb the parser took for a participle of its subject becomes the main verb again. */
class ParseRepairsTest {
    private static final int ROOT = Dependencies.ROOT;

    @Test
    void aParticipleAfterTheSubjectsAppositionIsTheMainVerbAndWarningItsAdverbial() {
        //   0    1       2  3    4  5       6    7      8  9
        //   The  envoys  ,  Ana  ,  called  on   Quito  ,  warning
        Dependencies misparsed = new Dependencies(
                new int[] {1, ROOT, 1, 1, 1, 1, 5, 6, 1, 1},
                new String[] {"det", "root", "punct", "appos", "punct", "acl", "prep", "pobj", "punct", "acl"},
                new String[] {"the", "envoy", ",", "ana", ",", "call", "on", "quito", ",", "warn"},
                new String[] {"DT", "NNS", ",", "NNP", ",", "VBN", "IN", "NNP", ",", "VBG"});
        Dependencies d = ParseRepairs.repair(misparsed);
        assertEquals(ROOT, d.head(5));
        assertEquals("root", d.label(5));
        assertEquals(5, d.head(1));
        assertEquals("nsubj", d.label(1));
        assertEquals(5, d.head(9));
        assertEquals("advcl", d.label(9));
        assertEquals(1, d.head(3), "the apposition stays with the subject");
    }

    @Test
    void aReducedPassiveWithItsAgentAndAFiniteClauseAreLeftAlone() {
        //   0        1 2     3  4     5
        //   envoys   , named by court , (noun root: a headline fragment)
        Dependencies withAgent = new Dependencies(
                new int[] {ROOT, 0, 0, 2, 3, 0},
                new String[] {"root", "punct", "acl", "agent", "pobj", "punct"},
                new String[] {"envoy", ",", "name", "by", "court", ","},
                new String[] {"NNS", ",", "VBN", "IN", "NN", ","});
        assertSame(withAgent, ParseRepairs.repair(withAgent));
        Dependencies finite = new Dependencies(
                new int[] {1, ROOT, 1},
                new String[] {"nsubj", "root", "dobj"},
                new String[] {"ana", "call", "quito"},
                new String[] {"NNP", "VBD", "NNP"});
        assertSame(finite, ParseRepairs.repair(finite));
    }
}
