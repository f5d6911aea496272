package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.ArticlePipeline;

/**
 * hosts: who hosts an event or receives a visitor; chairing, a venue alone, denials and
 * hypotheticals are no hosting, nor is receiving an invitation.
 */
class HostingPatternTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private static Readout read(String text) {
        return Readout.of(PIPELINE, text);
    }

    /** The hostings in a one- or two-sentence article as "hosts(host -> event or guest)", sorted. */
    private static List<String> hosts(String text) {
        return read(text).tuples(RelationType.HOSTS);
    }

    // ---------------------------------------------------------------- events hosted

    @Test
    void theOneReceivedAfterAPrepositionIsTheClausesSubject() {
        assertEquals(List.of("hosts(Raúl Castro -> Barack Obama)"),
                hosts("US President Barack Obama toured Havana before being received by Cuba's president, Raúl Castro, at the palace."));
    }

    @Test
    void aSpouseNamedWithTheHostHostsToo() {
        assertEquals(List.of("hosts(Jenni Haukio -> Guðni Jóhannesson)", "hosts(Sauli Niinistö -> Guðni Jóhannesson)"),
                hosts("President Sauli Niinistö, with his wife Jenni Haukio, hosted President Guðni Jóhannesson."));
        // in a passive the spouse is the agent's companion, not a guest
        assertEquals(List.of("hosts(Jenni Haukio -> state visit)", "hosts(Sauli Niinistö -> state visit)"),
                hosts("The state visit will be hosted by President Sauli Niinistö with his spouse, Mrs Jenni Haukio."));
    }

    @Test
    void hostedTheTalks() {
        assertEquals(List.of("hosts(Norway -> talks)"), hosts("Norway hosted the talks between Colombia and the rebels."));
    }

    @Test
    void theHostOfThisYearsSummit() {
        assertEquals(List.of("hosts(Japan -> G7 summit)"), hosts("Japan, the host of this year's G7 summit, invited South Korea."));
    }

    @Test
    void asHostOfTheSummitOpeningTheSentence() {
        assertEquals(List.of("hosts(Japan -> summit)"), hosts("As host of the summit, Japan invited South Korea."));
    }

    @Test
    void hostBeforeAStatesLeaderIsTheStateHostingTheEventOfTheStory() {
        assertEquals(List.of("hosts(Paraguay -> Mercosur summit)"),
                hosts("Ministers met for the Mercosur summit in Asuncion. Host Paraguay's President Santiago Pena called for unity."));
    }

    @Test
    void theFirstHalfOfAHostedCompoundHostsTheEventItModifies() {
        assertEquals(List.of("hosts(Kenya -> summit)"), hosts("Ghana will not attend the Kenya-hosted summit next week."));
        assertEquals(List.of("hosts(United States -> Summit)"), hosts("Peru skipped the U.S.-hosted Summit of the Americas in Los Angeles."));
    }

    @Test
    void aBrokeredOrBackedCompoundIsNoHosting() {
        Readout r = read("Iran-backed militias attacked the Qatar-brokered talks.");
        assertEquals(List.of(), r.tuples(RelationType.HOSTS));
        assertEquals(List.of("State:Iran", "State:Qatar"), r.actors());
        assertEquals(List.of("talks"), r.events());
    }

    @Test
    void aLeaderWhoReceivedAGuestInAClauseOpenedByAfterHostsTheGuest() {
        assertEquals(List.of("hosts(William Ruto -> Lula da Silva)"),
                hosts("The talks came a week after Kenyan President William Ruto received Brazilian President Lula da Silva in Nairobi."));
    }

    @Test
    void aSummitHostedByAStateThatSomeoneElseWillNotAttendIsStillHosted() {
        assertEquals(List.of("hosts(Egypt -> summit)"),
                hosts("Kenyan President William Ruto will not attend the summit hosted by Egypt, his spokesman said."));
    }

    @Test
    void aStateThatWillNotHostTheSummitHostsNothing() {
        assertEquals(List.of(), hosts("Egypt will not host the summit, its foreign ministry said."));
    }

    @Test
    void playingHostToEveryoneAListNames() {
        assertEquals(List.of("hosts(Ana Lima -> Kofi Mensah)", "hosts(Ana Lima -> Lars Dahl)"),
                hosts("Peruvian President Ana Lima played host on Monday to her Ghanaian and Norwegian counterparts, Kofi Mensah and Lars Dahl."));
        assertEquals(List.of("hosts(Peru -> Chile)", "hosts(Peru -> Ghana)"),
                hosts("Last week Lima played host to the defence chiefs of Ghana and Chile."));
    }

    @Test
    void aSpouseCoordinatedWithTheGuestIsAGuestToo() {
        assertEquals(List.of("hosts(Ana Lima -> Efua)", "hosts(Ana Lima -> Kofi Mensah)"),
                hosts("Ana Lima hosted Ghanaian President Kofi Mensah and his wife Efua at the palace."));
    }

    @Test
    void aCapitalizedNameEndingInAnEventNounIsTheEvent() {
        assertEquals(List.of("hosts(Ana Lima -> Central Asia Summit)"), hosts("Ana Lima hosted the Central Asia Summit on Friday."));
        assertEquals(List.of("hosts(Ana Lima -> India-Central Asia Dialogue)"), hosts("Ana Lima hosted the India-Central Asia Dialogue here."));
    }

    @Test
    void aHeadlineWithoutArticlesStillHostsAnOrdinalSummit() {
        assertEquals(List.of("hosts(Ghana -> EU-Ghana summit)"), hosts("Ghana hosts first EU-Ghana summit in Accra"));
        assertEquals(List.of("hosts(Ghana -> first-ever EU-Ghana summit)"), hosts("Ghana hosted the first-ever EU-Ghana summit in Accra on Friday."));
    }

    @Test
    void anOrganizationNamingTheMeetingHostedIsNotTheGuest() {
        assertEquals(List.of("hosts(Kenya -> African Union foreign ministers' meeting)"),
                hosts("Kenya will host the African Union foreign ministers' meeting in Nairobi next month."));
    }

    @Test
    void anOrganizationHostedAsAGuestIsTheGuest() {
        assertEquals(List.of("hosts(Kenya -> African Union)"), hosts("Kenya will host the African Union in Nairobi next month."));
    }

    @Test
    void theVerbBeforeAnEventIsNoPartOfItsName() {
        assertEquals(List.of("nuclear talks"), read("Kenya and African powers hold nuclear talks in Nairobi on Friday.").events());
    }

    @Test
    void visitsBeforeANameIsTheVerbNotAnEventNamedForTheVisitor() {
        assertEquals(List.of(), read("Kenyan foreign minister visits Accra amid trade tensions.").events());
    }

    @Test
    void visitsAfterAPossessiveIsTheNoun() {
        // control: "his visits to" are events
        assertEquals(List.of("visits"), read("Kenya praised the president's visits to Ghana and Togo.").events());
    }

    @Test
    void aSummitAnnouncedAtANewsConferenceIsAnEventOfItsOwn() {
        Readout r = read("Kenyan President William Ruto spoke at a news conference in Nairobi on Monday. "
                + "He said Kenya would host a summit of the African Union next year.");
        assertEquals("summit", r.label(r.relation("hosts(Kenya -> summit)").event()));
    }

    @Test
    void welcomingAStatesDecisionIsNotReceivingTheState() {
        assertEquals(List.of(), hosts("Kenya welcomed Somalia's decision to reopen the border."));
    }

    @Test
    void aGuestAfterWhomSomethingHappensIsNotReceived() {
        assertEquals(List.of(), hosts("After Brazilian President Lula da Silva, reporters received the statement."));
    }

    @Test
    void welcomingADelegationFromAStateHostsTheState() {
        assertEquals(List.of("hosts(Kenya -> Uganda)"), hosts("Kenya welcomed a delegation from Uganda in Nairobi on Monday."));
    }

    @Test
    void aLeaderWhoPlayedHostToAGuestHostsTheGuest() {
        assertEquals(List.of("hosts(William Ruto -> Lula da Silva)"),
                hosts("Kenyan President William Ruto played host to Brazilian President Lula da Silva in Nairobi."));
    }

    @Test
    void aGuestWhoWasHostedByALeaderIsHostedByHim() {
        assertEquals(List.of("hosts(William Ruto -> Lula da Silva)"),
                hosts("Brazilian President Lula da Silva was hosted by Kenyan President William Ruto in Nairobi."));
    }

    @Test
    void aLeaderHostingHisCounterpartHostsTheGuest() {
        assertEquals(List.of("hosts(William Ruto -> Lula da Silva)"),
                hosts("Kenyan President William Ruto hosted his Brazilian counterpart Lula da Silva in Nairobi on Monday."));
    }

    @Test
    void talksHostedByInApposition() {
        assertEquals(List.of("hosts(Kenya -> talks)"), hosts("The talks, hosted by Kenya, ended without an agreement."));
    }

    @Test
    void withHostAbsoluteClause() {
        assertEquals(List.of("hosts(Indonesia -> negotiations)"),
                hosts("The negotiations resumed on Monday, with Indonesia hosting."));
    }

    @Test
    void willHostTheSummit() {
        assertEquals(List.of("hosts(Brazil -> climate summit)"), hosts("Brazil will host the climate summit in November."));
    }

    @Test
    void possessiveHostingOf() {
        assertEquals(List.of("hosts(Kenya -> summit)"), hosts("Kenya's hosting of the summit drew praise from the African Union."));
    }

    @Test
    void thankedForHosting() {
        assertEquals(List.of("hosts(Norway -> talks)"), hosts("The ministers thanked Norway for hosting the talks."));
    }

    @Test
    void playedHostTo() {
        assertEquals(List.of("hosts(Kenya -> peace talks)"), hosts("Kenya played host to the peace talks."));
    }

    @Test
    void capitalAsHostIsItsState() {
        assertEquals(List.of("hosts(Indonesia -> ASEAN summit)"), hosts("Jakarta hosted the ASEAN summit last week."));
    }

    @Test
    void expectedToHostIsHedged() {
        Relation r = read("Ghana is expected to host the next round of talks.").relation("hosts(Ghana -> round of talks)");
        assertEquals(Modality.HEDGED, r.modality());
    }

    @Test
    void headlineHostsLeadersForTalks() {
        assertEquals(List.of("hosts(Fiji -> climate talks)"), hosts("Fiji hosts Pacific leaders for climate talks"));
    }

    @Test
    void hostingAnnouncedToAMediaOutletBelongsToTheSpeakersState() {
        assertEquals(List.of("hosts(Kenya -> talks)"),
                hosts("The Kenyan president told Al Jazeera that Nairobi would host the talks."));
    }

    @Test
    void hostInApposition() {
        assertEquals(List.of("hosts(Indonesia -> summit)"), hosts("Indonesia, the host of the summit, welcomed the delegations."));
    }

    @Test
    void coHostsEachHostTheEvent() {
        assertEquals(List.of("hosts(Norway -> talks)", "hosts(Qatar -> talks)"),
                hosts("Qatar and Norway, which co-hosted the talks in Doha, urged both sides to return."));
    }

    @Test
    void thePartnerAfterWithCoHostsToo() {
        assertEquals(List.of("hosts(Ghana -> summit)", "hosts(Norway -> summit)"),
                hosts("Ghana will co-host the summit with Norway next month."));
    }

    @Test
    void coChairingIsNotHosting() {
        assertEquals(List.of(), hosts("Ghana and Norway co-chaired the meeting in Oslo."));
    }

    @Test
    void lastYearsSummitIsAnotherEventThanTheOneTheArticleIsAbout() {
        assertEquals(List.of("hosts(Norway -> summit)", "hosts(Qatar -> last year's summit)"),
                hosts("Norway will host the summit in May. Qatar hosted last year's summit in Doha."));
    }

    @Test
    void aMeetingIntroducedWithAnIndefiniteArticleIsAnotherEventThanTheTalksBefore() {
        assertEquals(List.of("hosts(Poland -> meeting)"),
                hosts("Estonia and Latvia will hold talks in Tallinn. Poland hosted a meeting of defence ministers last month."));
    }

    @Test
    void theFirstBodySentenceIntroducesAfreshTheEventTheHeadlineNamed() {
        Readout r = Readout.headlined(PIPELINE, "Ghana to host Togo border talks",
                "Ghana will host a new round of talks between Togo and Benin next week, officials said.");
        assertEquals(List.of("hosts(Ghana -> Togo border talks)"), r.tuples(RelationType.HOSTS));
        assertEquals(List.of("Togo border talks"), r.events());
    }

    @Test
    void theLastRoundIsAnotherEventThanTheRoundTheArticleIsAbout() {
        assertEquals(List.of("hosts(Ghana -> last round of talks)"),
                hosts("Togo and Benin will resume talks in Lome. The last round of talks, hosted by Ghana in Accra, ended without a deal."));
    }

    @Test
    void theLastSuchSummitIsAnotherEvent() {
        assertEquals(List.of("hosts(France -> last such summit)", "hosts(Kenya -> summit)"),
                hosts("Kenya will host the summit in Nairobi. The last such summit, hosted by France in Montpellier, drew few leaders."));
    }

    @Test
    void theNextSummitAfterTheArticlesSummitIsAnotherEvent() {
        assertEquals(List.of("hosts(Ghana -> next summit)", "hosts(Kenya -> summit)"),
                hosts("Kenya hosted the summit in Nairobi on Monday. The next summit will be hosted by Ghana."));
    }

    @Test
    void hostingDelegationsWithAnAdjectiveHostsTheirSides() {
        assertEquals(List.of("hosts(Ghana -> Benin)", "hosts(Ghana -> Togo)"),
                hosts("Ghana will host separate delegations from Togo and Benin in Accra this week."));
    }

    @Test
    void aBodyWhoseNameStartsWithARankHosts() {
        assertEquals(List.of("hosts(Ghana's General Intelligence Service -> talks)"),
                hosts("The talks, hosted by Ghana's General Intelligence Service, began on Monday."));
        // control: a rank before a person's name stays a rank
        assertEquals(List.of("hosts(Amadou Sow -> talks)"), hosts("The talks were hosted by General Amadou Sow."));
    }

    @Test
    void theHostBeforeAnAppositionWithARelativeClause() {
        assertEquals(List.of("hosts(Palau -> annual gathering)"),
                hosts("Palau, one of 12 countries that maintain formal ties with Taipei, is hosting the annual gathering."));
        assertEquals(List.of("hosts(Kenya -> summit)"), hosts("Kenya, a country which borders Uganda, will host the summit."));
    }

    @Test
    void aParticipleAfterAnAppositionIsNotClosedByIt() {
        // control: ", threatening" opens a clause of the sentence's subject, not of whom the apposition names
        assertEquals(List.of("warns(Kim Yo Jong -> South Korea)"),
                read("Kim Yo Jong, the sister of North Korean leader Kim Jong Un, issued a warning to South Korea, threatening a disaster.")
                        .tuples(RelationType.WARNS));
    }

    @Test
    void withAStatePlayingHost() {
        assertEquals(List.of("hosts(Singapore -> round of in-person talks)"),
                hosts("Ghana and Togo held talks in Accra. They will hold another round of in-person talks later this month, "
                        + "with Singapore playing host, an official said."));
    }

    @Test
    void aTimeWordBetweenTheHostAndTheVerb() {
        assertEquals(List.of("hosts(Amina Diallo -> Benin)", "hosts(Amina Diallo -> Togo)"),
                hosts("President Amina Diallo yesterday played host to delegations from Togo and Benin."));
        assertEquals(List.of("hosts(Kenya -> summit)"), hosts("Kenya last week hosted the summit."));
    }

    @Test
    void aRoyalStyleBeforeTheHostIsNoVerb() {
        assertEquals(List.of("hosts(Tamim bin Hamad -> Adam Reed)"),
                hosts("His Highness the Amir Sheikh Tamim bin Hamad received Adam Reed at the palace."));
    }

    @Test
    void aTimeWordAfterAnAppositionBeforeTheVerb() {
        assertEquals(List.of("hosts(Amina Diallo -> Sami Nour)"),
                hosts("President Amina Diallo, head of Ghana's government, yesterday received Foreign Minister Sami Nour in Accra."));
    }

    @Test
    void aTimePhraseBetweenTheVerbAndTheGuest() {
        assertEquals(List.of("hosts(Omar Haddad -> Sami Nour)"),
                hosts("Crown Prince Omar Haddad received on Monday evening Lt. Gen. Sami Nour in Jeddah."));
    }

    @Test
    void talksInAnotherCityAreOtherTalks() {
        assertEquals(List.of("hosts(North Macedonia -> talks in Ohrid)"),
                hosts("Serbia and Kosovo will hold talks in Brussels next week. In 2023 they agreed a plan at talks in Ohrid, hosted by North Macedonia."));
        assertEquals(List.of("hosts(Ghana -> talks in Accra)"),
                hosts("The EU will hold talks between Togo and Benin in Brussels. Earlier talks in Accra were hosted by Ghana."));
    }

    @Test
    void consultationsOnATopicInAnotherCityAreOtherTalks() {
        assertEquals(List.of("hosts(Malaysia -> talks)", "hosts(Thailand -> informal consultations in Bangkok)"),
                hosts("Malaysia will host talks in Kuala Lumpur. In December, Thailand hosted informal consultations on Myanmar in Bangkok."));
    }

    @Test
    void aSummitNamedForAnOrganizationWithOfInItsNameIsThatSummit() {
        assertEquals(List.of("hosts(Kazakhstan -> summit)", "hosts(Tajikistan -> Commonwealth of Independent States summit)"),
                hosts("Kazakhstan hosted the summit in Astana. Putin spoke at a Commonwealth of Independent States summit in Dushanbe, which Tajikistan hosted."));
    }

    @Test
    void talksInTheSameCityOrInTheStateOfItAreTheSameTalks() {
        // controls: the city named again, and a city after only the state was named
        assertEquals(List.of("hosts(Oman -> talks)"),
                hosts("Iran and the US will hold talks in Muscat. The talks in Muscat, hosted by Oman, begin on Saturday."));
        assertEquals(List.of("hosts(Oman -> talks)"),
                hosts("Iran and the US will hold talks in Oman. The talks in Muscat, hosted by Oman, begin on Saturday."));
    }

    @Test
    void aSummitNamedForAnOrganizationWithItsAbbreviationIsThatSummit() {
        assertEquals(List.of("hosts(China -> Shanghai Cooperation Organisation (SCO) summit)"),
                hosts("Kenya and Ghana held talks in Nairobi. Ruto then travelled to Tianjin for the Shanghai Cooperation Organisation (SCO) summit hosted by China."));
    }

    @Test
    void theMeetingAfterTheTalksIsStillTheTalks() {
        // control: a definite "the meeting" refers back to the article's talks
        assertEquals(List.of("hosts(Poland -> talks)"),
                hosts("Estonia and Latvia will hold talks in Warsaw. Poland will host the meeting on Friday."));
    }

    // ---------------------------------------------------------------- guests received

    @Test
    void presidentReceivedAVisitingPresident() {
        assertEquals(List.of("hosts(Joko Widodo -> William Ruto)"),
                hosts("Indonesian President Joko Widodo received Kenyan President William Ruto in Jakarta on Tuesday."));
    }

    @Test
    void guestWasReceivedByHost() {
        assertEquals(List.of("hosts(Dina Boluarte -> John Mahama)"),
                hosts("Ghanaian President John Mahama arrived in Lima. Mahama was received by Peruvian President Dina Boluarte."));
    }

    @Test
    void stateHostedAForeignMinister() {
        assertEquals(List.of("hosts(Chile -> Elmer Schialer)"),
                hosts("Chile hosted Peruvian Foreign Minister Elmer Schialer for two days of talks."));
    }

    @Test
    void welcomedAVisitorToTheCapital() {
        assertEquals(List.of("hosts(Brazil -> Prabowo Subianto)"),
                hosts("Brazil welcomed Indonesian President Prabowo Subianto to Brasilia on Monday."));
    }

    @Test
    void hostedSeveralGuestStates() {
        assertEquals(List.of("hosts(Brazil -> India)", "hosts(Brazil -> Indonesia)", "hosts(Brazil -> South Africa)"),
                hosts("Brazil hosted Indonesia, India and South Africa at a summit in Brasilia."));
    }

    @Test
    void hostingUnnamedPeopleOfAGroupHostsTheGroupNotAnEarlierEvent() {
        assertEquals(List.of("hosts(Amina Wanjiru -> Rapid Support Forces)"),
                hosts("Kenya convened a session on Monday. Foreign Minister Amina Wanjiru hosted RSF officials in Nairobi in February."));
    }

    @Test
    void receivingUnnamedOfficialsOfAStateReceivesTheState() {
        assertEquals(List.of("hosts(Amina Wanjiru -> Sudan)"),
                hosts("Foreign Minister Amina Wanjiru received Sudanese officials in Nairobi."));
    }

    @Test
    void welcomingWhatAStatesLeadersSaidIsNotHosting() {
        assertEquals(List.of(), hosts("Foreign Minister Amina Wanjiru welcomed the Chinese leaders' remarks."));
    }

    @Test
    void hostingPeopleFromStatesHostsTheStates() {
        assertEquals(List.of("hosts(Ghana -> Benin)", "hosts(Ghana -> Togo)"), hosts("Ghana hosted ministers from Togo and Benin on Monday."));
    }

    @Test
    void receivingAGroupsDelegationHostsTheGroup() {
        assertEquals(List.of("hosts(Kenya -> Hamas)"), hosts("Kenya received the Hamas delegation in Nairobi."));
    }

    @Test
    void welcomingAStatesDecisionIsNotHosting() {
        assertEquals(List.of(), hosts("Kenya welcomed the US decision on Monday."));
    }

    @Test
    void sheOpeningASentenceHostsAsThePersonTheSentenceBeforeOpenedWith() {
        assertEquals(List.of("hosts(Amina Wanjiru -> Kwame Mensah)"),
                hosts("Kenyan Foreign Minister Amina Wanjiru returned to Nairobi on Monday. She hosted Ghanaian Foreign Minister Kwame Mensah on Tuesday."));
    }

    @Test
    void theSurnameOfAJuniorIsTheWordBeforeJr() {
        assertEquals(List.of("hosts(Amina Wanjiru -> Kwame Mensah Jr.)"),
                hosts("Ghanaian President Kwame Mensah Jr. arrived on Monday. Kenyan President Amina Wanjiru, who hosted Mensah in Nairobi, spoke."));
    }

    @Test
    void aGuestOfAGovernmentIsHostedByItsState() {
        assertEquals(List.of("hosts(Kenya -> John Mahama)"),
                hosts("Ghanaian President John Mahama will attend as a guest of the Kenyan government, his spokesman said."));
    }

    @Test
    void theGuestOfAPersonIsHostedByThatPerson() {
        assertEquals(List.of("hosts(Amina Wanjiru -> John Mahama)"),
                hosts("Ghanaian President John Mahama arrived in Nairobi as the guest of Kenyan President Amina Wanjiru."));
    }

    @Test
    void withAPersonNamedInFullHostingAnEvent() {
        assertEquals(List.of("hosts(Amina Wanjiru -> annual meeting)"),
                hosts("Leaders met in Nairobi, with Kenyan President Amina Wanjiru hosting the annual meeting."));
    }

    @Test
    void aGuestGreetedByAHostIsReceived() {
        assertEquals(List.of("hosts(Amina Wanjiru -> John Mahama)"),
                hosts("Ghanaian President John Mahama was greeted at the airport by Kenyan Prime Minister Amina Wanjiru."));
    }

    @Test
    void theHostCountryHostsTheArticlesEvent() {
        assertEquals(List.of("hosts(Ghana -> summit)"), hosts("Leaders arrived for the summit. Host country Ghana said security was tight."));
    }

    @Test
    void aStateSetOffAsTheHostNationHostsTheArticlesEvent() {
        assertEquals(List.of("hosts(Ghana -> summit)"), hosts("Leaders arrived for the summit. Ghana, the host nation, said security was tight."));
    }

    @Test
    void aStateAsHostOfANamedEventHostsThatEvent() {
        assertEquals(List.of("hosts(Ghana -> summit)"), hosts("Togo held talks on Monday. Ghana, as host of the summit, welcomed the leaders."));
    }

    @Test
    void anUnnamedHostCountryHostsNothing() {
        // control: no state is said to be the host
        assertEquals(List.of(), hosts("Leaders discussed the summit. The host country has not been chosen."));
    }

    // ---------------------------------------------------------------- negatives

    @Test
    void hostingPeopleTheSentenceDoesNotNameIsNoHostingOfAnEarlierEvent() {
        assertEquals(List.of(), hosts("Ghana attended the ceremony in Accra. Kenya said it would host the two presidents later this year."));
    }

    @Test
    void beingInvitedToCoHostIsNoHostingYet() {
        assertEquals(List.of(), hosts("Kenyan President Amina Wanjiru invited Ghana to co-host a reconstruction conference next spring."));
    }

    @Test
    void offeringToHostIsNoHosting() {
        assertEquals(List.of(), hosts("Ghana has offered to host the next round of talks in Accra."));
    }

    @Test
    void hostAsTheFirstHalfOfACompoundModifierIsNoHosting() {
        assertEquals(List.of(), hosts("Iceland said it would increase its host-nation support at the air base, ahead of the summit."));
    }

    @Test
    void beingReadyOrWillingToHostIsNoHosting() {
        assertEquals(List.of(), hosts("Kenya and Ghana held talks on Monday. Ghana said it would be ready to host the talks in Accra."));
        assertEquals(List.of(), hosts("President Amina Diallo said she was prepared to host the summit."));
    }

    @Test
    void offeringAnInvitationStillInvites() {
        // control: an offer to do something is not the act, but an invitation offered is made
        assertEquals(List.of("invites(Ghana -> Togo)"), read("Ghana offered an invitation to Togo to attend the talks.").tuples(RelationType.INVITES));
    }

    @Test
    void coChairingIsNoHosting() {
        assertEquals(List.of(), hosts("Norway and Ghana co-chaired the meeting."));
    }

    @Test
    void chairingIsNoHosting() {
        assertEquals(List.of(), hosts("Ghana chaired the meeting of West African ministers."));
    }

    @Test
    void talksInACapitalAloneNameNoHost() {
        assertEquals(List.of(), hosts("The talks in Nairobi ended on Friday."));
    }

    @Test
    void venueAloneNamesNoHost() {
        assertEquals(List.of(), hosts("The summit will take place in Accra next week."));
    }

    @Test
    void wasNotHostedIsNoHosting() {
        assertEquals(List.of(), hosts("The delegation was not hosted by Kenya."));
    }

    @Test
    void didNotHostIsNoHosting() {
        assertEquals(List.of(), hosts("Norway did not host the talks."));
    }

    @Test
    void deniedHostingIsNoHosting() {
        assertEquals(List.of(), hosts("Norway denied hosting the talks."));
    }

    @Test
    void saidItWouldNotHostIsNoHosting() {
        assertEquals(List.of(), hosts("Brazil said it would not host the summit."));
    }

    @Test
    void conditionalHostingIsNoHosting() {
        assertEquals(List.of(), hosts("If Kenya hosts the summit, Ethiopia will attend."));
    }

    @Test
    void receivingAnInvitationIsNoHosting() {
        assertEquals(List.of(), hosts("Kenya received an invitation to the Oslo forum."));
    }
}
