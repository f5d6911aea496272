package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.ArticlePipeline;

/**
 * Which actors a sentence names: people by title and apposition, states by name, demonym and
 * capital, organizations from the gazetteer and ministries; media and platforms are never actors.
 */
class ActorRecognitionTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private static Readout read(String text) {
        return Readout.of(PIPELINE, text);
    }

    /** The actors of a one- or two-sentence article as "Kind:Label", sorted. */
    private static List<String> actors(String text) {
        return read(text).actors();
    }

    // ---------------------------------------------------------------- people

    @Test
    void aStateCalledByItsFormOfGovernmentIsNoPerson() {
        assertEquals(List.of("State:Iran", "State:Oman", "State:United States"),
                actors("Oman hosted talks between Iran and the United States. The Islamic Republic warned Washington against new sanctions."));
    }

    @Test
    void aOneWordNameThatSpeaksOrActsIsAPerson() {
        assertEquals(List.of("Person:Mitsotakis", "State:Türkiye"), actors("Mitsotakis warned Turkey on Monday."));
        assertEquals(List.of("Person:Kagame", "State:Uganda"), actors("The talks stalled. Kagame has threatened to close the border with Uganda."));
    }

    @Test
    void aOneWordNameActedOnOrOwningAnInvitationIsAPerson() {
        assertEquals(List.of("Person:Lula", "Person:Xi Jinping", "State:China"),
                actors("Chinese President Xi Jinping has invited Lula for a state visit in April."));
        assertEquals(List.of("Person:Kim Jong Un", "Person:Putin", "State:Russia"), actors("Kim Jong Un accepted Putin's invitation to visit Russia."));
        assertEquals(List.of("Person:Albanese", "Person:Prabowo"), actors("Albanese will host Prabowo at Parliament House."));
        assertEquals(List.of("Person:Tokayev", "Person:Xi Jinping"), actors("Xi Jinping arrived in Astana for a state visit at the invitation of Tokayev."));
        // control: a name that modifies a noun after the verb is no one's
        assertEquals(List.of("State:Egypt"), actors("Egypt hosted Ramadan celebrations in Cairo."));
    }

    @Test
    void venuesNamedInOtherLanguagesAreNoActorsAndSeatsOfGovernmentAreTheirStates() {
        assertEquals(List.of("Person:Barack Obama", "Person:Raúl Castro"),
                actors("President Raúl Castro received Barack Obama at the Palacio de la Revolución in Havana."));
        assertEquals(List.of("State:North Korea", "State:South Korea"), actors("The Blue House warned Pyongyang against further tests."));
    }

    @Test
    void aCommonNounOpeningASentenceThatSpeaksIsNoOne() {
        assertEquals(List.of(), actors("Security said the talks would go on."));
        assertEquals(List.of(), actors("Intelligence warned of attacks on the embassy."));
    }

    @Test
    void pluralsAndIndefinitePronounsThatSpeakAreNoOne() {
        assertEquals(List.of(), actors("Experts said the summit was historic."));
        assertEquals(List.of(), actors("Nobody said anything about the summit."));
        assertEquals(List.of(), actors("Sources said the summit would be delayed."));
    }

    @Test
    void aSpokespersonsMinistryIsAnActorToo() {
        assertEquals(List.of("Organization:Chinese Foreign Ministry", "Person:Zhao Lijian", "State:China"),
                actors("Chinese Foreign Ministry spokesman Zhao Lijian said on Monday that Beijing would respond."));
        assertEquals(List.of("Organization:China's Foreign Ministry", "Person:Mao Ning", "State:China"),
                actors("Foreign Ministry spokesperson Mao Ning said China would respond."));
    }

    @Test
    void universitiesAndCastlesAreVenuesNotActors() {
        assertEquals(List.of(), actors("The president visited the University of Turku and Turku Castle on Tuesday."));
    }

    @Test
    void theSaudiKingsTitleIsATitle() {
        assertEquals(List.of("Person:Salman bin Abdulaziz", "State:Iraq"),
                actors("The Custodian of the Two Holy Mosques King Salman bin Abdulaziz received the Iraqi prime minister in Riyadh."));
    }

    @Test
    void anOutletNotInTheListIsKnownByItsLastWordAndIsNoActor() {
        assertEquals(List.of("State:Japan"), actors("Japan's foreign minister told the Nakaoka Press that the talks would go on."));
        assertEquals(List.of("Person:Karine Jean-Pierre", "State:United States"),
                actors("White House Press Secretary Karine Jean-Pierre said the talks would go on."));
    }

    @Test
    void aSentenceMayOpenWithAFirstNameTheTaggerReadsAsAVerb() {
        assertEquals(List.of("Person:Wang Yi"), actors("Wang Yi, director of the foreign affairs office, congratulated the two sides."));
    }

    @Test
    void headsOfGovernmentAreAnOfficeNotABodyCalledGovernment() {
        assertEquals(List.of("Organization:Caribbean Community"), actors("CARICOM Heads of Government met in Kingston on Monday."));
        assertEquals(List.of("Organization:African Union"), actors("African Union heads of state and government met in Addis Ababa."));
    }

    @Test
    void aWorldRegionBeforeATitleIsNoPerson() {
        assertEquals(List.of("Person:Kurt Weller"), actors("The Indo-Pacific coordinator Kurt Weller arrived in Manila on Monday."));
        assertEquals(List.of("Person:Ana Lima"), actors("The envoy for the Western Balkans, Ana Lima, arrived in Skopje on Monday."));
    }

    @Test
    void personNamedAfterDemonymAndTitleIsAPersonAndTheDemonymIsTheState() {
        assertEquals(List.of("Person:Amina Wanjiru", "State:Kenya"),
                actors("Kenyan Foreign Minister Amina Wanjiru arrived in Addis Ababa on Monday."));
    }

    @Test
    void aSloganInQuotationMarksIsNoPerson() {
        assertEquals(List.of("Person:Amina Wanjiru"),
                actors("Amina Wanjiru backed the \"Green Wave\" campaign."));
    }

    @Test
    void aSloganInCurlyQuotationMarksIsNoPerson() {
        assertEquals(List.of("Person:Amina Wanjiru"),
                actors("Amina Wanjiru, who campaigned on a “Somalia Out” platform, won the vote."));
    }

    @Test
    void aTitleThatIsAlsoAFirstNameBeforeBinIsTheFirstName() {
        assertEquals(List.of("Person:Sultan bin Hamad Al Harthi", "State:Oman"),
                actors("Oman's Minister of State for Foreign Affairs Sultan bin Hamad Al Harthi arrived in Doha."));
    }

    @Test
    void theSultanBeforeHisNameIsHisTitle() {
        // control: a name after "Sultan", then "bin", is the sultan's own
        assertEquals(List.of("Person:Haitham bin Tariq", "State:Oman"), actors("Oman's Sultan Haitham bin Tariq received the minister."));
    }

    @Test
    void theNameOfAnAgreementIsNoPerson() {
        assertEquals(List.of("Person:Amina Wanjiru", "State:Kenya"),
                actors("Kenyan Foreign Minister Amina Wanjiru defended the Nairobi Accord and the Lamu Declaration on Monday."));
    }

    @Test
    void aNameEndingInADocumentWordAfterATitleIsStillAPerson() {
        assertEquals(List.of("Person:Joseph Plan", "State:Kenya"),
                actors("Kenyan Foreign Minister Joseph Plan arrived in Addis Ababa on Monday."));
    }

    @Test
    void multiWordCityAfterInIsAPlaceNotAPerson() {
        assertEquals(List.of("Person:Maria Costa", "State:Brazil"),
                actors("Brazilian envoy Maria Costa held talks in New York and later at Camp David on Friday."));
    }

    @Test
    void anUnattachedForeignOfficeIsNamedWithTheArticlesState() {
        // every state has a Foreign Office: the name alone would merge them all across articles
        assertEquals(List.of("Organization:Kenya's Foreign Office", "State:Kenya"),
                actors("Kenya has been invited to the talks, the Foreign Office said on Monday."));
    }

    @Test
    void aDatelineInCapitalsIsNoPerson() {
        assertEquals(List.of("Person:Amina Wanjiru", "State:Kenya"),
                actors("NAIROBI BAY: Kenyan Foreign Minister Amina Wanjiru arrived on Monday."));
    }

    @Test
    void compassNamedRegionIsNoActor() {
        assertEquals(List.of("State:Norway"), actors("Norway sent aid to the West Bank and the Middle East last year."));
    }

    @Test
    void titleIsKeptAsThePersonsRole() {
        Readout r = read("Kenyan Foreign Minister Amina Wanjiru arrived in Addis Ababa on Monday.");
        assertEquals("Foreign Minister", r.entity("Amina Wanjiru").role());
    }

    @Test
    void personInAppositionWithAnOfficeIsAPerson() {
        assertEquals(List.of("Organization:African Union", "Person:Fatima Diallo"),
                actors("Fatima Diallo, the spokesperson of the African Union, said the summit would go ahead."));
    }

    @Test
    void personAfterAQuoteWithIndefiniteApposition() {
        assertEquals(List.of("Organization:African Union", "Person:Musa Sesay"),
                actors("The bloc would send observers, said Musa Sesay, a spokesman for the African Union."));
    }

    @Test
    void sentenceInitialPersonBeforeIndefiniteApposition() {
        assertEquals(List.of("Organization:Economic Community of West African States", "Person:Ibrahim Sesay"),
                actors("Ibrahim Sesay, a spokesman for ECOWAS, said the bloc would send observers."));
    }

    @Test
    void surnameInALaterSentenceIsTheSamePerson() {
        Readout r = read("Indonesian President Joko Widodo opened the forum in Bali. Widodo said the region needed stability.");
        assertEquals(List.of("Person:Joko Widodo", "State:Indonesia"), r.actors());
        assertTrue(r.entity("Joko Widodo").names().contains("Widodo"));
    }

    @Test
    void routesCorridorsTerritoriesAndVillasArePlaces() {
        assertEquals(List.of("State:Pakistan"), actors("Pakistan discussed the Silk Road and the Trump Route with officials."));
        assertEquals(List.of("Person:Amina Noor"), actors("Amina Noor spoke at the Presidential Villa in the Federal Capital Territory."));
    }

    @Test
    void aHyphenatedAdjectiveIsNoName() {
        assertEquals(List.of("State:Kenya"), actors("Kenya met English-speaking nations and discussed Xizang-related issues."));
        // control: a hyphenated given name stays a name
        assertEquals(List.of("Person:Kim Jong-un"), actors("Kim Jong-un met the delegation."));
    }

    @Test
    void aBodysNameEndsWhereAnHonorificStartsTheNextName() {
        assertEquals(List.of("Organization:Ministry of Foreign Affairs", "Person:Omar bin Saleh Al-Haddad"),
                actors("Minister of State at the Ministry of Foreign Affairs Dr Omar bin Saleh Al-Haddad welcomed the delegations."));
    }

    @Test
    void sheikhBetweenTwoNamesIsPartOfTheName() {
        assertEquals(List.of("Person:Hassan Sheikh Omar", "State:Somalia"), actors("Somalia's President Hassan Sheikh Omar met the delegation."));
    }

    @Test
    void royalStylesBeforeANameAreNoName() {
        assertEquals(List.of("Person:Abdullah bin Zayed", "Person:Faisal bin Salman"),
                actors("His Royal Highness Prince Faisal bin Salman received His Highness Sheikh Abdullah bin Zayed."));
    }

    @Test
    void aCapitalSomeoneTravelsToIsAPlaceNotItsGovernment() {
        assertEquals(List.of("Person:Hakan Demir", "State:Türkiye"),
                actors("Turkish Foreign Minister Hakan Demir will travel to Brussels next week."));
        // control: a capital that acts is its state
        assertEquals(List.of("State:Greece", "State:Türkiye"), actors("Athens and Ankara agreed on Monday."));
    }

    @Test
    void brusselsActingIsTheEuropeanUnion() {
        assertEquals(List.of("Organization:European Union", "State:Hungary"), actors("Brussels warned Hungary over the law."));
        // control: the city where something happens is a place
        assertEquals(List.of("State:Hungary"), actors("Hungary's minister spoke in Brussels on Monday."));
    }

    @Test
    void anOrganizationsNameMayJoinTwoPartsWithAnd() {
        assertEquals(List.of("Organization:Kenya's National Security and Defence Council", "State:Kenya"),
                actors("Kenya's National Security and Defence Council met on Monday."));
        assertEquals(List.of("Organization:Office for Kosovo and Metohija"), actors("He heads the Office for Kosovo and Metohija."));
        assertEquals(List.of("Organization:Authority of Heads of State and Government"),
                actors("The Authority of Heads of State and Government met on Monday."));
    }

    @Test
    void twoOrganizationsJoinedByAndStayTwo() {
        // controls: an "and" before a second organization, a title or a known actor ends the name
        assertEquals(List.of("Organization:Ministry of Defence", "Organization:Ministry of Foreign Affairs"),
                actors("The Ministry of Foreign Affairs and Ministry of Defence disagreed."));
        assertEquals(List.of("Organization:Council of Europe", "Organization:North Atlantic Treaty Organization"),
                actors("The Council of Europe and NATO met."));
    }

    @Test
    void theFamilyNameHeAfterATitleIsAName() {
        Readout r = read("Chinese Vice Premier He Lifeng met the delegation. He said the talks were useful.");
        assertEquals(List.of("Person:He Lifeng", "State:China"), r.actors());
        assertEquals(List.of("represents(He Lifeng -> China)"), r.tuples(RelationType.REPRESENTS));
    }

    @Test
    void theInnerWordOfALongNameIsTheSamePerson() {
        Readout r = read("Brazilian President Jose Carlos Teixeira da Costa spoke on Monday. Ghana was invited by Teixeira to visit.");
        assertEquals(List.of("Person:Jose Carlos Teixeira da Costa", "State:Brazil", "State:Ghana"), r.actors());
        assertEquals(List.of("invites(Jose Carlos Teixeira da Costa -> Ghana)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void aParticleInsideALongNameIsNoOneAlone() {
        // control: "da" is part of names, not a name
        assertEquals(List.of("Person:Jose Carlos Teixeira da Costa", "State:Brazil"),
                actors("Brazilian President Jose Carlos Teixeira da Costa spoke. Da said nothing."));
    }

    @Test
    void honorificAndSurnameIsTheSamePerson() {
        assertEquals(List.of("Person:William Ruto", "State:Kenya"),
                actors("Kenyan President William Ruto arrived in Oslo on Monday. Mr Ruto will represent Kenya at the forum."));
    }

    @Test
    void twoPeopleWithSurnamesLaterStayTwoPeople() {
        assertEquals(List.of("Person:Elmer Schialer", "Person:Kwame Asante", "State:Ghana", "State:Peru"),
                actors("Ghana's President Kwame Asante met Peru's Foreign Minister Elmer Schialer. Asante said the meeting was useful."));
    }

    @Test
    void descriptionOfAnOfficeRefersToThePersonNamedEarlier() {
        Readout r = read("Indonesian President Joko Widodo arrived in Nairobi. The Indonesian president was received by William Ruto.");
        assertEquals(List.of("hosts(William Ruto -> Joko Widodo)"), r.tuples(RelationType.HOSTS));
    }

    @Test
    void theStateOfAnAmbassadorsPostIsNoPartOfTheNameAfterIt() {
        assertEquals(List.of("Person:Mark Ellison", "State:Israel", "State:United States"),
                actors("US Ambassador to Israel Mark Ellison said the embassy would stay open."));
    }

    @Test
    void aStatesNameBeforeANameIsAFirstNameWhereNoPostingComesBefore() {
        assertEquals(List.of("Person:Jordan Bardella"), actors("The delegation drove to Jordan Bardella's rally."));
    }

    @Test
    void aFullNameThatStartsWithItsParticleIsAPerson() {
        assertEquals(List.of("Organization:United Nations", "Person:Al-Nour Haddad", "State:Sudan"),
                actors("Sudan's ambassador to the UN, Al-Nour Haddad, rejected the report."));
    }

    @Test
    void aSurnameWithItsParticleIsTheSamePersonNamedBefore() {
        assertEquals(List.of("Person:Karim el-Masri", "State:Egypt"),
                actors("Egyptian Foreign Minister Karim el-Masri arrived on Monday. Later el-Masri flew home."));
    }

    @Test
    void aRegionNamedForItsLakesIsNoPerson() {
        assertEquals(List.of("Organization:African Union", "Person:Amina Diallo"),
                actors("The AU's special envoy for the Great Lakes, Amina Diallo, arrived on Monday."));
    }

    @Test
    void aNameWithTwoLowerCaseParticlesIsOneName() {
        assertEquals(List.of("Person:Pieter van der Berg", "State:Kenya", "State:Netherlands"),
                actors("Dutch envoy Pieter van der Berg met Kenyan officials in Nairobi on Monday. Later, Van der Berg flew home."));
    }

    @Test
    void aNameOpeningASentenceBeforeAModalIsAPerson() {
        // the tagger calls "Abiy" an adverb here
        assertEquals(List.of("Person:Abiy Ahmed"), actors("Abiy Ahmed will attend the summit next week."));
    }

    // ---------------------------------------------------------------- states

    @Test
    void statesByName() {
        assertEquals(List.of("State:Brazil", "State:Indonesia"),
                actors("Brazil and Indonesia signed a trade agreement on Tuesday."));
    }

    @Test
    void demonymsStandForTheirStatesAndAVenueIsNoActor() {
        assertEquals(List.of("State:Chile", "State:Norway"),
                actors("Norwegian diplomats met their Chilean counterparts in Geneva."));
    }

    @Test
    void capitalAsSpeakerIsItsState() {
        Readout r = read("Nairobi said it would not send troops to the region.");
        assertEquals(List.of("State:Kenya"), r.actors());
        assertTrue(r.entity("Kenya").names().contains("Nairobi"));
    }

    @Test
    void capitalsAsPartiesAreTheirStates() {
        assertEquals(List.of("State:Indonesia", "State:Norway"), actors("Oslo and Jakarta agreed to resume talks."));
    }

    @Test
    void capitalAsVenueIsAPlaceNotTheState() {
        Readout r = read("The talks in Nairobi between Ethiopia and Eritrea ended on Friday.");
        assertEquals(List.of("State:Eritrea", "State:Ethiopia"), r.actors());
        assertEquals(EntityKind.PLACE, r.entity("Nairobi").kind());
    }

    // ---------------------------------------------------------------- organizations

    @Test
    void gazetteerOrganizationByAcronym() {
        assertEquals(List.of("Organization:Association of Southeast Asian Nations"),
                actors("ASEAN foreign ministers gathered in Jakarta for the annual meeting."));
    }

    @Test
    void internationalBodiesByFullName() {
        assertEquals(List.of("Organization:European Union", "Organization:United Nations"),
                actors("The United Nations and the European Union welcomed the ceasefire."));
    }

    @Test
    void ministryOfAStateIsAnOrganization() {
        assertTrue(actors("Brazil's Foreign Ministry said the meeting had been productive.")
                .contains("Organization:Brazil's Foreign Ministry"));
    }

    @Test
    void stateNamedInItsMinistrysNameIsAnActorToo() {
        assertTrue(actors("Brazil's Foreign Ministry said the meeting had been productive.").contains("State:Brazil"));
    }

    @Test
    void aStatesMilitaryThatActsIsAnOrganization() {
        assertEquals(List.of("Organization:Kenya's military", "State:Kenya"),
                actors("Kenya's military said it would withdraw from the border."));
    }

    @Test
    void militaryBeforeACommonNounDescribesTheNounAndNamesNoBody() {
        assertEquals(List.of("Person:Amina Wanjiru", "State:Kenya", "State:Somalia"),
                actors("Kenyan Foreign Minister Amina Wanjiru rejected any Somali military action near the border."));
    }

    @Test
    void theArmyChiefIsStillTheArmys() {
        // control: a title after the body's name keeps the body
        assertTrue(actors("Kenya's army spokesman spoke on Monday.").contains("Organization:Kenya's army"));
    }

    @Test
    void aDemonymBeforeMilitantsIsTheirNationalityNotTheStateActing() {
        assertEquals(List.of("State:Kenya"), actors("Kenya said Somali militants had crossed the border."));
    }

    @Test
    void aDemonymBeforeAnAdjectiveAndAFactionIsANationalityToo() {
        assertEquals(List.of("Organization:Hamas"), actors("Hamas, the Palestinian political faction, has yet to respond."));
    }

    @Test
    void aDemonymBeforeAnOfficeIsStillTheState() {
        // control: the office makes the state an actor
        assertEquals(List.of("Person:Mahmoud Abbas", "State:Palestine"), actors("Palestinian President Mahmoud Abbas spoke on Monday."));
    }

    @Test
    void theIslamicEmirateIsTheTalibansNameForItsGovernmentNotAPerson() {
        assertEquals(List.of("Organization:Taliban"), actors("The Islamic Emirate wants good relations with all its neighbours."));
    }

    @Test
    void aDamIsAPlaceNotAPerson() {
        assertEquals(List.of("State:Ethiopia", "State:Kenya"), actors("Kenya warned Ethiopia over the Grand Omo Valley Dam."));
    }

    @Test
    void theOrganizationNamedAsAnotherOnesPossessorIsMentionedToo() {
        assertEquals(List.of("Organization:European Commission", "Organization:European Union", "State:Kenya"),
                actors("Kenya welcomed the statement by the EU's executive arm."));
    }

    @Test
    void aRegionsAdjectiveBeforeACommonNounIsNoPerson() {
        assertEquals(List.of("Person:Amina Wanjiru", "State:Kenya"),
                actors("Kenyan Foreign Minister Amina Wanjiru cautioned the Central Asian states against new sanctions."));
    }

    @Test
    void armedGroupFromTheGazetteer() {
        assertEquals(List.of("Organization:Houthi movement", "State:Saudi Arabia"),
                actors("The Houthis threatened Saudi Arabia with new attacks."));
    }

    @Test
    void armedGroupBesideANationalArmy() {
        assertTrue(actors("The Kenyan army said al-Shabaab fighters had attacked a base.").stream()
                .anyMatch(a -> a.startsWith("Organization:") && a.toLowerCase().contains("shabaab")));
    }

    @Test
    void aStateBodyNamedWithoutItsStateIsAnOrganization() {
        assertEquals(List.of("Organization:Israel Defense Forces", "State:Israel"),
                actors("Soldiers toured IDF positions near the border on Sunday."));
    }

    @Test
    void theAcronymOfAStateBodyIsTheSameOrganizationAsItsName() {
        assertEquals(List.of("Organization:United States Agency for International Development", "State:United States"),
                actors("A team from the US Agency for International Development (USAID) arrived, and USAID said more would follow."));
    }

    // ---------------------------------------------------------------- media and platforms are not actors

    @Test
    void newsAgencySpokenToIsNoActor() {
        assertEquals(List.of("Person:Kwame Asante", "State:Ghana"),
                actors("Ghana's President Kwame Asante told Reuters that the talks were useful."));
    }

    @Test
    void platformPostedOnIsNoActor() {
        assertEquals(List.of("State:Kenya"), actors("The Kenyan government posted on X that the delegation had landed."));
    }

    @Test
    void broadcasterCitedAsSourceIsNoActor() {
        assertEquals(List.of("State:Norway"), actors("According to Al Jazeera, Norway has offered to mediate."));
    }

    @Test
    void newspapersThatReportedAreNoActors() {
        assertEquals(List.of(), actors("The talks were first reported by The New York Times and Bloomberg."));
    }

    @Test
    void newspaperNamedAfterACapitalDoesNotStandForTheState() {
        Readout r = read("The Jakarta Post quoted Indonesian officials as saying the visit was cancelled.");
        assertEquals(List.of("State:Indonesia"), r.actors());
        assertFalse(r.entity("Indonesia").names().contains("Jakarta"));
    }

    @Test
    void newsAgencyAsSpeakerIsNoActorButThePersonItQuotesIs() {
        assertEquals(List.of("Person:Wang Yi", "State:Brazil", "State:China"),
                actors("Xinhua said Chinese Foreign Minister Wang Yi would visit Brazil."));
    }

    @Test
    void messagingAppIsNoActor() {
        assertEquals(List.of(), actors("The ambassador wrote on Telegram that the talks had failed."));
    }

    @Test
    void aTitleCaseHeadlineWithLowerCaseSmallWordsMakesNoNameOfAVerb() {
        Readout r = Readout.headlined(PIPELINE, "Ruto Invites Ghana's Mahama, Other Leaders to Nairobi Summit",
                "Kenyan President William Ruto has invited Ghanaian President John Mahama to the summit.");
        assertFalse(r.actors().stream().anyMatch(a -> a.contains("Invites")), r.actors().toString());
        // control: prose with a lower-case verb keeps its names
        assertTrue(actors("Kenyan President William Ruto met Ghanaian President John Mahama in Nairobi on Monday.")
                .contains("Person:John Mahama"));
    }
}
