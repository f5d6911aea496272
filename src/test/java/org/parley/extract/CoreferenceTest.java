package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.ArticlePipeline;

/** References back to someone named before: descriptions of states and bodies, pronouns, "the visitors". */
class CoreferenceTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private static Readout read(String text) {
        return Readout.of(PIPELINE, text);
    }

    @Test
    void theRussianUsedAsANounIsTheRussianOfficialNamedBefore() {
        Readout r = read("Russian President Vladimir Putin arrived in Brisbane on Friday. Mr Abbott threatened to confront the Russian at the summit.");
        assertEquals(List.of("warns(Abbott -> Vladimir Putin)"), r.tuples(RelationType.WARNS));
        // control: a demonym before a noun is the state's
        assertEquals(List.of("warns(Abbott -> Russia)"),
                read("Russian President Vladimir Putin arrived in Brisbane on Friday. Mr Abbott warned the Russian government.").tuples(RelationType.WARNS));
    }

    @Test
    void theMinistryIsTheMinistryNamedBefore() {
        assertEquals(List.of("warns(Egypt's foreign ministry -> Israel)"),
                read("Egypt's foreign ministry condemned the raid. The ministry warned Israel against further escalation.").tuples(RelationType.WARNS));
        // control: another ministry is not the one named
        assertEquals(List.of(), read("Egypt's foreign ministry condemned the raid. The defence ministry warned Israel against further escalation.")
                .tuples(RelationType.WARNS));
    }

    @Test
    void heAfterAnOpeningQuotationIsWhomTheSentenceBeforeOpenedWith() {
        assertEquals(List.of("warns(Abbas Araghchi -> Israel)"),
                read("Iranian Foreign Minister Abbas Araghchi spoke on Monday. “Any attack will be met with force,” he warned Israel.")
                        .tuples(RelationType.WARNS));
        // and "we" in the quotation is that speaker
        assertEquals(List.of("invites(Abbas Araghchi -> Oman)"),
                read("Iranian Foreign Minister Abbas Araghchi spoke on Monday. “We have invited Oman to host the talks,” he said.")
                        .tuples(RelationType.INVITES));
    }

    @Test
    void thePresidentialCoupleIsTheCoupleNamedBefore() {
        assertEquals(List.of("hosts(Eliza Reid -> reception)", "hosts(Gudni Johannesson -> reception)"),
                read("Icelandic President Gudni Johannesson and First Lady Eliza Reid will make a state visit to Finland. "
                        + "In the evening, the presidential couple will host a reception in Helsinki.").tuples(RelationType.HOSTS));
        assertEquals(List.of("hosts(Eliza Reid -> reception)", "hosts(Gudni Johannesson -> reception)"),
                read("Icelandic President Gudni Johannesson and his wife Eliza Reid arrived. "
                        + "In the evening, the Icelandic presidential couple will host a reception in Helsinki.").tuples(RelationType.HOSTS));
        // control: a couple of another state is not the one named
        assertEquals(List.of(), read("Icelandic President Gudni Johannesson and his wife Eliza Reid arrived. "
                + "In the evening, the Finnish presidential couple will host a reception in Helsinki.").tuples(RelationType.HOSTS));
    }

    @Test
    void aLeaderDescribedOpeningASentenceIsWhomTheSentenceBeforeOpenedWith() {
        assertEquals(List.of("warns(Hugo Chavez -> Colombia)"),
                read("Venezuelan President Hugo Chavez ordered troops to the border on Sunday. "
                        + "The leftist leader warned Colombia that Venezuela would not permit such acts.").tuples(RelationType.WARNS));
        // control: a leader of something else is not the one before
        assertEquals(List.of(), read("Colombian President Alvaro Uribe spoke on Monday. The rebel leader warned Colombia.").tuples(RelationType.WARNS));
    }

    @Test
    void theRegionalBlocIsTheOrganizationNamedBefore() {
        Readout r = read("ECOWAS leaders met in Abuja on Monday. The regional bloc invited Ghana to the summit.");
        assertEquals(List.of("invites(Economic Community of West African States -> Ghana)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void theCountrysOfficeIsTheStateNamedBefore() {
        Readout r = read("Protests spread across Peru last week. The country's foreign minister Elmer Schialer met the envoys.");
        assertTrue(r.tuples(RelationType.REPRESENTS).contains("represents(Elmer Schialer -> Peru)"), r.tuples(RelationType.REPRESENTS).toString());
    }

    @Test
    void theGulfStateIsTheStateNamedBefore() {
        Readout r = read("Qatar has mediated between the sides for months. The Gulf state will host the talks in Doha.");
        assertEquals(List.of("hosts(Qatar -> talks)"), r.tuples(RelationType.HOSTS));
    }

    @Test
    void aPluralOrANamedGroupIsNoReferenceBack() {
        // controls: "the two countries" are two, "the group Hamas" names itself
        assertEquals(List.of(), read("Chile and Peru met. The two countries will host the games.").tuples(RelationType.HOSTS));
        assertEquals(List.of("Organization:Hamas", "State:Egypt"),
                read("Egypt invited the group Hamas to Cairo.").actors());
    }

    @Test
    void bothLeadersAreTheTwoPeopleNamedLastTogether() {
        Readout r = read("Ghanaian President John Mahama received Togolese President Faure Gnassingbe and Beninese President Patrice Talon in Accra. "
                + "Both leaders came at the invitation of Mahama.");
        assertEquals(List.of("invites(John Mahama -> Faure Gnassingbe)", "invites(John Mahama -> Patrice Talon)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void theTwoBlocLeadersAreThePeopleNotTheBloc() {
        Readout r = read("Norwegian Prime Minister Jonas Store met European Council President Antonio Costa and European Commission "
                + "President Ursula von der Leyen in Oslo. The two EU leaders, who came at the invitation of Store, left on Friday.");
        assertEquals(List.of("invites(Jonas Store -> Antonio Costa)", "invites(Jonas Store -> Ursula von der Leyen)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void aCountedOfficeWithItsOwnersNamedAfterIsNoReferenceBack() {
        // control: the three ministers are the ones the apposition names, not three people named before
        Readout r = read("Ghanaian President John Mahama, Kenyan President William Ruto and Nigerian President Bola Tinubu met in Accra. "
                + "Mahama invited the three countries' foreign ministers to Accra.");
        assertEquals(List.of(), r.tuples(RelationType.INVITES).stream().filter(t -> t.contains("Ruto") || t.contains("Tinubu")).toList());
    }

    @Test
    void theRebelsAreTheGroupTheTextCalledRebels() {
        Readout r = read("Sudan and the RSF rebels sent delegations to Jeddah. Sudanese Foreign Minister Ali Youssef warned the rebels against new attacks.");
        assertEquals(List.of("warns(Ali Youssef -> Rapid Support Forces)"), r.tuples(RelationType.WARNS));
    }

    @Test
    void militantsNeverCalledSoAreNoOne() {
        // control: nothing was called militants before, so "the militants" stays unresolved
        assertEquals(List.of("warns(Israel -> ?)"), read("Hamas officials met in Cairo. Israel warned the militants against new attacks.")
                .tuples(RelationType.WARNS));
    }

    @Test
    void theGovernmentIsTheStateWhoseGovernmentWasNamed() {
        Readout r = read("The Peruvian government invited the rebels to talks in Lima. Rebel commander Ana Ruiz warned the government against delays.");
        assertEquals(List.of("warns(Ana Ruiz -> Peru)"), r.tuples(RelationType.WARNS));
    }

    @Test
    void theAllianceIsAGroupTheTextNamedThoughNoGazetteerKnowsIt() {
        Readout r = read("The Sahel Farmers Defence Alliance sent a team to Niamey. Niger's Foreign Minister Bakary Sangare warned the alliance against rearming.");
        assertEquals(List.of("warns(Bakary Sangare -> Sahel Farmers Defence Alliance)"), r.tuples(RelationType.WARNS));
    }

    @Test
    void iOrWeInAQuotationIsWhoeverTheSentenceSaysSpokeIt() {
        assertEquals(List.of("invites(William Ruto -> Ghana)"),
                read("\u201cI have invited Ghana to the summit,\u201d Kenyan President William Ruto said on Monday.").tuples(RelationType.INVITES));
        assertEquals(List.of("warns(Musalia Mudavadi -> Uganda)"),
                read("\"We warn Uganda against any incursion,\" said Kenyan Foreign Minister Musalia Mudavadi.").tuples(RelationType.WARNS));
    }

    @Test
    void theVisitorsAreACoupleNamedWithTheSpouseAfter() {
        Readout r = read("Icelandic President Ana Lima and her husband Rui Costa will pay a state visit to Finland. "
                + "President Sauli Niinisto will receive the visitors at the palace.");
        assertEquals(List.of("hosts(Sauli Niinisto -> Ana Lima)", "hosts(Sauli Niinisto -> Rui Costa)"), r.tuples(RelationType.HOSTS));
    }

    @Test
    void heAfterButIsTheOnePersonTheSentenceNamedBefore() {
        Readout r = read("Kenyan President William Ruto's country is not a member, but he was invited to the summit in Accra.");
        assertEquals(List.of("invites(? -> William Ruto)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void himAfterAVerbIsWhomTheSentenceBeforeOpenedWith() {
        Readout r = read("Kenyan President William Ruto arrived in Accra on Monday. Ghanaian President John Mahama welcomed him at the airport.");
        assertEquals(List.of("hosts(John Mahama -> William Ruto)"), r.tuples(RelationType.HOSTS));
    }

    @Test
    void themAfterAVerbAreTheActorsTheSentenceBeforeOpenedWith() {
        Readout r = read("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi. "
                + "Ghanaian President John Mahama invited them to Accra.");
        assertEquals(List.of("invites(John Mahama -> William Ruto)", "invites(John Mahama -> Yoweri Museveni)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void bothCountriesAreTheStatesNamedTogetherBefore() {
        Readout r = read("Kenya and Uganda have clashed over trade. Ethiopia warned both countries against escalation.");
        assertEquals(List.of("warns(Ethiopia -> Kenya)", "warns(Ethiopia -> Uganda)"), r.tuples(RelationType.WARNS));
    }

    @Test
    void aPluralOfficeWithNoOwnerIsTheBodyItWasSaidToBelongToBefore() {
        Readout r = read("CARICOM Heads of Government met in Kingston on Monday. The United Nations was invited by the Heads of Government.");
        assertEquals(List.of("invites(Caribbean Community -> United Nations)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void theGroupingIsTheBlocNamedBefore() {
        Readout r = read("The Pacific Alliance met in Lima. Chilean President Gabriel Boric threatened the four-nation grouping with tariffs.");
        assertEquals(List.of("warns(Gabriel Boric -> Pacific Alliance)"), r.tuples(RelationType.WARNS));
    }

    @Test
    void theSixNationBlocIsTheBlocNamedBefore() {
        Readout r = read("Gulf Cooperation Council leaders met in Kuwait. Iran warned the six-nation bloc against hosting foreign forces.");
        assertEquals(List.of("warns(Iran -> Gulf Cooperation Council)"), r.tuples(RelationType.WARNS));
    }

    @Test
    void heAfterAnOpeningAdverbialIsWhomTheSentenceBeforeOpenedWith() {
        Readout r = read("Kenyan President William Ruto has courted Europe. In March he was in Paris at the invitation of French President Emmanuel Macron.");
        assertEquals(List.of("invites(Emmanuel Macron -> William Ruto)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void theTwoDelegationsAreTheStatesAndGroupsNamedTogetherBefore() {
        Readout r = read("Sudan and the Sahel Farmers Defence Alliance resumed talks in Nairobi. Kenyan President William Ruto received the two delegations on Friday.");
        assertEquals(List.of("hosts(William Ruto -> Sahel Farmers Defence Alliance)", "hosts(William Ruto -> Sudan)"), r.tuples(RelationType.HOSTS));
    }

    @Test
    void theOfficeWithNoOwnerIsItsOneHolderInTheArticle() {
        // "the Prime Minister" is Dahl, the one prime minister named, though a president is also a leader
        Readout r = read("Norway's Prime Minister Lars Dahl will host the forum. The Prime Minister has also agreed to invite "
                + "the President of Palau, Surangel Whipps Jr., to open it.");
        assertEquals(List.of("invites(Lars Dahl -> Surangel Whipps Jr.)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void aLeaderDescribedInOneSentenceAndNamedInTheNextIsThatPerson() {
        Readout r = read("The Chilean president will skip the Lima summit. Gabriel Boric told reporters he would send "
                + "Foreign Minister Alberto van Klaveren instead.");
        assertTrue(r.tuples(RelationType.REPRESENTS).contains("represents(Gabriel Boric -> Chile)"), r.tuples(RelationType.REPRESENTS).toString());
    }

    @Test
    void aLeaderDescriptionWithTwoUntitledPeopleNearIsNeither() {
        Readout r = read("Gabriel Boric and Luis Arce met in Lima. The Chilean president said the talks went well.");
        assertEquals(List.of(), r.tuples(RelationType.REPRESENTS));
    }

    @Test
    void theGuestsAreWhoArrived() {
        Readout r = read("Bolivian President Luis Arce and Chilean President Gabriel Boric arrived in Lima on Monday. "
                + "The guests were welcomed by Peruvian President Dina Boluarte at the palace.");
        assertEquals(List.of("hosts(Dina Boluarte -> Gabriel Boric)", "hosts(Dina Boluarte -> Luis Arce)"), r.tuples(RelationType.HOSTS));
    }

    @Test
    void theVisitorsAreWhoLedTheDelegation() {
        Readout r = read("A delegation from Mali arrived in Dakar on Sunday. The delegation was led by Foreign Minister Abdoulaye Diop. "
                + "President Bassirou Diomaye Faye received the visitors at the palace.");
        assertTrue(r.tuples(RelationType.HOSTS).contains("hosts(Bassirou Diomaye Faye -> Abdoulaye Diop)"), r.tuples(RelationType.HOSTS).toString());
    }

    @Test
    void heOpeningASentenceIsWhomTheSentenceBeforeOpenedWith() {
        Readout r = read("Kenyan President William Ruto arrived in Accra on Monday. He was received by Ghanaian President John Mahama.");
        assertTrue(r.tuples(RelationType.HOSTS).contains("hosts(John Mahama -> William Ruto)"), r.tuples(RelationType.HOSTS).toString());
    }

    @Test
    void heAfterSaidIsTheOneWhoSaidIt() {
        Readout r = read("Kenyan President William Ruto said he had invited Ghanaian President John Mahama to Nairobi.");
        assertEquals(List.of("invites(William Ruto -> John Mahama)"), r.tuples(RelationType.INVITES));
    }

    @Test
    void theyOpeningASentenceAreTheActorsTheSentenceBeforeOpenedWith() {
        Readout r = read("Foreign Minister Ana Lima of Portugal and Foreign Minister Jose Albares of Spain met in Rome. "
                + "They were hosted by Italian Foreign Minister Antonio Tajani.");
        assertEquals(List.of("hosts(Antonio Tajani -> Ana Lima)", "hosts(Antonio Tajani -> Jose Albares)"), r.tuples(RelationType.HOSTS));
    }
}
