package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.clusterpolicy.Profiles.participant;

/** Decree 779 at the rules level: a profile in, the findings out. */
class Decree779RulesTest {

    static final List<String> CRITERIA = List.of("D779-COOPERATION", "D779-INDUSTRIAL-MIN", "D779-SUPPORT-ORG",
            "D779-FUNCTIONAL-DEPENDENCY", "D779-NONPRODUCING-MAX", "D779-PROGRAMME", "D779-IMPORT-SHARE",
            "D779-SO-EXISTS", "D779-SO-GOOD-STANDING", "D779-SO-AUTHORIZED", "D779-SO-REGION", "D779-NEW-REGIONS",
            "D779-DECISION-VALIDITY");

    static Decision.ProgrammeDecision decree779(ObjectNode profile) {
        return TestPolicies.evaluate(profile).programmes().stream()
                .filter(p -> p.programme().equals("DECREE_779")).findFirst().orElseThrow();
    }

    static Decision.CriterionFinding finding(Decision.ProgrammeDecision decision, String criterion) {
        return decision.findings().stream().filter(f -> f.criterion().equals(criterion)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding for " + criterion));
    }

    /** 14 participants, 5 in monotowns (36 %), functional dependency 12 %. */
    static ObjectNode monotownCluster(String asOf) {
        ObjectNode profile = Profiles.eligible(asOf);
        ArrayNode participants = (ArrayNode) profile.get("participants");
        participants.addObject().put("id", "e1").put("kind", "EDUCATION").put("region", "RU-TA");
        participants.addObject().put("id", "f1").put("kind", "FINANCIAL").put("region", "RU-TA");
        participants.addObject().put("id", "i1").put("kind", "INFRASTRUCTURE").put("region", "RU-TA");
        for (int i = 1; i <= 5; i++) {
            participant(profile, "p" + i).putArray("specialTerritories").add("MONOTOWN");
        }
        Profiles.relinkContracts(profile);
        return Profiles.functionalDependency(profile, 0.12);
    }

    @Test
    void everyCriterionOfTheSpecHasAFindingWithReferenceVerificationTextsAndSourceRow() {
        Decision.ProgrammeDecision decision = decree779(Profiles.eligible("2025-06-01"));
        assertEquals(CRITERIA, decision.findings().stream().map(Decision.CriterionFinding::criterion).toList());
        for (Decision.CriterionFinding f : decision.findings()) {
            assertFalse(f.legalRef().isBlank(), f.criterion());
            assertTrue(List.of("CONFIRMED", "PARTIAL", "UNCONFIRMED").contains(f.verification()), f.criterion());
            assertFalse(f.text().ru().isBlank() || f.text().en().isBlank(), f.criterion());
            assertFalse(f.text().ru().contains("{"), "unfilled placeholder in " + f.text().ru());
            assertEquals("decision-tables/decree-779.xlsx", f.source().file());
            assertEquals("Criteria", f.source().sheet());
            assertTrue(f.source().row() > 10, f.criterion());
        }
        assertEquals("ELIGIBLE", decision.verdict());
        assertEquals("2023-09-28", decision.edition().toString());
    }

    @Test
    void sameMonotownClusterIsNotEligibleIn2020AndEligibleIn2025() {
        Decision.ProgrammeDecision in2020 = decree779(monotownCluster("2020-06-01"));
        Decision.CriterionFinding fd2020 = finding(in2020, "D779-FUNCTIONAL-DEPENDENCY");
        assertEquals("NOT_ELIGIBLE", in2020.verdict());
        assertEquals("NOT_MET", fd2020.status());
        assertEquals(new BigDecimal("0.12"), fd2020.observed());
        assertEquals(">= 0.2", fd2020.required());
        assertEquals("UNCONFIRMED", fd2020.verification());
        assertTrue(fd2020.gap().en().contains("8 percentage points"), fd2020.gap().en());
        assertTrue(fd2020.text().en().contains("35.7%"), "the special-territory share is shown: " + fd2020.text().en());
        assertTrue(fd2020.text().ru().contains("35,7\u00a0%"), "with a decimal comma and a non-breaking space: " + fd2020.text().ru());

        Decision.ProgrammeDecision in2025 = decree779(monotownCluster("2025-06-01"));
        Decision.CriterionFinding fd2025 = finding(in2025, "D779-FUNCTIONAL-DEPENDENCY");
        assertEquals("ELIGIBLE", in2025.verdict());
        assertEquals("MET", fd2025.status());
        assertEquals(">= 0.1", fd2025.required());
        assertEquals("CONFIRMED", fd2025.verification());
        assertTrue(fd2025.text().ru().contains("Применяется пониженный порог"), fd2025.text().ru());
    }

    @ParameterizedTest(name = "{0}: {1} of 14 in special territories -> threshold {2}")
    @CsvSource({"2017-06-01, 5, '>= 0.5'", "2025-06-01, 4, '>= 0.5'", "2025-06-01, 5, '>= 0.1'", "2020-06-01, 5, '>= 0.2'"})
    void functionalDependencyThresholdFollowsTheEditionAndTheSpecialTerritoryShare(String asOf, int special, String required) {
        ObjectNode profile = monotownCluster(asOf);
        if (special == 4) {
            participant(profile, "p5").remove("specialTerritories");
        }
        assertEquals(required, finding(decree779(profile), "D779-FUNCTIONAL-DEPENDENCY").required());
    }

    @ParameterizedTest(name = "{0} industrial participants -> {1}")
    @CsvSource({"9, NOT_MET", "10, MET"})
    void industrialMinimumIsTen(int industrial, String status) {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        if (industrial == 9) {
            participant(profile, "p10").put("kind", "PRODUCTION_SERVICES");
        }
        Decision.CriterionFinding f = finding(decree779(profile), "D779-INDUSTRIAL-MIN");
        assertEquals(status, f.status());
        assertEquals(new BigDecimal(industrial), f.observed());
        if (industrial == 9) {
            assertEquals("1 more industrial enterprise needed (9 of 10)", f.gap().en());
            assertEquals("нужно ещё 1 промышленное предприятие (сейчас 9 из 10)", f.gap().ru());
        } else {
            assertNull(f.gap());
        }
    }

    @Test
    void participantsOfUnknownKindMakeTheIndustrialMinimumUnknownAndNameTheMissingInputs() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        participant(profile, "p10").remove("kind");
        Decision.ProgrammeDecision decision = decree779(profile);
        Decision.CriterionFinding f = finding(decision, "D779-INDUSTRIAL-MIN");
        assertEquals("UNKNOWN", f.status());
        assertEquals(List.of("/participants/9/kind"), f.missingInputs());
        assertTrue(f.text().en().contains("9–10"), f.text().en());
        assertEquals("INSUFFICIENT_DATA", decision.verdict());
    }

    @Test
    void aContractLinksBothEndsAndAParticipantWithoutOneIsNamed() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        ArrayNode contracts = profile.putArray("contracts");
        for (int i = 2; i <= 10; i++) {
            contracts.addObject().put("from", "p1").put("to", "p" + i).put("type", "PRODUCTION_SERVICES");
        }
        Decision.CriterionFinding f = finding(decree779(profile), "D779-COOPERATION");
        assertEquals("NOT_MET", f.status());
        assertEquals(BigDecimal.ONE, f.observed());
        assertTrue(f.gap().ru().contains("НИИ"), f.gap().ru());
    }

    @Test
    void aSpicObligingClusterSupplyCountsAsACooperationLink() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        ((ArrayNode) profile.get("contracts")).remove(9);
        assertEquals("NOT_MET", finding(decree779(profile), "D779-COOPERATION").status());
        participant(profile, "r1").put("kind", "INDUSTRIAL").putObject("spic").put("obligesClusterSupply", true);
        participant(profile, "p1").put("kind", "RESEARCH");
        assertEquals("MET", finding(decree779(profile), "D779-COOPERATION").status());
    }

    @Test
    void participantsOrganisingProductionAreExemptFromCooperationOnlySince2021() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        ((ArrayNode) profile.get("contracts")).remove(9);
        participant(profile, "r1").put("kind", "INDUSTRIAL").put("producedClusterProductLastPeriod", false)
                .put("organizingProduction", true);
        participant(profile, "p1").put("kind", "RESEARCH");
        assertEquals("MET", finding(decree779(profile), "D779-COOPERATION").status());
        profile.put("asOf", "2021-11-15");
        assertEquals("NOT_MET", finding(decree779(profile), "D779-COOPERATION").status());
    }

    @Test
    void withNoContractsReportedCooperationIsUnknownNotFailed() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        profile.remove("contracts");
        Decision.CriterionFinding f = finding(decree779(profile), "D779-COOPERATION");
        assertEquals("UNKNOWN", f.status());
        assertEquals(List.of("/contracts"), f.missingInputs());
    }

    @ParameterizedTest(name = "{0}: {1} non-producing (organising: {2}) -> {3}")
    @CsvSource({"2025-06-01, 3, true, MET", "2025-06-01, 4, true, NOT_MET", "2025-06-01, 1, false, NOT_MET",
            "2021-11-15, 1, true, NOT_MET"})
    void nonProducingIndustrialParticipantsAtMostThreeAndOnlyIfOrganisingProduction(String asOf, int count,
                                                                                   boolean organizing, String status) {
        ObjectNode profile = Profiles.eligible(asOf);
        for (int i = 1; i <= count; i++) {
            ObjectNode p = Profiles.JSON.createObjectNode().put("id", "n" + i).put("kind", "INDUSTRIAL")
                    .put("region", "RU-TA").put("producedClusterProductLastPeriod", false).put("organizingProduction", organizing);
            ((ArrayNode) profile.get("participants")).add(p);
        }
        Profiles.relinkContracts(profile);
        assertEquals(status, finding(decree779(profile), "D779-NONPRODUCING-MAX").status());
    }

    @Test
    void participantsInIpserRegionsCountAsSpecialTerritoriesAndTheFindingSaysItWasInferred() {
        ObjectNode profile = Profiles.functionalDependency(Profiles.eligible("2025-06-01"), 0.15);
        for (var p : profile.get("participants")) {
            ((ObjectNode) p).put("region", "RU-PSK");
        }
        ((ObjectNode) profile.get("specializedOrganization")).put("region", "RU-PSK");
        Decision.CriterionFinding f = finding(decree779(profile), "D779-FUNCTIONAL-DEPENDENCY");
        assertEquals("MET", f.status());
        assertEquals(">= 0.1", f.required());
        assertTrue(f.text().en().contains("Counted as in IPSER regions by where they are: Завод 1"), f.text().en());

        profile.put("asOf", "2019-06-01");
        assertEquals(">= 0.5", finding(decree779(profile), "D779-FUNCTIONAL-DEPENDENCY").required(),
                "ИПСЭР status starts 2020-01-01 in the reference table");
    }

    @ParameterizedTest(name = "decision 2020-03-15, as of {0} -> {1}")
    @CsvSource({"2025-03-15, MET", "2025-03-16, NOT_MET"})
    void registryDecisionIsValidFiveYearsInclusiveAndDoesNotDecideTheVerdict(String asOf, String status) {
        ObjectNode profile = Profiles.eligible(asOf);
        ((ObjectNode) profile.get("cluster")).put("registryDecisionDate", "2020-03-15");
        Decision.ProgrammeDecision decision = decree779(profile);
        Decision.CriterionFinding f = finding(decision, "D779-DECISION-VALIDITY");
        assertEquals(status, f.status());
        assertEquals("valid until 2025-03-15", f.required());
        assertFalse(f.binding());
        assertEquals("ELIGIBLE", decision.verdict());
    }

    @Test
    void withoutARegistryDecisionTheValidityRowIsNotApplicable() {
        assertEquals("NOT_APPLICABLE", finding(decree779(Profiles.eligible("2025-06-01")), "D779-DECISION-VALIDITY").status());
    }

    @Test
    void importShareIsAdvisory() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        for (int i = 1; i <= 10; i++) {
            participant(profile, "p" + i).put("importedInputsRub", 70_000_000);
        }
        Decision.ProgrammeDecision decision = decree779(profile);
        assertEquals("NOT_MET", finding(decision, "D779-IMPORT-SHARE").status());
        assertEquals("ELIGIBLE", decision.verdict());
    }

    @Test
    void goodStandingNeedsBothConditionsAndShowsEachRow() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        ((ObjectNode) profile.get("specializedOrganization")).put("hasTaxArrears", true);
        Decision.CriterionFinding f = finding(decree779(profile), "D779-SO-GOOD-STANDING");
        assertEquals("NOT_MET", f.status());
        assertEquals(2, f.parts().size());
        assertEquals(List.of("MET", "NOT_MET"), f.parts().stream().map(Decision.CriterionFinding::status).toList());
        assertEquals(f.parts().get(1).source(), f.source(), "the deciding row is the failing one");
    }

    @Test
    void specialisedOrganisationMustBeRegisteredWhereAParticipantOperates() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        ((ObjectNode) profile.get("specializedOrganization")).put("region", "RU-MOW");
        Decision.CriterionFinding f = finding(decree779(profile), "D779-SO-REGION");
        assertEquals("NOT_MET", f.status());
        assertTrue(f.gap().en().contains("Republic of Tatarstan"), "the region is named, not coded: " + f.gap().en());
    }

    @Test
    void beforeTheDecreeExistedTheProgrammeSaysTheActWasNotInForce() {
        Decision.ProgrammeDecision decision = decree779(Profiles.eligible("2015-01-01"));
        assertEquals("NOT_ELIGIBLE", decision.verdict());
        assertTrue(decision.findings().isEmpty());
        assertTrue(decision.summary().en().contains("not in force"), decision.summary().en());
    }

    @Test
    void traceNamesEveryFiredTableRowByItsCell() {
        Decision decision = TestPolicies.evaluate(Profiles.eligible("2025-06-01"));
        assertNotNull(decision.trace());
        assertTrue(decision.trace().stream().anyMatch(r -> r.rule().equals("Criteria Criteria_12") && r.source().file().endsWith("decree-779.xlsx")
                && r.source().row() == 12 && r.source().sheet().equals("Criteria")), decision.trace().toString());
        assertTrue(decision.trace().stream().anyMatch(r -> "rules/decree-779.drl".equals(r.source().file())));
    }
}
