package org.parley.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.ingest.Article;

class OpenNlpAnnotatorTest {
    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();

    @Test
    void aSentenceOfThousandsOfTokensIsCutIntoPiecesThatCoverIt() {
        String text = "Iran invited Pakistan and Oman to talks in Muscat with the United States, ".repeat(200);
        List<Sentence> sentences = ANNOTATOR.annotate(new Article("long", text, null, null, null)).sentences();

        assertTrue(sentences.size() > 1);
        int tokens = 0;
        for (Sentence s : sentences) {
            assertTrue(s.tokens().size() <= OpenNlpAnnotator.MAX_SENTENCE_TOKENS);
            assertEquals(text.substring(s.start(), s.end()), s.text());
            assertEquals(s.start(), s.tokens().get(0).start());
            assertEquals(s.end(), s.tokens().get(s.tokens().size() - 1).end());
            tokens += s.tokens().size();
        }
        assertEquals(200 * 14, tokens, "every token is in one piece");
    }

    @Test
    void aSplitAfterAnAbbreviationIsStillUndoneBeforeAName() {
        String text = "He met U.S. President Donald Trump in Geneva. The talks ended.";
        List<Sentence> sentences = ANNOTATOR.annotate(new Article("abbr", text, null, null, null)).sentences();
        assertEquals(List.of("He met U.S. President Donald Trump in Geneva.", "The talks ended."),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void aMonthsAbbreviationBeforeADayEndsNoSentence() {
        String text = "The ministers last met on Feb. 28 in Oslo, hosted by Norway. The deadline is Sept. 3 this year.";
        List<Sentence> sentences = ANNOTATOR.annotate(new Article("abbr", text, null, null, null)).sentences();
        assertEquals(List.of("The ministers last met on Feb. 28 in Oslo, hosted by Norway.", "The deadline is Sept. 3 this year."),
                sentences.stream().map(Sentence::text).toList());
    }

    @Test
    void aSplitAfterAnAbbreviationIsUndoneBeforeALowerCaseWord() {
        String text = "President Kwame Mensah Jr. said Accra would not yield. The talks ended.";
        List<Sentence> sentences = ANNOTATOR.annotate(new Article("abbr", text, null, null, null)).sentences();
        assertEquals(List.of("President Kwame Mensah Jr. said Accra would not yield.", "The talks ended."),
                sentences.stream().map(Sentence::text).toList());
    }

    private static List<String> words(String text) {
        return ANNOTATOR.annotate(new Article("words", text, null, null, null)).sentences().stream()
                .flatMap(sentence -> sentence.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void theStopThatEndsASentenceIsATokenOfItsOwnAfterAName() {
        // the tokenizer model keeps it on some words: "Egypt.", "Kyiv.", acronyms
        assertEquals(List.of("The", "talks", "were", "hosted", "by", "Egypt", "."), words("The talks were hosted by Egypt."));
        assertEquals(List.of("Drones", "struck", "Kyiv", ".", "The", "SBU", "said", "so", "."),
                words("Drones struck Kyiv. The SBU said so."));
    }

    @Test
    void anAbbreviationWithStopsInsideKeepsTheStopItSharesWithTheSentence() {
        assertEquals(List.of("He", "flew", "to", "the", "U.S."), words("He flew to the U.S."));
    }
}
