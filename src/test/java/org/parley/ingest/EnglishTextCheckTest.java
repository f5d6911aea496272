package org.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ingest.LanguageSamples.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnglishTextCheckTest {
    @Test
    void latinScriptLanguagesAreRecognisedAsNotEnglish() {
        assertEquals(Optional.of("not English text (looks like French)"), EnglishTextCheck.problem(FRENCH));
        assertEquals(Optional.of("not English text (looks like German)"), EnglishTextCheck.problem(GERMAN));
        assertEquals(Optional.of("not English text (looks like Spanish)"), EnglishTextCheck.problem(SPANISH));
        assertEquals(Optional.of("not English text (looks like Italian)"), EnglishTextCheck.problem(ITALIAN));
        assertEquals(Optional.of("not English text (looks like Portuguese)"), EnglishTextCheck.problem(PORTUGUESE));
    }

    @Test
    void otherScriptsAreNamed() {
        assertEquals(Optional.of("not English text (looks like Cyrillic script)"), EnglishTextCheck.problem(RUSSIAN));
        assertEquals(Optional.of("not English text (looks like Han script)"), EnglishTextCheck.problem(CHINESE));
        assertEquals(Optional.of("not English text (looks like Arabic script)"), EnglishTextCheck.problem(ARABIC));
    }

    @Test
    void englishIsAcceptedEvenWhenShortOrFullOfForeignNames() {
        assertEquals(Optional.empty(), EnglishTextCheck.problem(ENGLISH_FULL_OF_NAMES));
        assertEquals(Optional.empty(), EnglishTextCheck.problem(ENGLISH_SHORT));
        assertEquals(Optional.empty(), EnglishTextCheck.problem(ENGLISH_WITH_A_QUOTE));
        assertEquals(Optional.empty(), EnglishTextCheck.problem(Fixtures.ARTICLE));
    }

    @Test
    void aOneSentenceBriefWithFewFunctionWordsIsAccepted() {
        String brief = "Ghana cautions Togo\nGhanaian President John Mahama cautioned Togo against any"
                + " military buildup, state media reported.";
        assertEquals(Optional.empty(), EnglishTextCheck.problem(brief));
    }

    @Test
    void nameParticlesOfOtherLanguagesAndTheVerbMetAreNoForeignWords() {
        // "van", "der" and "met" are Dutch or German function words too
        String brief = "Dutch envoy Pieter van der Berg met Kenyan officials. Later, van der Berg flew home.";
        assertEquals(Optional.empty(), EnglishTextCheck.problem(brief));
    }

    @Test
    void aShortTextInAnotherLanguageIsStillRefusedByItsOwnWords() {
        String french = "Le ministre des Affaires étrangères a rencontré son homologue iranien à Paris mardi pour des discussions.";
        assertEquals(Optional.of("not English text (looks like French)"), EnglishTextCheck.problem(french));
    }

    @Test
    void englishWithNamesInAnotherScriptIsAccepted() {
        String text = "Putin to meet Kim in Vladivostok\nRussian President Vladimir Putin (Владимир Путин) will meet "
                + "North Korean leader Kim Jong Un (김정은) in Vladivostok next week, the Kremlin said on Monday.";
        assertEquals(Optional.empty(), EnglishTextCheck.problem(text));
    }
}
