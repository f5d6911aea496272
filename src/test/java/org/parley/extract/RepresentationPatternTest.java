package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.ArticlePipeline;

/**
 * represents: who acts for which state or organization, from explicit wording and from official
 * roles; a ministry's people end at its state; family ties and nationality alone are no representation.
 */
class RepresentationPatternTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    /** The representations in a one- or two-sentence article as "represents(person -> actor)", sorted. */
    private static List<String> represents(String text) {
        return Readout.of(PIPELINE, text).tuples(RelationType.REPRESENTS);
    }

    // ---------------------------------------------------------------- explicit wording

    @Test
    void whoeverAccompaniesSomeoneIsOfTheirSide() {
        assertEquals(List.of("represents(Jeje Odongo -> Uganda)", "represents(William Ruto -> Kenya)", "represents(Yoweri Museveni -> Uganda)"),
                represents("Kenya's President William Ruto met Ugandan President Yoweri Museveni, who was accompanied by Foreign Minister Jeje Odongo."));
    }

    @Test
    void anOwnerlessOfficeIsNotTheStateOfItsHoldersHost() {
        assertEquals(List.of("represents(Charles III -> United Kingdom)"),
                represents("Britain's King Charles III hosted President Emmanuel Macron at Windsor Castle."));
        assertEquals(List.of(), represents("Kenya hosted President John Mahama on Monday."));
    }

    @Test
    void anOwnerlessOfficeIsNotTheStateOfTheGuestItsHolderHosts() {
        assertEquals(List.of("represents(Prabowo Subianto -> Indonesia)"),
                represents("Indonesian President Prabowo Subianto will travel to Canberra as a guest of Prime Minister Anthony Albanese."));
    }

    @Test
    void aGazetteerOfficeTitleIsATitleOfItsState() {
        assertEquals(List.of("represents(Micheal Martin -> Ireland)"), represents("Ireland sent a delegation. Taoiseach Micheal Martin led it."));
    }

    @Test
    void aRankAndAPortfolioAroundAStatesOfficeKeepItThatStates() {
        assertEquals(List.of("represents(Daniel Kritenbrink -> United States)"),
                represents("The United States sent a delegation. Assistant Secretary of State for East Asian and Pacific Affairs Daniel Kritenbrink led it."));
    }

    @Test
    void aRegionBetweenABodyAndItsOfficeIsTheOfficesField() {
        assertEquals(List.of("represents(Kurt Campbell -> United States)"),
                represents("On Friday, White House Indo-Pacific coordinator Kurt Campbell met the delegation."));
        assertEquals(List.of("represents(Miroslav Lajcak -> European Union)"), represents("The EU's Balkans envoy Miroslav Lajcak met the delegation."));
    }

    @Test
    void willRepresent() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)"),
                represents("Foreign Minister Amina Wanjiru will represent Kenya at the summit."));
    }

    @Test
    void anOfficeWithItsOwnerSetBeforeANamedPersonIsThatPersonsSecondOffice() {
        assertEquals(List.of("represents(Emmerson Mnangagwa -> Southern African Development Community)",
                        "represents(Emmerson Mnangagwa -> Zimbabwe)"),
                represents("The summit was opened by SADC Chairperson, Zimbabwean President Emmerson Mnangagwa, in Lusaka."));
    }

    @Test
    void anOfficeInARelativeClauseWithAnAdverb() {
        assertEquals(List.of("represents(Lawrence Kanyuka -> March 23 Movement)"),
                represents("Lawrence Kanyuka, who is also the chief spokesperson of the M23, spoke on Friday."));
    }

    @Test
    void anEnvoysDemonymIsWhereThePossessorPostedThem() {
        assertEquals(List.of("represents(Mansoor Ahmed Khan -> Pakistan)"),
                represents("Kabul summoned Pakistan's Afghan envoy Mansoor Ahmed Khan on Saturday."));
    }

    @Test
    void anOfficeWithNoOwnerIsOfTheStateWhoseOfficialTheStoryOpensWith() {
        assertEquals(List.of("represents(Ana Lima -> Portugal)", "represents(Rui Costa -> Portugal)"),
                represents("Portuguese Prime Minister Rui Costa warned Spain on Monday. Foreign Minister Ana Lima said she was disappointed."));
    }

    @Test
    void speakingForAnHourIsSpeakingForNoOne() {
        assertEquals(List.of(), represents("Ana Lima spoke for an hour in Accra."));
    }

    @Test
    void aBodysCoordinatorActsForTheBody() {
        assertEquals(List.of("represents(Jane Holm -> Economic Community of West African States)"),
                represents("ECOWAS coordinator Jane Holm arrived in Bamako on Monday."));
    }

    @Test
    void theCoordinatorOfASummitActsForNoStateTheSentenceNames() {
        assertEquals(List.of(), represents("Jane Holm, the coordinator of the summit, said the Peruvian government had not replied."));
    }

    @Test
    void surnameInALaterSentenceWillRepresent() {
        assertEquals(List.of("represents(William Ruto -> Kenya)"),
                represents("William Ruto arrived in Oslo on Monday. Mr Ruto will represent Kenya at the forum."));
    }

    @Test
    void whoStandsInForAPersonRepresentsThatPersonsState() {
        assertEquals(List.of("represents(Amina Diallo -> Kenya)", "represents(William Ruto -> Kenya)"),
                represents("Kenyan President William Ruto will skip the summit. Ruto will be represented by Amina Diallo."));
    }

    @Test
    void willRepresentAPersonWithAnOffice() {
        assertEquals(List.of("represents(Amina Diallo -> Nigeria)", "represents(Bola Adeyemi -> Nigeria)"),
                represents("Amina Diallo will represent Nigerian President Bola Adeyemi at the meeting."));
    }

    @Test
    void standingInForAPersonWhoRepresentsNoOneIsNoRepresentation() {
        assertEquals(List.of(), represents("The novelist Kofi Mensah was represented by his lawyer Amina Diallo."));
    }

    @Test
    void ledTheDemonymDelegation() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)"),
                represents("Amina Wanjiru led the Kenyan delegation to the talks in Geneva."));
    }

    @Test
    void delegationLedByInApposition() {
        assertEquals(List.of("represents(Mauro Vieira -> Brazil)"),
                represents("The Brazilian delegation, led by Foreign Minister Mauro Vieira, arrived in Jakarta on Sunday."));
    }

    @Test
    void aStatesPossessedDelegationLedByAfterAuxiliaries() {
        // the other clause names Russia first, so only the delegation's owner gives Ukraine
        assertEquals(List.of("represents(Oleh Marchenko -> Ukraine)"),
                represents("Russia sent a team, while Ukraine's delegation will again be led by Defence Minister Oleh Marchenko."));
    }

    @Test
    void theDelegationFromAStateHeadedByX() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)"),
                represents("The delegation from Kenya, headed by Amina Wanjiru, arrived in Cairo on Monday."));
    }

    @Test
    void delegationWasLedBy() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)"),
                represents("The Kenyan delegation was led by Foreign Minister Amina Wanjiru."));
    }

    @Test
    void willBeRepresentedByTwoPeople() {
        assertEquals(List.of("represents(Espen Barth Eide -> Norway)", "represents(Jonas Gahr Store -> Norway)"),
                represents("Norway will be represented by Espen Barth Eide and Jonas Gahr Store."));
    }

    @Test
    void whoHeadsAStatesMinistryRepresentsTheState() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)"),
                represents("Amina Wanjiru, who heads Kenya's foreign ministry, arrived in Cairo on Monday."));
    }

    @Test
    void whoLeadsAnInternationalOrganizationRepresentsIt() {
        assertEquals(List.of("represents(Amina Wanjiru -> African Union)"),
                represents("Amina Wanjiru, who leads the African Union, arrived in Cairo on Monday."));
    }

    @Test
    void whoLeadsAPartyTheTextAloneNamesRepresentsNoOne() {
        assertEquals(List.of(), represents("Amina Wanjiru, who leads the opposition Freedom Party, criticised the deal."));
    }

    @Test
    void speakingOnBehalfOfAnOrganizationBeforeTheSpeaker() {
        assertEquals(List.of("represents(William Ruto -> African Union)", "represents(William Ruto -> Kenya)"),
                represents("Speaking on behalf of the African Union, Kenyan President William Ruto called for a ceasefire."));
    }

    @Test
    void onBehalfOfAnOrganization() {
        assertEquals(List.of("represents(Ana Souza -> African Union)"),
                represents("Ana Souza spoke on behalf of the African Union."));
    }

    @Test
    void attendedAsAStatesEnvoy() {
        assertEquals(List.of("represents(Kofi Mensah -> Ghana)"),
                represents("Kofi Mensah attended the talks as Ghana's envoy."));
    }

    // ---------------------------------------------------------------- official roles

    @Test
    void demonymAndTitleBeforeTheName() {
        assertEquals(List.of("represents(Joko Widodo -> Indonesia)"),
                represents("Indonesian President Joko Widodo addressed the assembly."));
    }

    @Test
    void possessiveStateAndTitleBeforeTheName() {
        assertEquals(List.of("represents(Kwame Asante -> Ghana)"),
                represents("Ghana's President Kwame Asante told Reuters that the talks were useful."));
    }

    @Test
    void appositionWithTheOfficeOfAState() {
        assertEquals(List.of("represents(Espen Barth Eide -> Norway)"),
                represents("Espen Barth Eide, the foreign minister of Norway, said the talks would resume."));
    }

    @Test
    void appositionWithPossessiveStateOffice() {
        assertEquals(List.of("represents(Mauro Vieira -> Brazil)"),
                represents("Mauro Vieira, Brazil's foreign minister, spoke to reporters."));
    }

    @Test
    void headOfAnOrganizationsCommissionRepresentsTheOrganization() {
        assertEquals(List.of("represents(Moussa Faki Mahamat -> African Union)"),
                represents("The head of the African Union Commission, Moussa Faki Mahamat, called for calm."));
    }

    @Test
    void organizationAcronymAndTitleBeforeTheName() {
        assertEquals(List.of("represents(Kao Kim Hourn -> Association of Southeast Asian Nations)"),
                represents("ASEAN Secretary-General Kao Kim Hourn welcomed the agreement."));
    }

    @Test
    void hisAdviserActsForTheStateOfTheLeaderNamedBeforeNotThePlaceHeIsSentTo() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)", "represents(William Ruto -> Kenya)"),
                represents("Kenyan President William Ruto sent his adviser, Amina Wanjiru, to Cairo on Sunday."));
    }

    @Test
    void hisCounterpartDoesNotActForTheStateOfTheLeaderNamedBefore() {
        assertEquals(List.of("represents(William Ruto -> Kenya)"),
                represents("Kenyan President William Ruto received his counterpart Amina Wanjiru in Nairobi."));
    }

    @Test
    void itsSpokespersonActsForTheStateWhoseMinistrySpeaks() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)"),
                represents("Kenya's foreign ministry said its spokesperson, Amina Wanjiru, would travel to Cairo."));
    }

    @Test
    void envoyForARegionInAppositionRepresentsTheEnvoysOrganization() {
        assertEquals(List.of("represents(Amara Diallo -> African Union)"),
                represents("The African Union's special envoy for the Sahel, Amara Diallo, arrived in Niamey on Monday."));
    }

    @Test
    void envoyForAStateInAppositionRepresentsTheSenderNotThePost() {
        assertEquals(List.of("represents(Amara Diallo -> African Union)"),
                represents("The African Union's special envoy for Sudan, Amara Diallo, arrived in Khartoum on Monday."));
    }

    @Test
    void ambassadorRepresentsTheSendingStateNotTheHostState() {
        assertEquals(List.of("represents(Akosua Boateng -> Ghana)"),
                represents("Ghana's ambassador to Peru, Akosua Boateng, presented her credentials."));
    }

    @Test
    void twoLeadersInOneSentenceEachRepresentTheirOwnState() {
        assertEquals(List.of("represents(John Mahama -> Ghana)", "represents(William Ruto -> Kenya)"),
                represents("Kenyan President William Ruto and Ghanaian President John Mahama held talks in Accra."));
    }

    @Test
    void titleNameOfStateAfterTheInviter() {
        assertEquals(List.of("represents(Lula da Silva -> Brazil)"),
                represents("Kenya invited President Lula da Silva of Brazil to visit Nairobi."));
    }

    @Test
    void inviterBeforeTheGuestsDemonymDoesNotTakeTheGuestsState() {
        List<String> found = represents(
                "At the invitation of President William Ruto, Brazilian President Lula da Silva visited Nairobi on Thursday.");
        assertFalse(found.contains("represents(William Ruto -> Brazil)"), found.toString());
        assertTrue(found.contains("represents(Lula da Silva -> Brazil)"), found.toString());
    }

    @Test
    void anAideOfAPersonActsForTheStateThatPersonRepresents() {
        assertEquals(List.of("represents(Kofi Mensah -> Ghana)", "represents(Yaw Boateng -> Ghana)"),
                represents("President Kofi Mensah will represent Ghana at the summit, his spokesman Yaw Boateng told reporters."));
    }

    @Test
    void leadersInvitedToACapitalHoldNoPostThere() {
        // "ambassador to Jordan" is a posting; "the leaders to Accra" is where they go, so Accra stays the sentence's state
        assertEquals(List.of("represents(Kofi Mensah -> Ghana)"),
                represents("President Kofi Mensah invited the leaders to Accra on Monday."));
    }

    @Test
    void anAideOfAPersonWhoRepresentsNoOneRepresentsNoOneEither() {
        assertEquals(List.of(),
                represents("The novelist Kofi Mensah arrived on Monday, his spokesman Yaw Boateng told reporters."));
    }

    @Test
    void ambassadorToAnOrganizationWithNoCommaBeforeTheName() {
        assertEquals(List.of("represents(Dana Whitfield -> United States)"),
                represents("US Ambassador to the United Nations Dana Whitfield said the council would vote."));
    }

    @Test
    void specialAssistantToAStatesPresidentInApposition() {
        assertEquals(List.of("represents(Ali Navabi -> Iran)"),
                represents("Ali Navabi, special assistant to Iran's president, attended the talks."));
    }

    @Test
    void adviserToTheDemonymPresidentInApposition() {
        assertEquals(List.of("represents(Ali Navabi -> Kenya)"),
                represents("Ali Navabi, an adviser to the Kenyan president, attended the talks."));
    }

    @Test
    void anAmbassadorInACapitalIsTheOwnersAmbassador() {
        assertEquals(List.of("represents(Kenji Arai -> Japan)"),
                represents("Japan's ambassador in Seoul, Kenji Arai, met the officials."));
    }

    @Test
    void chiefCabinetSecretaryIsAnOffice() {
        assertEquals(List.of("represents(Kenji Arai -> Japan)"),
                represents("Japan will send an envoy in June, Chief Cabinet Secretary Kenji Arai told reporters."));
    }

    @Test
    void anOfficeAfterWhoseIsOfTheStateTheClauseHangsOn() {
        assertEquals(List.of("represents(Badr Abdelatty -> Egypt)"),
                represents("Qatar welcomed the plan put forward by Egypt, whose foreign minister Badr Abdelatty flew to Doha."));
    }

    @Test
    void anOfficeAfterWhoseIsOfThePersonTheClauseHangsOn() {
        assertEquals(List.of("represents(Hussein Mohamed -> Kenya)", "represents(William Ruto -> Kenya)"),
                represents("The talks were proposed by Kenyan President William Ruto, whose spokesman Hussein Mohamed confirmed the date."));
    }

    @Test
    void anOfficeAfterWhoseIsOfTheOrganizationTheClauseHangsOn() {
        assertEquals(List.of("represents(Mahmoud Ali Youssouf -> African Union)"),
                represents("The visit was arranged by the African Union, whose chairperson Mahmoud Ali Youssouf will attend."));
    }

    @Test
    void aSecondCabinetPostAfterAndSharesTheFirstsState() {
        assertEquals(List.of("represents(Musalia Mudavadi -> Kenya)", "represents(Soipan Tuya -> Kenya)"),
                represents("Kenya's Foreign Secretary Musalia Mudavadi and Climate Minister Soipan Tuya met Chinese officials."));
    }

    @Test
    void aCabinetPostNamedForItsFieldIsATitle() {
        assertEquals(List.of("represents(Elmer Schialer -> Peru)", "represents(Rosa Quispe -> Peru)"),
                represents("Chile hosted the talks. Peruvian Foreign Minister Elmer Schialer and Fisheries Minister Rosa Quispe attended."));
    }

    @Test
    void theGroupsSpokesmanActsForTheGroupNamedBefore() {
        assertEquals(List.of("represents(Omar Bashir -> Hamas)"),
                represents("Hamas has been invited to send a delegation, the group's spokesman Omar Bashir said."));
    }

    @Test
    void theBlocsChairpersonActsForTheBlocNotForTheStateBeforeIt() {
        assertEquals(List.of("represents(Amina Diallo -> African Union)"),
                represents("Kenya backed the African Union plan, and the bloc's chairperson Amina Diallo welcomed it."));
    }

    @Test
    void anOfficeInAClauseOfContrastTakesThatClausesState() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)", "represents(Donald Trump -> United States)",
                        "represents(John Carter -> United States)"),
                represents("Kenya's delegation was led by Foreign Minister Amina Wanjiru, while the American side was headed by "
                        + "President Donald Trump's envoy John Carter."));
    }

    @Test
    void theSpokesmanOfAGroupThatTheTextPutsInAStateSpeaksForTheGroup() {
        assertEquals(List.of("represents(Ali Dhere -> al-Shabaab)"),
                represents("Kenya and Somalia's al-Shabaab leadership agreed to talk. Al-Shabaab spokesman Ali Dhere said the talks went well."));
    }

    @Test
    void anActingMinisterOfAGroupActsForTheGroup() {
        assertEquals(List.of("represents(Mohammad Yaqoob -> Taliban)"),
                represents("The talks were attended by the Taliban's acting defence minister, Mullah Mohammad Yaqoob."));
    }

    @Test
    void anEnvoyForAStateIsNotThatStatesEnvoy() {
        assertEquals(List.of("represents(Paul North -> Kenya)"),
                represents("Kenya's Special Envoy for Somalia Paul North said the talks went well."));
    }

    @Test
    void anEnvoyOfAStateBodyForAStateActsForTheBodysState() {
        assertEquals(List.of("represents(Paul North -> United States)"),
                represents("The team includes Deputy Special Representative of the State Department for Somalia Paul North."));
    }

    @Test
    void anEnvoyForAStateWithNoOwnerRepresentsNoOne() {
        // control: the state after "for" is the post, and nothing else says whose envoy he is
        assertEquals(List.of(), represents("The team includes Special Envoy for Somalia Paul North."));
    }

    @Test
    void itsBodysOfficeHolderActsForTheOrganizationNamedBefore() {
        assertEquals(List.of("represents(Amina Diallo -> African Union)"),
                represents("The African Union has offered to mediate, its commission chairperson Amina Diallo said."));
    }

    @Test
    void aDescriptionOfTheKindOfSomeoneNamedInTheSentenceIsNoOneElse() {
        // John Mahama's office is the host's: the article opens with Ghana welcoming its guest
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)", "represents(John Mahama -> Ghana)"),
                represents("Ghana welcomed Kenyan President Amina Wanjiru on Monday, the first visit by a Kenyan head of state in "
                        + "a decade. Wanjiru later held talks with President John Mahama."));
    }

    @Test
    void aPresidentIsNotTheRepresentativeOfTheStatesHeInvites() {
        assertEquals(List.of(), represents("The invitations were extended by President Amina Wanjiru to the heads of state of Ethiopia and Uganda."));
    }

    @Test
    void aPortfolioThatIsAlsoAnOutletsNameIsPartOfTheTitle() {
        assertEquals(List.of("represents(Ana Reyes -> Philippines)"),
                represents("Philippine Foreign Affairs Secretary Ana Reyes said the talks were useful."));
    }

    @Test
    void aNameThatOwnsWhatFollowsHoldsNoOfficeBeforeIt() {
        Readout r = Readout.headlined(PIPELINE, "Kenya hosts Ghana talks",
                "Ghanaian President John Mahama arrived on Monday. Ghana's delegation will be led by Omar Bello, "
                        + "secretary of the National Security Council, Mahama's office said.");
        assertEquals(List.of("represents(John Mahama -> Ghana)", "represents(Omar Bello -> Ghana)"), r.tuples(RelationType.REPRESENTS));
    }

    @Test
    void aGuessedHomeStateGivesWayToAStatedRole() {
        Readout r = Readout.headlined(PIPELINE, "Kenya hosts Ghana talks in Nairobi",
                "Kenyan President Amina Noor hosted the talks. Ghana's delegation will be led by Omar Bello, "
                        + "secretary of the National Security Council.");
        assertEquals(List.of("represents(Amina Noor -> Kenya)", "represents(Omar Bello -> Ghana)"), r.tuples(RelationType.REPRESENTS));
    }

    @Test
    void anOfficeOpenedWithItsIsOfTheBodyTheSentenceBeforeOpenedWith() {
        assertEquals(List.of("represents(Amina Noor -> al-Shabaab)"),
                represents("Al-Shabaab has threatened Kenyan troops. Its spokesperson, Amina Noor, warned them against raids."));
    }

    @Test
    void aStatesEnvoyToAnInternationalOrganizationActsForTheState() {
        assertEquals(List.of("represents(Anna Berg -> United Kingdom)"), represents("Britain's UN ambassador, Anna Berg, said the council would meet."));
        assertEquals(List.of("represents(Ravi Das -> India)"), represents("India's Brics sherpa, Ravi Das, said the agenda was set."));
    }

    @Test
    void theHeadOfAnOrganOfAnInternationalOrganizationActsForTheOrganization() {
        assertEquals(List.of("represents(Anna Berg -> European Union)"),
                represents("European Commission President Anna Berg will lead the EU side at the summit."));
        assertEquals(List.of("represents(Omar Touré -> Economic Community of West African States)"),
                represents("The delegation was led by the President of the ECOWAS Commission, Dr Omar Touré."));
    }

    @Test
    void aTitleThatNamesOneStatesOfficeIsThatStates() {
        assertEquals(List.of("represents(Paul Reed -> United States)", "represents(Wen Li -> China)"),
                represents("The United States and China will hold talks in Singapore. Treasury Secretary Paul Reed and "
                        + "Chinese Vice Premier Wen Li are expected to meet, with Singapore playing host."));
    }

    @Test
    void aTitleThatNamesAnUnmentionedStatesOfficeGivesNoOtherState() {
        // the dateline's state is not the Secretary of State's
        assertEquals(List.of("represents(Amal Saleh -> Egypt)"),
                represents("CAIRO - Egyptian Foreign Minister Amal Saleh will travel to Washington at the invitation of "
                        + "Secretary of State Paul Reed."));
    }

    @Test
    void anUnattachedMinistryIsOfTheStateTheDatelineNames() {
        assertEquals(List.of("represents(Reza Karimi -> Iran)"),
                represents("TEHRAN \u2013 Oman will host talks between Iran and Britain next week, the Foreign Ministry said. "
                        + "Foreign Ministry spokesman Reza Karimi welcomed the move."));
        assertEquals(List.of("represents(Amina Noor -> Kenya)"),
                represents("NAIROBI, May 4 (Reuters) - Ethiopia and Kenya agreed to talks. Foreign Minister Amina Noor said the talks would open in June."));
    }

    @Test
    void withoutADatelineTheCapitalTheOpeningPlacesTheStoryInGivesTheHomeState() {
        Readout r = Readout.headlined(PIPELINE, "Uganda's prime minister holds talks in Nairobi",
                "Kenya and Uganda signed two trade deals on Monday. The spokesperson for the Ministry of Foreign Affairs, Amina Noor, said the talks went well.");
        assertEquals(List.of("represents(Amina Noor -> Kenya)"), r.tuples(RelationType.REPRESENTS));
    }

    @Test
    void withoutADatelineTheFirstStateNamedIsTheHomeState() {
        // control: no dateline, so the ministry is the first named state's
        assertEquals(List.of("represents(Reza Karimi -> Oman)"),
                represents("Oman will host talks between Iran and Britain next week, the Foreign Ministry said. "
                        + "Foreign Ministry spokesman Reza Karimi welcomed the move."));
    }

    @Test
    void aDatelineGivesNoStateToLawmakersOrEnvoys() {
        assertEquals(List.of(), represents("BOGOTA, Sept 4 (Reuters) - Colombia will host the talks. The opposition will be led by lawmaker Ana Ruiz."));
    }

    @Test
    void aMinisterMetInACapitalIsOfItsState() {
        assertEquals(List.of("represents(Faisal Omar -> Saudi Arabia)", "represents(Samir Haddad -> Syria)"),
                represents("Syria was invited to the summit. The invitation was handed over in Damascus by the Saudi ambassador, "
                        + "Faisal Omar, during a meeting with Foreign Minister Samir Haddad."));
        // control: the minister who arrives in the capital is not of its state
        assertEquals(List.of(), represents("Syria was invited to the summit. Foreign Minister Samir Haddad arrived in Damascus on Monday."));
    }

    @Test
    void statesListedBeforeAPluralOfficePairWithTheNamesAfterIt() {
        assertEquals(List.of("represents(Ana Ruiz -> Chile)", "represents(Juan Soto -> Peru)", "represents(Pedro Lima -> Brazil)"),
                represents("Brazilian President Pedro Lima met his Chilean and Peruvian counterparts, Ana Ruiz and Juan Soto, in Lima."));
        assertEquals(List.of("represents(Ana Ruiz -> Chile)", "represents(Juan Soto -> Peru)", "represents(Lea Ortiz -> Bolivia)"),
                represents("The minister wrote to her Chilean, Peruvian and Bolivian counterparts \u2014 Ana Ruiz, Juan Soto and Lea Ortiz \u2014 on Monday."));
    }

    @Test
    void theTwoCountriesOfficesPairWithTheTwoStatesNamedBefore() {
        assertEquals(List.of("represents(Ana Ruiz -> Chile)", "represents(Juan Soto -> Peru)"),
                represents("Kenya brokered a deal between Chile and Peru that was signed by the two countries' foreign ministers, Ana Ruiz and Juan Soto."));
        assertEquals(List.of("represents(Ana Ruiz -> Chile)", "represents(Juan Soto -> Peru)"),
                represents("Chile and Peru sent their foreign ministers, Ana Ruiz and Juan Soto, to the talks."));
    }

    @Test
    void aListOfStatesThatDoesNotMatchTheNamesPairsWithNone() {
        // control: two states, one name; the office's own state still holds for the one name
        assertEquals(List.of("represents(Ana Ruiz -> Peru)"),
                represents("He met his Chilean and Peruvian counterparts, Ana Ruiz, in Lima."));
    }

    @Test
    void aPlaceSomeoneIsInvitedToVisitIsNotTheStateTheyActFor() {
        assertEquals(List.of("represents(Hanna Berg -> Norway)"),
                represents("Prime Minister Hanna Berg has been invited to visit Japan next spring, Norwegian government sources said."));
        assertEquals(List.of(), represents("Prime Minister Hanna Berg will travel to Japan next week, her office said."));
        assertEquals(List.of(), represents("Chancellor Hanna Berg's visit to Chile was postponed."));
    }

    @Test
    void aDestinationIsOnlyTheTravellersNotTheInvitersOrAnyoneNamedAfterIt() {
        // controls: the inviter's own state, and a host named after the place travelled to
        assertEquals(List.of("represents(Ruth Amani -> Kenya)"),
                represents("Lee accepted an invitation from President Ruth Amani to visit Kenya."));
        assertEquals(List.of("represents(Li Wen -> China)"),
                represents("The leaders will travel to China for a summit hosted by President Li Wen."));
    }

    @Test
    void anAdvisorForARegionActsForTheStateBeforeTheTitle() {
        assertEquals(List.of("represents(Paul North -> Kenya)"),
                represents("Kenyan Senior Advisor for Africa Paul North attended the ceremony."));
    }

    @Test
    void theHeadOfAGroupsDelegationActsForTheGroup() {
        assertEquals(List.of("represents(Omar Bashir -> al-Shabaab)"),
                represents("Kenya received an al-Shabaab delegation headed by Omar Bashir in Nairobi on Sunday."));
    }

    // ---------------------------------------------------------------- a ministry's people end at the state

    @Test
    void ministrySpokespersonWithPossessiveStateRepresentsTheState() {
        assertEquals(List.of("represents(Grace Mutua -> Kenya)"),
                represents("Kenya's Foreign Ministry spokesperson Grace Mutua said the envoy had been recalled."));
    }

    @Test
    void ministrySpokespersonWithDemonymRepresentsTheState() {
        assertEquals(List.of("represents(Ana Souza -> Brazil)"),
                represents("Brazilian Foreign Ministry spokesperson Ana Souza declined to comment."));
    }

    @Test
    void spokespersonForAPossessiveMinistryRepresentsTheState() {
        assertEquals(List.of("represents(Ana Souza -> Brazil)"),
                represents("A spokesperson for Brazil's Foreign Ministry, Ana Souza, said the trip was postponed."));
    }

    @Test
    void officialInAPossessiveMinistryRepresentsTheState() {
        assertEquals(List.of("represents(Budi Santoso -> Indonesia)"),
                represents("Budi Santoso, a senior official in Indonesia's Foreign Ministry, said the visit would go ahead."));
    }

    @Test
    void theSpokespersonOfAStatesBodyRepresentsThatStateNotTheArticlesFirstState() {
        // the article names Ghana first; "State Department" alone says whose spokesperson this is
        assertEquals(List.of("represents(Jane Okafor -> United States)"),
                represents("Ghana will host the summit. State Department spokesperson Jane Okafor said the envoy would attend."));
    }

    @Test
    void theHeadOfAStateAgencyRepresentsItsState() {
        assertEquals(List.of("represents(Peter Lindqvist -> United States)"),
                represents("Deputy Director of the CIA Peter Lindqvist met the delegation in Doha."));
    }

    @Test
    void aCommanderOfAStatesArmedForcesRepresentsTheState() {
        assertEquals(List.of("represents(Reza Karimi -> Iran)"),
                represents("Reza Karimi, a commander of the IRGC, said the drills would continue."));
    }

    @Test
    void theHeadOfAnInternationalOrganizationRepresentsTheOrganization() {
        assertEquals(List.of("represents(Lena Fischer -> World Health Organization)"),
                represents("WHO Director-General Lena Fischer arrived in Geneva on Monday."));
    }

    @Test
    void anAcronymInBracketsAfterTheOwnerKeepsThePersonInApposition() {
        assertEquals(List.of("represents(Omar Haddad -> International Atomic Energy Agency)"),
                represents("The talks were attended by the head of the International Atomic Energy Agency (IAEA), Omar Haddad, and others."));
    }

    @Test
    void aCourtesyTitleInTheAppositionStillNamesTheHolder() {
        assertEquals(List.of("represents(Sitiveni Rabuka -> Fiji)"),
                represents("Fiji's Prime Minister, the Honourable Sitiveni Rabuka, met the envoys."));
        assertEquals(List.of("represents(Winston Peters -> New Zealand)"),
                represents("New Zealand's Foreign Minister, the Rt Hon Winston Peters, will visit Samoa."));
    }

    @Test
    void anOfficeOfAStateNamedBeforeTheHolder() {
        assertEquals(List.of("represents(Lars Dahl -> Norway)"), represents("President of Norway Lars Dahl arrived in Accra."));
        assertEquals(List.of("represents(Eva Berg -> Finland)"), represents("The visit will be hosted by President of the Republic of Finland Eva Berg."));
    }

    @Test
    void aPortfolioInLowerCaseBeforeTheHoldersName() {
        assertEquals(List.of("represents(Lin Hao -> China)"), represents("China's special envoy for Asian affairs, Lin Hao, attended the retreat."));
    }

    @Test
    void aQualifiedOfficeIsNoName() {
        // "Interim" and "Senior" qualify the office that follows; neither starts a person's name
        assertEquals(List.of("represents(Omar Wali -> Afghanistan)"), represents("Interim Afghan Foreign Minister Omar Wali arrived in Doha."));
        assertEquals(List.of("represents(Kyaw Min Tun -> Myanmar)"), represents("Myanmar Senior General Kyaw Min Tun arrived in Moscow."));
    }

    @Test
    void aMiddleInitialEndsNoSentence() {
        assertEquals(List.of("represents(John Q. Adams -> United States)"), represents("US Secretary of State John Q. Adams met Ghana's envoy."));
    }

    @Test
    void anAcronymInBracketsAfterAStateBodyGivesTheBodysState() {
        assertEquals(List.of("represents(Ali Navabi -> Iran)"),
                represents("Also present was the head of the Atomic Energy Organization of Iran (AEOI), Ali Navabi, with his deputies."));
    }

    @Test
    void officeHoldersInThePluralAreNoOnePerson() {
        // "EU leaders" once resolved to the only leader of unknown state, making a Norwegian premier the EU's
        assertEquals(List.of(), represents("EU leaders will head to Oslo next week. Premier Lars Dahl met the envoys at the airport."));
    }

    @Test
    void theChiefOfAStateBodyAfterWhoseRepresentsItsState() {
        assertEquals(List.of("represents(Mohammad Nouri -> Iran)"),
                represents("Rafael Grossi was invited by Iran's Atomic Energy Organization, whose chief Mohammad Nouri will host him."));
    }

    @Test
    void aMinisterWithNoStateIsOfTheStateWhoseMinistryOfThatFieldTheArticleNames() {
        assertEquals(List.of("represents(Amina Wanjiru -> Kenya)"),
                represents("The talks will open on Monday, Kenya's Ministry of Foreign Affairs said. They will be led by Foreign Minister Amina Wanjiru."));
    }

    @Test
    void aMinisterWithNoStateIsNobodysWhenTwoStatesMinistriesOfThatFieldAreNamed() {
        // control: the article names the foreign ministries of two states, so the field does not say whose
        assertEquals(List.of(),
                represents("Kenya's foreign ministry and Uganda's foreign ministry confirmed the talks. They will be led by Foreign Minister Amina Wanjiru."));
    }

    // ---------------------------------------------------------------- negatives

    @Test
    void familyTieIsNoRepresentation() {
        assertEquals(List.of(), represents("President Kwame Asante's son-in-law, Kofi Mensah, attended the dinner."));
    }

    @Test
    void spouseIsNoRepresentation() {
        assertEquals(List.of(), represents("Ruto's wife Rachel Ruto attended the ceremony."));
    }

    @Test
    void birthplaceIsNoRepresentation() {
        assertEquals(List.of(), represents("The Kenyan-born writer Ngozi Kamau spoke at the festival in Oslo."));
    }

    @Test
    void nationalityWithAPrivateOccupationIsNoRepresentation() {
        assertEquals(List.of(), represents("Indonesian businessman Budi Santoso met investors in Singapore."));
    }

    @Test
    void doubleNationalityIsNoRepresentation() {
        assertEquals(List.of(), represents("The Norwegian-American economist Kari Nordmann criticised the plan."));
    }

    @Test
    void aStateWhoseOfficeSomeoneElseHoldsIsNotTheGuess() {
        // Chile's foreign minister is named, so the other foreign minister in the sentence is not Chile's
        assertEquals(List.of("represents(Alberto van Klaveren -> Chile)", "represents(Ana Lima -> Peru)"),
                represents("Peru hosted the talks on Monday. Foreign Minister Ana Lima met Chilean Foreign Minister "
                        + "Alberto van Klaveren as Chile and Peru seek a border deal."));
    }

    @Test
    void anUnattachedOfficeIsOfTheStateTheArticleOpensWith() {
        assertEquals(List.of("represents(Samuel Okoro -> Nigeria)"),
                represents("Nigeria is hosting the regional security conference this week. Prime Minister Samuel Okoro will give the opening address."));
        // control: an article that opens with someone, not a state, gives no such guess
        assertEquals(List.of(), represents("Prime Minister Samuel Okoro will give the opening address. Nigeria is hosting the conference."));
    }
}
