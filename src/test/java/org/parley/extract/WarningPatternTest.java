package org.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.pipeline.ArticlePipeline;

/**
 * warns: who warns, threatens or cautions whom, and of what; the warned side is null where
 * the sentence names none; denials and hypotheticals give nothing.
 */
class WarningPatternTest {
    private static final ArticlePipeline PIPELINE = ArticlePipeline.standard();

    private static Readout read(String text) {
        return Readout.of(PIPELINE, text);
    }

    /** The warnings in a one- or two-sentence article as "warns(who -> whom)", sorted. */
    private static List<String> warns(String text) {
        return read(text).tuples(RelationType.WARNS);
    }

    // ---------------------------------------------------------------- who warns whom

    @Test
    void aMessageIsAWarningOnlyWhenItsWordsMakeItOne() {
        assertEquals(List.of("warns(Chile -> Bolivia)"), warns("Chile sent a strong message to Bolivia over the border raids."));
        assertEquals(List.of(), warns("Chile sent a message of condolence to Bolivia."));
    }

    @Test
    void coordinatedEnvoysSetOffByRespectivelyWarnWhomTheyCalledOn() {
        assertEquals(List.of("warns(Ana Torres -> Ecuador)", "warns(Ana Torres -> Peru)", "warns(Luis Vega -> Ecuador)", "warns(Luis Vega -> Peru)"),
                warns("Senators Ana Torres and Luis Vega, respectively, called on Monday on Quito and Lima to free the prisoners, "
                        + "warning that the deal would collapse."));
    }

    @Test
    void envoysNamedInAppositionWarnWhomTheyCalledOn() {
        // the parser reads "called" as describing "envoys"; the repaired parse makes it the main verb
        assertEquals(List.of("warns(Ana Torres -> Ecuador)", "warns(Luis Vega -> Ecuador)"),
                warns("The two envoys, Ana Torres and Luis Vega, called on Quito to free the prisoners, warning that the deal would collapse."));
    }

    @Test
    void aCompanionOfTheSubjectWarnsToo() {
        assertEquals(List.of("warns(Kenya -> Sudan)", "warns(Uganda -> Sudan)"), warns("Kenya, along with Uganda, warned Sudan against escalation."));
        assertEquals(List.of("warns(Kenya -> Sudan)", "warns(Uganda -> Sudan)"), warns("Kenya, together with Uganda, warned Sudan against escalation."));
    }

    @Test
    void theLeadershipOfAGroupWarnsForTheGroup() {
        assertEquals(List.of("warns(Hamas -> Fatah)"),
                read("The leadership of Hamas has warned Fatah that any arrests will be met with retaliation.").tuples(RelationType.WARNS));
    }

    @Test
    void cautioningAgainstAStatesActionWarnsThatState() {
        assertEquals(List.of("warns(Egypt -> Israel)"), warns("Egypt cautioned against any Israeli attack on Rafah."));
    }

    @Test
    void aThreatToActIfAnotherActsIsAboutTheOther() {
        assertEquals(List.of("warns(Hezbollah -> Israel)"), warns("Hezbollah threatened to retaliate if Israel attacked Beirut."));
    }

    @Test
    void aWarnedConditionAfterThatIsAboutItsActor() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya warned that it would retaliate if Somalia attacked."));
    }

    @Test
    void aConditionsActorOutranksTheSubjectOfTheClauseWarnedOf() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya warned that Kenya would not sit idly by if Somalia continued the raids."));
        assertEquals(List.of("warns(Amina Noor -> Somalia)"),
                warns("Kenyan spokeswoman Amina Noor warned that Kenya would respond if Mogadishu added more troops."));
    }

    @Test
    void withNoConditionTheClauseSubjectIsWarned() {
        // control: "threatened that Hezbollah would pay" is addressed to the clause's subject
        assertEquals(List.of("warns(Israel -> Hezbollah)"), warns("Israel threatened that Hezbollah would pay a heavy price."));
    }

    @Test
    void aConditionWithNoActorLeavesTheWarnedUnstated() {
        assertEquals(List.of("warns(Kenya -> ?)"), warns("Kenya warned that it would leave if the talks failed."));
    }

    @Test
    void unnamedOfficialsOfAStateWarnForTheirState() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenyan officials have previously warned Mogadishu against the deal."));
    }

    @Test
    void officialsOfNoNamedSideAreNoWarner() {
        assertEquals(List.of(), warns("Officials warned Somalia on Monday."));
    }

    @Test
    void aWarningFrontedInAPhraseIsTheMainClauseSubjects() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("In a stern warning to Somalia, Kenya said it would close the border."));
    }

    @Test
    void aFrontedWarningWithNoActorAsSubjectIsNoWarning() {
        assertEquals(List.of(), warns("In a warning to Somalia, the border was closed on Monday."));
    }

    @Test
    void theWarningCameFromX() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("The warning to Somalia came from Kenya on Monday."));
    }

    @Test
    void aStateBodyNamedAloneWarns() {
        assertEquals(List.of("warns(United States Department of Defense -> Iran)"),
                warns("The Pentagon warned Iran against any attack on shipping in the Gulf."));
    }

    @Test
    void warnedAgainstAnAction() {
        assertEquals(List.of("warns(Kenya -> Ethiopia)"), warns("Kenya warned Ethiopia against deploying troops near the border."));
    }

    @Test
    void warnedAgainstKeepsWhatIsWarnedOfAsTopic() {
        Relation r = read("Kenya warned Ethiopia against deploying troops near the border.").relation("warns(Kenya -> Ethiopia)");
        assertEquals("deploying troops near the border", r.topic());
    }

    @Test
    void warnedWithoutAnythingElse() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya warned Somalia."));
    }

    @Test
    void warningAStatesLeadersWarnsTheState() {
        assertEquals(List.of("warns(William Ruto -> Somalia)"),
                warns("Kenyan President William Ruto warned Somalia's leaders against escalating the conflict."));
    }

    @Test
    void aStateWarnedByAnotherIsTheWarnedNotTheWarner() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Somalia was warned by Kenya against further incursions."));
    }

    @Test
    void aStateWarnedByNoOneNamedGivesNoWarning() {
        assertEquals(List.of(), warns("Somalia was warned against further incursions."));
    }

    @Test
    void twoStatesWarnedTogetherAreEachWarned() {
        assertEquals(List.of("warns(Kenya -> Somalia)", "warns(Kenya -> Uganda)"),
                warns("Kenya warned Somalia and Uganda against moving troops to the border."));
    }

    @Test
    void aStateWarnedBeforeARelativeClauseIsWarnedAlone() {
        assertEquals(List.of("warns(Kenya -> Somalia)"),
                warns("Kenya warned Somalia, which borders Uganda, against moving troops to the border."));
    }

    @Test
    void threatenedToActAgainstAStateWarnsThatState() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya threatened to retaliate against Somalia over the border raids."));
    }

    @Test
    void aLeaderWarningThatHisOwnStateWillActWarnsNoOneNamed() {
        assertEquals(List.of("warns(William Ruto -> ?)"),
                warns("Kenyan President William Ruto warned that Kenya would not accept foreign troops on its soil."));
    }

    @Test
    void aMinisterWarningThatAnotherStateWillPayWarnsThatState() {
        assertEquals(List.of("warns(Amina Wanjiru -> Somalia)"),
                warns("Kenyan Foreign Minister Amina Wanjiru warned that Somalia would pay a heavy price for the raid."));
    }

    @Test
    void leaderWarnsAnotherState() {
        assertEquals(List.of("warns(William Ruto -> Somalia)"),
                warns("Kenyan President William Ruto warned Somalia against interfering in Kenya's affairs."));
    }

    @Test
    void warnedOfWarIfAnotherStateActs() {
        assertEquals(List.of("warns(Prabowo Subianto -> Australia)"),
                warns("Indonesian President Prabowo Subianto warned of a regional war if Australia sent warships to the strait."));
    }

    @Test
    void warnedOfKeepsWhatIsWarnedOfAsTopic() {
        Relation r = read("Indonesian President Prabowo Subianto warned of a regional war if Australia sent warships to the strait.")
                .relation("warns(Prabowo Subianto -> Australia)");
        assertEquals("regional war", r.topic());
    }

    @Test
    void warnedOfConsequencesIfTheWarnedActs() {
        Relation r = read("Brazil warned Argentina of consequences if it closed the border.").relation("warns(Brazil -> Argentina)");
        assertEquals("consequences", r.topic());
    }

    @Test
    void threatenedWithSanctions() {
        assertEquals(List.of("warns(Brazil -> Paraguay)"), warns("Brazil threatened Paraguay with sanctions over the dam dispute."));
    }

    @Test
    void threatenedWithKeepsTheThreatAsTopic() {
        Relation r = read("Brazil threatened Paraguay with sanctions over the dam dispute.").relation("warns(Brazil -> Paraguay)");
        assertEquals("sanctions", r.topic());
    }

    @Test
    void threatenedSanctionsAgainst() {
        assertEquals(List.of("warns(Kenya -> Ethiopia)"), warns("Kenya threatened sanctions against Ethiopia."));
    }

    @Test
    void armedGroupThreatensAState() {
        assertEquals(List.of("warns(Houthi movement -> Saudi Arabia)"), warns("The Houthis threatened Saudi Arabia with new attacks."));
    }

    @Test
    void issuedAWarningTo() {
        assertEquals(List.of("warns(Norway -> Russia)"), warns("Norway issued a warning to Russia over fishing rights."));
    }

    @Test
    void cautionedAgainst() {
        assertEquals(List.of("warns(Peru -> Bolivia)"), warns("Peru cautioned Bolivia against closing the border."));
    }

    @Test
    void warnedThatWithTheWarnedNamed() {
        assertEquals(List.of("warns(Association of Southeast Asian Nations -> Myanmar)"),
                warns("ASEAN warned Myanmar that its membership could be suspended."));
    }

    @Test
    void headlineWarnsOver() {
        assertEquals(List.of("warns(Kenya -> Ethiopia)"), warns("Kenya warns Ethiopia over border clashes"));
    }

    @Test
    void reportedWarningIsHedged() {
        Relation r = read("Indonesia reportedly warned Malaysia against the plan.").relation("warns(Indonesia -> Malaysia)");
        assertEquals(Modality.HEDGED, r.modality());
    }

    @Test
    void participleWarningInApposition() {
        assertEquals(List.of("warns(Kenya -> Ethiopia)"),
                warns("Kenya, warning Ethiopia against escalation, moved troops to the border."));
    }

    @Test
    void warningFromTo() {
        assertEquals(List.of("warns(Brazil -> Venezuela)"),
                warns("The warning from Brazil to Venezuela came after the border incident."));
    }

    @Test
    void aParticipleAfterTheMainClauseIsOfItsSubjectNotOfAnAppositionsPerson() {
        assertEquals(List.of("warns(Omar Haddad -> ?)"),
                warns("Last year, Omar Haddad, a senior adviser to President Sami Nour, went further, threatening that the route would become a graveyard."));
    }

    @Test
    void anUnaddressedWarningIsTheWarnersAddressedOneElsewhere() {
        assertEquals(List.of("warns(Kenya -> Somalia)"),
                warns("Kenya warned against escalation on Monday. Later Kenya warned Somalia against further raids."));
        // control: another warner's unaddressed warning stays
        assertEquals(List.of("warns(Kenya -> ?)", "warns(Uganda -> Somalia)"),
                warns("Kenya warned against escalation on Monday. Later Uganda warned Somalia against further raids."));
    }

    @Test
    void aThreatWithAConditionIsAboutTheConditionsActor() {
        assertEquals(List.of("warns(Kenya -> European Union)"),
                warns("Kenya on Thursday threatened \"resolute countermeasures\" if Brussels pressed ahead with the duties."));
    }

    @Test
    void aQuotedWordInTheFirstConjunctDoesNotHideTheSubject() {
        assertEquals(List.of("warns(Amina Noor -> ?)"),
                warns("Spokeswoman Amina Noor accused the Europeans of \"hindering\" peace efforts and cautioned governments against sending troops."));
    }

    @Test
    void theReporterWhoSaysOneThingButWarnsAnotherWarns() {
        assertEquals(List.of("warns(Amina Noor -> ?)"),
                warns("Spokeswoman Amina Noor said Kenya welcomed the steps but cautioned that outsiders should not decide the region's future."));
    }

    @Test
    void aSecondVerbAfterAndAndTheSameAuxiliarySharesTheFirstVerbsSubject() {
        assertEquals(List.of("warns(Kenya -> Somalia)"),
                warns("Kenya has demanded that Amina Noor retract the remarks and has cautioned Somalia against interference."));
    }

    @Test
    void aStatesJuntaWarnsForTheState() {
        assertEquals(List.of("warns(Niger -> Economic Community of West African States)"),
                warns("Niger's junta warned ECOWAS against any attempt to re-impose sanctions."));
    }

    @Test
    void threateningAnOrganizationsMembersWarnsTheOrganization() {
        assertEquals(List.of("warns(Kenya -> BRICS)"), warns("Kenya has threatened Brics members with new tariffs."));
    }

    @Test
    void threatenedToActAgainstSomeoneWarnsThem() {
        assertEquals(List.of("warns(Somalia -> Kenya)"), warns("Somalia threatened to expel Kenyan troops serving in the mission."));
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya threatened to sanction Somalia if the raids continued."));
    }

    @Test
    void threatenedToCutAidToAStateWarnsThatState() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya threatened to cut aid to Somalia over the border dispute."));
    }

    @Test
    void threatenedToSuspendCooperationWithAStateWarnsThatState() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya threatened to suspend military cooperation with Somalia."));
    }

    @Test
    void threatenedToSendTroopsToAStateNamesNoOneWarned() {
        // control: troops sent to a state are not withheld from it, so it is not whom the threat is against
        assertEquals(List.of("warns(Kenya -> ?)"), warns("Kenya threatened to send troops to Somalia."));
    }

    @Test
    void heOpeningASentenceIsWhomTheSentenceBeforeOpenedWithNotWhomItNamedLast() {
        assertEquals(List.of("warns(Kwame Mensah -> Kenya)"),
                warns("Ghanaian Foreign Minister Kwame Mensah was received by Kenyan President William Ruto. "
                        + "He warned Nairobi against closing the border."));
    }

    @Test
    void heAfterASentenceOpenedByAStateIsNobodyKnown() {
        // control: the sentence before opens with a state, so "he" is left unresolved
        assertEquals(List.of(), warns("Kenya received Ghanaian Foreign Minister Kwame Mensah. He warned Nairobi against closing the border."));
    }

    @Test
    void whoSaidSomethingAndWarnedIsTheWarnerNotTheSubjectOfWhatWasSaid() {
        assertEquals(List.of("warns(Kenya -> Ethiopia)"), warns("Kenya said Somalia had moved troops and warned Ethiopia against interfering."));
    }

    @Test
    void anEmbassyInACapitalWarns() {
        assertEquals(List.of("warns(Kenya's embassy -> Somalia)"), warns("Kenya's embassy in Mogadishu warned Somalia against closing the border."));
    }

    @Test
    void theAllianceIsTheOrganizationNamedBefore() {
        assertEquals(List.of("warns(Russia -> North Atlantic Treaty Organization)"),
                warns("NATO leaders will meet in Brussels. Russia warned the alliance against expanding to the east."));
    }

    @Test
    void theGroupOfSomeoneIsNoOrganizationNamedBefore() {
        // control: "the group of ministers" is not Hamas
        assertEquals(List.of("warns(Egypt -> ?)"),
                warns("Hamas sent a delegation to Cairo. Egypt warned the group of ministers against delay."));
    }

    @Test
    void aStatesGovernmentWarnsAsTheState() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya's government warned Somalia against closing the border."));
    }

    @Test
    void aStatesArmyLedGovernmentWarnsAsTheState() {
        assertEquals(List.of("warns(Sudan -> ?)"), warns("Sudan's army-led government warned that it would not recognise any outcome."));
    }

    @Test
    void anOrganizationDescribedAsARebelGroupWarns() {
        assertEquals(List.of("warns(al-Shabaab -> ?)"),
                warns("The al-Shabaab militant group, which controls parts of Somalia, warned that it was not bound by the deal."));
    }

    @Test
    void aWarningSoundedToAStateWarnsIt() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya sounded a warning to Somalia over the border."));
    }

    @Test
    void aThreatMadeAgainstAStateWarnsIt() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya made a veiled threat against Somalia on Monday."));
    }

    @Test
    void vowingToRetaliateAgainstAStateIsAThreatToIt() {
        assertEquals(List.of("warns(Kenya -> Somalia)"), warns("Kenya vowed to retaliate against Somalia for the attack."));
    }

    @Test
    void vowingToRespondIsNoThreat() {
        // control: only a vow of retaliation threatens
        assertEquals(List.of(), warns("Kenya vowed to respond to the crisis with aid."));
    }

    @Test
    void sayingAnotherWouldPayAHeavyPriceThreatensIt() {
        assertEquals(List.of("warns(Kenya -> al-Shabaab)"), warns("Kenya said al-Shabaab would pay a heavy price for any attack."));
    }

    @Test
    void aPriceThatConsumersWillPayIsNoThreat() {
        // control: nobody named says it to an actor
        assertEquals(List.of(), warns("Analysts said consumers would pay a higher price for fuel."));
    }

    // ---------------------------------------------------------------- nobody named as warned

    @Test
    void warnedOfADangerWithNobodyWarnedHasNullObject() {
        assertEquals(List.of("warns(African Union -> ?)"), warns("The African Union warned of famine in the Sahel."));
    }

    @Test
    void warnedOfADangerKeepsItAsTopic() {
        Relation r = read("The African Union warned of famine in the Sahel.").relation("warns(African Union -> ?)");
        assertNull(r.target());
        assertEquals("famine in the Sahel", r.topic());
    }

    @Test
    void warnedThatWithNobodyNamedHasNullObject() {
        assertEquals(List.of("warns(Gabriel Boric -> ?)"), warns("Chilean President Gabriel Boric warned that the crisis could spread."));
    }

    // ---------------------------------------------------------------- negatives

    @Test
    void didNotWarnIsNoWarning() {
        assertEquals(List.of(), warns("Ghana did not warn Togo about the floods."));
    }

    @Test
    void neverWarnedIsNoWarning() {
        assertEquals(List.of(), warns("Kenya never warned Uganda against the deployment."));
    }

    @Test
    void deniedWarningIsNoWarning() {
        assertEquals(List.of(), warns("Ghana denied warning Togo about the floods."));
    }

    @Test
    void warningThatOnlyFollowsAConditionIsNoWarning() {
        assertEquals(List.of(), warns("If Ethiopia builds the dam, Egypt will warn the Security Council."));
    }

    @Test
    void wouldWarnIfIsNoWarning() {
        assertEquals(List.of(), warns("Brazil would warn Argentina if the border were closed."));
    }
}
