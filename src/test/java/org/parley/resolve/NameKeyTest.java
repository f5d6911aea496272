package org.parley.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Name keys on made-up names: what folds to one key, and what stays apart. */
class NameKeyTest {

    private static String slug(String name) { return NameKey.person(name).slug(); }

    @Test
    void accentsAndLettersOutsideAsciiFoldToAscii() {
        assertEquals("zoltan-kovacs", slug("Zoltán Kovács"));
        assertEquals("radoslaw-wielki", slug("Radosław Wielki"));   // ł has no decomposition
        assertEquals("soren-lokke", slug("Søren Løkke"));           // nor has ø
        assertEquals("kilicoglu", slug("Kılıçoğlu"));               // nor has the dotless ı
        assertEquals(slug("Jurgen Strauss"), slug("Jürgen Strauß"));
    }

    @Test
    void otherScriptsAreRomanized() {
        assertEquals("ivan-petrenko", slug("Иван Петренко"));
    }

    @Test
    void finalIyYyAndIiAreOneSpelling() {
        assertEquals(slug("Oleksiy Danylenkyy"), slug("Oleksii Danylenkiy"));
        assertEquals("oleksy-danylenky", slug("Oleksiy Danylenky"));
        assertEquals(slug("Dmytro Kovalskyy"), slug("Dmytro Kovalsky"));
    }

    @Test
    void theArabicArticleIsOneWordHoweverWritten() {
        assertEquals(slug("Khalid al-Rashidi"), slug("Khalid el-Rashidi"));
        assertEquals("khalid-al-rashidi", slug("Khalid Al Rashidi"));
    }

    @Test
    void leadingHonorificsAreNotPartOfTheName() {
        assertEquals("tamsin-orell", slug("Dr. Tamsin Orell"));
        assertEquals("tamsin-orell", slug("Mr Tamsin Orell"));
        assertEquals("imam", slug("Imam"));   // a name that is only an honorific keeps it
    }

    @Test
    void comparedWordsLeaveOutParticlesStylesAndGenerations() {
        assertEquals(List.of("faris", "nuri", "saadun"), NameKey.person("Faris bin Nuri Al Saadun").matchTokens());
        assertEquals(List.of("karim", "zaidi"), NameKey.person("Sayyed Karim Zaidi").matchTokens());
        assertEquals(List.of("bartholomew", "quill"), NameKey.person("Bartholomew Quill Jr").matchTokens());
        assertEquals(List.of("marta", "costa"), NameKey.person("Marta da Costa").matchTokens());
    }

    @Test
    void skeletonsFoldWhatTransliterationsDisagreeOn() {
        assertEquals(NameKey.skeleton("baraghchi"), NameKey.skeleton("baraqchi"));   // gh / q
        assertEquals(NameKey.skeleton("vladimir"), NameKey.skeleton("volodymyr"));   // vowels
        assertEquals(NameKey.skeleton("tuttaqi"), NameKey.skeleton("tottaki"));      // doubled letters, q / k
        assertEquals(NameKey.skeleton("yusouf"), NameKey.skeleton("yusuf"));         // ou / u
        assertNotEquals(NameKey.skeleton("zarif"), NameKey.skeleton("sharif"));
        assertNotEquals(NameKey.skeleton("ali"), NameKey.skeleton("ala"));          // short words only as written
    }

    @Test
    void organizationsFoldBritishSpellingAndMinistryWordOrders() {
        assertEquals(NameKey.organization("Organization of Arctic Fishing States"),
                NameKey.organization("Organisation of Arctic Fishing States"));
        assertEquals("ruritania-foreign-ministry", NameKey.organization("Ruritania's Ministry of Foreign Affairs"));
        assertEquals("ruritania-foreign-ministry", NameKey.organization("Ruritania's Foreign Office"));
        assertEquals("ruritania-foreign-ministry", NameKey.organization("Ruritania\u2019s Foreign Ministry"));
        assertEquals("defense-ministry", NameKey.organization("the Ministry of Defence"));
        assertEquals("center-for-tide-studies", NameKey.organization("Centre for Tide Studies"));
    }
}
