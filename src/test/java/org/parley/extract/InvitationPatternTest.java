package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.ArticlePipeline;

/** invites: who invites whom, from verb, noun and participle forms; denials, wishes, questions and hypotheticals give nothing. */
class InvitationPatternTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private static Readout read(String text) {
        return Readout.of(PIPELINE, text);
    }

    /** The invitations in a one- or two-sentence article as "invites(inviter -> invitee)", sorted. */
    private static List<String> invites(String text) {
        return read(text).tuples(RelationType.INVITES);
    }

    // ---------------------------------------------------------------- invitees listed apart from the verb

    @Test
    void aCountedGroupOfInviteesIsTheListTheArticleGivesLater() {
        assertEquals(List.of("invites(Fumio Kishida -> Brazil)", "invites(Fumio Kishida -> India)", "invites(Fumio Kishida -> Vietnam)",
                        "invites(Fumio Kishida -> Yoon Suk-yeol)"),
                invites("Prime Minister Fumio Kishida will invite President Yoon Suk-yeol and the leaders of three other countries to the summit. "
                        + "Kishida and Yoon met in Tokyo on Thursday. The other three countries are India, Brazil and Vietnam."));
        assertEquals(List.of("invites(Ghana -> Benin)", "invites(Ghana -> Mali)", "invites(Ghana -> Togo)"),
                invites("Ghana invited five countries to the talks in Accra. The five countries include Togo, Mali and Benin."));
    }

    @Test
    void inviteesListedAfterAColonAreTheGroupInvited() {
        assertEquals(List.of("invites(Japan -> Cook Islands)", "invites(Japan -> India)", "invites(Japan -> Vietnam)"),
                invites("Japan has also invited the leaders of three other countries: India, the Cook Islands and Vietnam."));
    }

    @Test
    void aListOfAnotherGroupOrOfAnInvitationNotMadeInvitesNoOne() {
        assertEquals(List.of(), invites("Ghana invited five countries to the talks. The two countries that refused are Togo and Benin."));
        assertEquals(List.of(), invites("Ghana did not invite the five countries to the talks. The five countries are Togo, Mali and Benin."));
        assertEquals(List.of(), invites("Ghana invited five countries to the talks. The seven countries are Togo, Mali and Benin."));
    }

    @Test
    void aGerundAfterAPrepositionHasTheClausesSubject() {
        assertEquals(List.of("invites(Kenya -> Uganda)"), invites("Uganda will attend the summit after receiving an invitation from Kenya."));
    }

    @Test
    void thoseAmongTheInvitedAreInvited() {
        assertEquals(List.of("invites(? -> Ghana)", "invites(? -> Togo)"), invites("Ghana and Togo are among those invited."));
    }

    // ---------------------------------------------------------------- verb forms

    @Test
    void aSubjectInAppositionBeforeAnActiveInviteIsTheInviter() {
        assertEquals(List.of("invites(Japan -> South Korea)"), invites("This year's host, Japan, invited South Korea to the G7 summit."));
    }

    @Test
    void whoIsInvitedAlongWithTheSubjectIsInvitedToo() {
        assertEquals(List.of("invites(? -> Antonio Guterres)", "invites(? -> Gabriel Boric)", "invites(? -> Peru)"),
                invites("Peru was invited to the summit, along with UN chief Antonio Guterres and Chilean President Gabriel Boric."));
    }

    @Test
    void activeInvitation() {
        assertEquals(List.of("invites(Kenya -> Brazil)"), invites("Kenya invited Brazil to the summit."));
    }

    @Test
    void invitedGroupsEachWithAnAcronymInBrackets() {
        assertEquals(List.of("invites(Kenya -> Karen National Union)", "invites(Kenya -> Tigray Liberation Front)"),
                invites("Kenya invited the Tigray Liberation Front (TLF) and the Karen National Union (KNU) to the talks."));
    }

    @Test
    void aDeniedReportOfAnInvitationIsNoInvitation() {
        assertEquals(List.of(), invites("The spokesman dismissed reports that Ghana had been invited to attend the Beijing meeting."));
    }

    @Test
    void bothInvitedToThisYearsNamedSummit() {
        Readout r = read("Amina Noor and Sami Haddad have both been invited to this year's Berlin Process summit.");
        assertEquals(List.of("invites(? -> Amina Noor)", "invites(? -> Sami Haddad)"), r.tuples(RelationType.INVITES));
        assertEquals(List.of("Berlin Process summit"), r.events());
    }

    @Test
    void anInvitationFromXToYCarriedBySomeoneElse() {
        assertEquals(List.of("invites(Amina Noor -> Sami Haddad)"),
                invites("Omar Bello conveyed an invitation from Kenyan President Amina Noor to Ghanaian President Sami Haddad to visit Nairobi."));
    }

    @Test
    void aStateConveyingAnInvitationInvites() {
        assertEquals(List.of("invites(Japan -> Sami Haddad)"),
                invites("Tokyo has also conveyed an invitation to Ghanaian Foreign Minister Sami Haddad."));
        // control: a person who delivers an invitation is a messenger
        assertEquals(List.of(), invites("The ambassador delivered an invitation to President Sami Haddad."));
    }

    @Test
    void invitedCounterpartsAreThePeopleNamedNotTheirStates() {
        assertEquals(List.of("invites(Pedro Lima -> Ana Ruiz)", "invites(Pedro Lima -> Juan Soto)"),
                invites("President Pedro Lima has invited his Chilean and Peruvian counterparts, Ana Ruiz and Juan Soto, to talks in Brasilia."));
    }

    @Test
    void activeInvitationKeepsTheEventInvitedTo() {
        Readout r = read("Kenya has invited Brazil to a climate summit in Nairobi next month.");
        Relation invitation = r.relation("invites(Kenya -> Brazil)");
        assertEquals("climate summit", r.label(invitation.event()));
    }

    @Test
    void anEventInTheReportingClauseIsNotTheEventInvitedTo() {
        Readout r = read("Kenya has invited Brazil to visit Nairobi in June, the minister told a news conference.");
        assertNull(r.relation("invites(Kenya -> Brazil)").event());
    }

    @Test
    void invitingEnvoysFromStatesInvitesTheStates() {
        assertEquals(List.of("invites(Kenya -> Eritrea)", "invites(Kenya -> Ethiopia)"),
                invites("The Kenyan government invited envoys from Ethiopia and Eritrea for talks in Nairobi."));
    }

    @Test
    void unnamedOfficialsOfAStateInvitedInvitesTheState() {
        assertEquals(List.of("invites(? -> Kenya)"), invites("Kenyan officials were invited to the talks in Geneva."));
    }

    @Test
    void atAPersonsInvitation() {
        assertEquals(List.of("invites(Joao Lourenco -> Amina Wanjiru)"),
                invites("Foreign Minister Amina Wanjiru will attend the summit at Joao Lourenco's invitation."));
    }

    @Test
    void atAStatesInvitationFronted() {
        assertEquals(List.of("invites(Angola -> Amina Wanjiru)"),
                invites("At Angola's invitation, Foreign Minister Amina Wanjiru flew to Luanda."));
    }

    @Test
    void anInvitationExtendedToYByX() {
        assertEquals(List.of("invites(Kenya -> Ethiopia)"),
                invites("The invitation to attend the summit was extended to Ethiopia by Kenya."));
    }

    @Test
    void whoConveysAnInvitationToYIsNotItsInviter() {
        assertEquals(List.of("invites(? -> Ethiopia)"),
                invites("The invitation was conveyed to Ethiopia by the Kenyan ambassador, Mary Njeri."));
    }

    @Test
    void organizationInvitesTwoStates() {
        assertEquals(List.of("invites(African Union -> Eritrea)", "invites(African Union -> Ethiopia)"),
                invites("The African Union invited Ethiopia and Eritrea to peace talks in Addis Ababa."));
    }

    @Test
    void personInvitesPerson() {
        assertEquals(List.of("invites(Jonas Gahr Store -> Prabowo Subianto)"),
                invites("Norway's Prime Minister Jonas Gahr Store invited Indonesian President Prabowo Subianto to Oslo."));
    }

    @Test
    void surnameInTheSecondSentenceInvites() {
        assertEquals(List.of("invites(Amina Wanjiru -> Kao Kim Hourn)"),
                invites("Amina Wanjiru, Kenya's foreign minister, met ASEAN Secretary-General Kao Kim Hourn in Jakarta. "
                        + "Wanjiru invited Kao to Nairobi."));
    }

    @Test
    void passiveInvitationWithInviter() {
        assertEquals(List.of("invites(Kenya -> Luiz Inacio Lula da Silva)"),
                invites("Brazilian President Luiz Inacio Lula da Silva was invited by Kenya to the summit."));
    }

    @Test
    void passiveInvitationWithoutInviterHasNoAgent() {
        assertEquals(List.of("invites(? -> Fiji)"), invites("Fiji was invited to the Pacific talks."));
    }

    @Test
    void passiveInvitationWithInviterAfterTheEvent() {
        assertEquals(List.of("invites(Kenya -> Ghana)", "invites(Nigeria -> Ghana)"),
                invites("Ghana was invited to the summit by Kenya and Nigeria."));
    }

    @Test
    void passiveInvitationOfTwoInvitees() {
        assertEquals(List.of("invites(African Union -> Ethiopia)", "invites(African Union -> Kenya)"),
                invites("Kenya and Ethiopia were invited by the African Union to the talks."));
    }

    // ---------------------------------------------------------------- noun forms

    @Test
    void receivedAnInvitationFrom() {
        assertEquals(List.of("invites(Norway -> Indonesia)"),
                invites("Indonesia received an invitation from Norway to attend the peace conference."));
    }

    @Test
    void receivedAnInvitationWithoutInviterHasNoAgent() {
        assertEquals(List.of("invites(? -> Kenya)"), invites("Kenya received an invitation to the Oslo forum."));
    }

    @Test
    void extendedAnInvitationTo() {
        assertEquals(List.of("invites(Norway -> Indonesia)"),
                invites("Norway extended an invitation to Indonesia to attend the conference in Oslo."));
    }

    @Test
    void possessiveInvitationTo() {
        assertEquals(List.of("invites(Ghana -> Peru)"), invites("Ghana's invitation to Peru was welcomed by diplomats."));
    }

    @Test
    void acceptedPossessiveInvitation() {
        assertEquals(List.of("invites(Norway -> Indonesia)"), invites("Indonesia accepted Norway's invitation to the peace forum."));
    }

    @Test
    void invitationSentByInviter() {
        assertEquals(List.of("invites(Norway -> Fiji)"), invites("The invitation to Fiji was sent by Norway last week."));
    }

    @Test
    void leadersNamedAfterIncludingAreEachInvited() {
        assertEquals(List.of("invites(Kenya -> John Mahama)", "invites(Kenya -> Lula da Silva)"),
                invites("Kenya invited several heads of state, including Ghanaian President John Mahama and Brazilian"
                        + " President Lula da Silva, to the summit."));
    }

    @Test
    void invitationFromInviterDeliveredToInvitee() {
        assertEquals(List.of("invites(Norway -> Fiji)"), invites("An invitation from Norway was delivered to Fiji on Monday."));
    }

    @Test
    void atTheInvitationOfInviterTheGuestVisits() {
        assertEquals(List.of("invites(William Ruto -> Lula da Silva)"),
                invites("At the invitation of President William Ruto, Brazilian President Lula da Silva visited Nairobi on Thursday."));
    }

    @Test
    void anInvitationDeclinedWasStillExtended() {
        assertEquals(List.of("invites(Ghana -> Peru)"), invites("Peru declined an invitation from Ghana to attend the summit."));
        assertEquals(List.of("invites(Ghana -> Peru)"), invites("Peru turned down Ghana's invitation to the summit."));
    }

    @Test
    void anInvitationNotReceivedWasNotExtended() {
        assertEquals(List.of(), invites("Peru did not receive an invitation from Ghana."));
    }

    @Test
    void aSpeakerWhoSaysHeAcceptedAnInvitationIsTheInvitee() {
        assertEquals(List.of("invites(Ghana -> Lula da Silva)"),
                invites("Brazilian President Lula da Silva said on Monday he had accepted an invitation from Ghana."));
    }

    @Test
    void aSpeakerWhoSaysHeInvitedSomeoneIsTheInviter() {
        assertEquals(List.of("invites(Lula da Silva -> John Mahama)"),
                invites("Brazilian President Lula da Silva said on Monday he had invited Ghanaian President John Mahama to Brasilia."));
    }

    @Test
    void twoLeadersWhoHaveBothBeenInvitedAreEachInvited() {
        assertEquals(List.of("invites(? -> Lula da Silva)", "invites(? -> Prabowo Subianto)"),
                invites("Brazilian President Lula da Silva and Indonesian President Prabowo Subianto have both been invited,"
                        + " the statement said."));
    }

    @Test
    void theGuestBeforeAtTheInvitationOfIsInvitedNotTheSourceAfterIt() {
        assertEquals(List.of("invites(Amina Wanjiru -> Kao Kim Hourn)"),
                invites("ASEAN Secretary-General Kao Kim Hourn arrived in Nairobi on a three-day visit at the invitation of"
                        + " Kenyan Foreign Minister Amina Wanjiru, the African Union said in a statement."));
    }

    @Test
    void aGuestWhoTravelsAtTheInvitationOfAStateIsInvitedByIt() {
        assertEquals(List.of("invites(Norway -> Indonesia)"),
                invites("Indonesia sent a delegation to Oslo at the invitation of Norway, officials in Jakarta said."));
    }

    @Test
    void invitationsSentToTheLeadersOfABlocInviteTheBloc() {
        assertEquals(List.of("invites(Ghana -> African Union)"),
                invites("Ghana has sent invitations to the leaders of the African Union to attend the summit in Accra."));
    }

    @Test
    void theInvitationToYIsAnInvitationByAnUnstatedInviter() {
        assertEquals(List.of("invites(? -> Ethiopia)"), invites("Kenya said the invitation to Ethiopia remains open."));
    }

    @Test
    void theInvitationToAnEventInvitesNobody() {
        // control: what the invitation is to is the event, not an invitee
        assertEquals(List.of(), invites("Kenya said the invitation to the summit remains open."));
    }

    @Test
    void atTheInvitationOfSetOffByACommaStillInvitesTheVisitor() {
        assertEquals(List.of("invites(Amina Wanjiru -> Kwame Mensah)"),
                invites("Ghanaian Foreign Minister Kwame Mensah arrived in Nairobi on Monday for his first visit to Kenya, "
                        + "at the invitation of his Kenyan counterpart Amina Wanjiru."));
    }

    @Test
    void aStateAmongTheCountriesInvitedIsInvited() {
        assertEquals(List.of("invites(Kenya -> Ethiopia)"), invites("Ethiopia was among the countries invited by Kenya to the summit."));
    }

    @Test
    void theLeadersNamedAfterAmongTheInvitedAreInvited() {
        assertEquals(List.of("invites(Kenya -> Abiy Ahmed)", "invites(Kenya -> Yoweri Museveni)"),
                invites("Among the leaders invited by Kenya were Ethiopia's Abiy Ahmed and Uganda's Yoweri Museveni."));
    }

    @Test
    void aSurnameOpeningASentenceIsTheNamedPersonWhateverTheTaggerCallsIt() {
        assertEquals(List.of("invites(Sara Albanese -> John Mahama)"),
                invites("Kenyan President Sara Albanese met Ghanaian President John Mahama. Albanese invited Mahama to visit Nairobi next year."));
    }

    @Test
    void invitationsExtendedByXToTheHeadsOfStateOfYAndZ() {
        assertEquals(List.of("invites(Amina Wanjiru -> Ethiopia)", "invites(Amina Wanjiru -> Uganda)"),
                invites("The invitations were extended by President Amina Wanjiru to the heads of state of Ethiopia and Uganda."));
    }

    @Test
    void invitingTheLeadersOfStatesInvitesTheStates() {
        assertEquals(List.of("invites(Kenya -> Ethiopia)", "invites(Kenya -> Uganda)"),
                invites("Kenya invited the leaders of Ethiopia and Uganda to the summit."));
    }

    @Test
    void invitedAsAnObserverBetweenCommasInvitesTheOneBefore() {
        assertEquals(List.of("invites(? -> Amina Wanjiru)"),
                invites("Kenya's Minister of International Development Amina Wanjiru, invited as an observer, pledged new funding."));
    }

    @Test
    void theLeadersNamedAfterMoreThanFiftyHeadsOfStateIncludingAreInvited() {
        assertEquals(List.of("invites(Amina Wanjiru -> John Mahama)", "invites(Amina Wanjiru -> Kwame Mensah)"),
                invites("Kenyan President Amina Wanjiru has invited more than 50 heads of state and government, including "
                        + "Ghanaian President John Mahama and Ghanaian Vice President Kwame Mensah."));
    }

    @Test
    void whoseVisitComesAtTheInvitationIsInvited() {
        assertEquals(List.of("invites(Amina Wanjiru -> John Mahama)"),
                invites("Ghanaian President John Mahama's visit comes at the invitation of Kenyan President Amina Wanjiru."));
    }

    @Test
    void theVisitThatComesAtTheInvitationIsTheVisitorsNamedBefore() {
        assertEquals(List.of("invites(Amina Wanjiru -> John Mahama)"),
                invites("Ghanaian President John Mahama arrived in Nairobi, where he was received by Kenyan President Amina Wanjiru. "
                        + "The visit comes at the invitation of Wanjiru."));
    }

    @Test
    void talksThatComeAtAnInvitationHaveNoVisitor() {
        // control: only a visit, trip or tour has a visitor to invite
        assertEquals(List.of(), invites("Kenyan President Amina Wanjiru spoke on Monday. The talks come at the invitation of Norway."));
    }

    // ---------------------------------------------------------------- coordination, headlines, hedging

    @Test
    void aHeadlinesAcceptsIsTheVerbWhatTheTaggerCallsIt() {
        assertEquals(List.of("invites(Kenya -> John Mahama)"), invites("Ghana's John Mahama accepts Kenya's invitation to visit Nairobi."));
    }

    @Test
    void aHeadlinesVisitorAtSomeonesInvitationIsTheClausesFirstActor() {
        assertEquals(List.of("invites(Kenya -> John Mahama)"), invites("Ghana's John Mahama heads to Nairobi at Kenya's invitation."));
    }

    @Test
    void aDatelineCapitalIsWhereTheStoryWasFiledNotTheInviter() {
        assertEquals(List.of("invites(Amina Wanjiru -> Samia Hassan)"),
                invites("The talks could open next month.\nNairobi (AgencyNews) \u2013 Kenyan President Amina Wanjiru has invited the "
                        + "President of Tanzania, Samia Hassan, to visit Mombasa."));
    }

    @Test
    void usInCapitalsIsTheCountryNotAPronounForThePersonBefore() {
        assertEquals(List.of(), invites("Kenyan President Amina Wanjiru spoke on Monday. Kenya invites US leader for state visit."));
    }

    @Test
    void aHeadlinesSecondVerbAfterACommaSharesTheReportersSubject() {
        Readout r = Readout.headlined(PIPELINE, "PM Wanjiru says Kenya ready to host summit, invites Ghana to attend",
                "Kenyan Prime Minister Amina Wanjiru spoke on Monday.");
        assertEquals(List.of("invites(Amina Wanjiru -> Ghana)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void coordinationOnBothSidesGivesEveryPair() {
        assertEquals(List.of(
                        "invites(Chile -> Fiji)", "invites(Chile -> Peru)",
                        "invites(Ghana -> Fiji)", "invites(Ghana -> Peru)",
                        "invites(Norway -> Fiji)", "invites(Norway -> Peru)"),
                invites("Norway, Chile and Ghana invited Peru and Fiji to the ocean talks."));
    }

    @Test
    void headlineInPresentTenseWithoutFullStop() {
        assertEquals(List.of("invites(Kenya -> Brazil)"), invites("Kenya invites Brazil to climate talks"));
    }

    @Test
    void passiveHeadlineWithoutAuxiliary() {
        assertEquals(List.of("invites(? -> Brazil)"), invites("Brazil invited to Kenya climate summit"));
    }

    @Test
    void reportedInvitationIsHedgedAndLessConfidentThanAnAssertedOne() {
        Relation hedged = read("Kenya reportedly invited Brazil to the summit.").relation("invites(Kenya -> Brazil)");
        Relation asserted = read("Kenya invited Brazil to the summit.").relation("invites(Kenya -> Brazil)");
        assertEquals(Modality.HEDGED, hedged.modality());
        assertEquals(Modality.ASSERTED, asserted.modality());
        assertTrue(hedged.confidence() < asserted.confidence(), hedged.confidence() + " vs " + asserted.confidence());
    }

    @Test
    void expectedInvitationIsHedged() {
        assertEquals(Modality.HEDGED,
                read("Kenya is expected to invite Brazil to the summit.").relation("invites(Kenya -> Brazil)").modality());
    }

    @Test
    void invitationReportedByANewsAgencyIsBetweenTheActorsNotTheAgency() {
        assertEquals(List.of("invites(Norway -> Indonesia)"), invites("Norway invited Indonesia to the talks, Reuters reported."));
    }

    @Test
    void evidenceIsTheSentenceWithItsOffsets() {
        String text = "Leaders met in Oslo on Monday. Norway invited Indonesia to the peace talks.";
        Relation r = read(text).relation("invites(Norway -> Indonesia)");
        assertEquals("Norway invited Indonesia to the peace talks.", r.evidence());
        assertEquals(r.evidence(), text.substring(r.charStart(), r.charEnd()));
    }

    // ---------------------------------------------------------------- negatives

    @Test
    void notInvitedIsNoInvitation() {
        assertEquals(List.of(), invites("Brazil was not invited to the summit."));
    }

    @Test
    void neverInvitedInReportedSpeechIsNoInvitation() {
        assertEquals(List.of(), invites("Kenya says it was never invited to the summit."));
    }

    @Test
    void didNotInviteIsNoInvitation() {
        assertEquals(List.of(), invites("Norway did not invite Russia to the conference."));
    }

    @Test
    void declinedToInviteIsNoInvitation() {
        assertEquals(List.of(), invites("Kenya declined to invite Brazil to the summit."));
    }

    @Test
    void hopesToInviteIsOnlyAWish() {
        assertEquals(List.of(), invites("Kenya hopes to invite Brazil to the summit next year."));
    }

    @Test
    void consideringInvitingIsOnlyAPlan() {
        assertEquals(List.of(), invites("Kenya is considering inviting Brazil to the summit."));
    }

    @Test
    void yetToInviteIsNoInvitation() {
        assertEquals(List.of(), invites("Kenya has yet to invite Brazil to the talks."));
    }

    @Test
    void deniedInvitingIsNoInvitation() {
        assertEquals(List.of(), invites("Brazil denied that it had invited Kenya."));
    }

    @Test
    void hypotheticalInsideAQuoteIsNoInvitation() {
        assertEquals(List.of(), invites("\"If they invite us, we will come,\" the Fijian foreign minister said."));
    }

    @Test
    void conditionalInviteInAQuoteIsNoInvitation() {
        assertEquals(List.of(), invites("\"We would invite Brazil if the war ended,\" the Kenyan minister said."));
    }

    @Test
    void questionIsNoInvitation() {
        assertEquals(List.of(), invites("Will Kenya invite Brazil to the summit?"));
    }
}
