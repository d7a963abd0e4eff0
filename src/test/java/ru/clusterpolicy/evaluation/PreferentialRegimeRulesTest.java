package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.rules.RuleSet;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.clusterpolicy.Profiles.participant;

/** The 2023 preferential regime at the rules level: the gate, each measure, the amounts. */
class PreferentialRegimeRulesTest {

    static Decision.ProgrammeDecision regime(RuleSet ruleSet, ObjectNode profile) {
        return TestPolicies.evaluate(ruleSet, profile).programmes().stream()
                .filter(p -> p.programme().equals("PREFERENTIAL_REGIME_2023")).findFirst().orElseThrow();
    }

    static Decision.ProgrammeDecision regime(ObjectNode profile) {
        return regime(TestPolicies.repository(), profile);
    }

    static Decision.MeasureDecision measure(Decision.ProgrammeDecision decision, String measure, String subject) {
        return decision.measures().stream()
                .filter(m -> m.measure().equals(measure) && (subject == null
                        || subject.equals(m.participantId()) || subject.equals(m.projectId())))
                .findFirst().orElseThrow(() -> new AssertionError("no " + measure + " for " + subject));
    }

    /** The eligible test cluster on the registry since 2022-03-15, as of 2025-06-01. */
    static ObjectNode registered() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        ((ObjectNode) profile.get("cluster")).put("registryDecisionDate", "2022-03-15");
        return profile;
    }

    static ObjectNode purchase(ObjectNode buyer, String supplierId, long cost, String date) {
        ArrayNode purchases = buyer.has("startBatchPurchases") ? (ArrayNode) buyer.get("startBatchPurchases")
                : buyer.putArray("startBatchPurchases");
        ObjectNode purchase = purchases.addObject();
        if (supplierId.startsWith("ООО")) {
            purchase.put("supplierName", supplierId);
        } else {
            purchase.put("supplierId", supplierId);
        }
        return purchase.put("costRub", cost).put("date", date);
    }

    static ObjectNode project(ObjectNode profile, long cost, long loan) {
        ObjectNode project = profile.putArray("projects").addObject().put("id", "jp1").put("importSubstitution", true)
                .put("costRub", cost).put("loanRub", loan).put("priorityProduct", true).put("frpOpinion", "POSITIVE");
        project.putArray("participantIds").add("p1").add("p2");
        return project;
    }

    @Test
    void aClusterOnTheRegistryPassesTheGate() {
        Decision.ProgrammeDecision decision = regime(registered());
        Decision.CriterionFinding gate = decision.findings().get(0);
        assertEquals("PR-REGISTRY", gate.criterion());
        assertEquals("MET", gate.status());
        assertTrue(gate.text().ru().contains("решение от 15.03.2022"), gate.text().ru());
    }

    @Test
    void withoutADecisionTheGateIsMetConditionallyWhenDecree779IsMet() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        participant(profile, "p1").putObject("spic").put("counterparty", "RF").put("type", "1.0")
                .put("signed", "2024-01-01").put("ends", "2034-01-01");
        Decision.ProgrammeDecision decision = regime(profile);
        Decision.CriterionFinding gate = decision.findings().get(0);
        assertEquals("MET", gate.status());
        assertTrue(gate.text().en().contains("the measures open once it is entered"), gate.text().en());
        assertEquals("AVAILABLE", measure(decision, "PR-CONTRIBUTIONS", "p1").status());
        assertEquals("ELIGIBLE", decision.verdict());
    }

    @Test
    void neitherRegisteredNorEligibleClosesTheClusterMeasures() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        participant(profile, "p10").put("kind", "OTHER");
        participant(profile, "p1").putObject("spic").put("counterparty", "RF").put("type", "1.0")
                .put("signed", "2024-01-01").put("ends", "2034-01-01");
        Decision.ProgrammeDecision decision = regime(profile);
        assertEquals("NOT_MET", decision.findings().get(0).status());
        assertEquals("NOT_AVAILABLE", measure(decision, "PR-CONTRIBUTIONS", "p1").status());
        assertEquals("NOT_ELIGIBLE", decision.verdict());
    }

    @Test
    void startBatchSubsidyCountsOnlyPurchasesFromOtherParticipantsSince2023AndShowsTheFormula() {
        ObjectNode profile = registered();
        ObjectNode buyer = participant(profile, "p1");
        purchase(buyer, "p2", 70_000_000, "2024-03-01");
        purchase(buyer, "ООО «Внешний поставщик»", 5_000_000, "2024-04-01");
        purchase(buyer, "p1", 3_000_000, "2024-05-01");
        purchase(buyer, "p3", 30_000_000, "2022-12-31");
        Decision.MeasureDecision subsidy = measure(regime(profile), "PR-START-BATCH-SUBSIDY", "p1");
        assertEquals("AVAILABLE", subsidy.status());
        assertEquals(new BigDecimal("35000000"), subsidy.amountRub());
        assertEquals("наименьшее из (50\u00a0% × 70\u00a0000\u00a0000\u00a0руб.; 150\u00a0000\u00a0000\u00a0руб. − 0\u00a0руб.) = 35\u00a0000\u00a0000\u00a0руб.",
                subsidy.formula().ru());
        String purchases = subsidy.findings().get(1).text().ru().replace('\u00a0', ' ');
        assertTrue(purchases.contains("Завод 2 — 70 млн руб. от 01.03.2024, учтена"), purchases);
        assertTrue(purchases.contains("ООО «Внешний поставщик» — 5 млн руб. от 01.04.2024, не учтена (поставщик — не участник кластера)"),
                purchases);
        assertTrue(purchases.contains("Завод 1 — 3 млн руб. от 01.05.2024, не учтена (поставщик — сам покупатель)"), purchases);
        assertTrue(purchases.contains("от 31.12.2022, не учтена (затраты до 01.01.2023)"), "the start date is the parameter's: "
                + purchases);
    }

    @Test
    void startBatchAmountsAreExactToTheKopeck() {
        ObjectNode profile = registered();
        purchase(participant(profile, "p1"), "p2", 1, "2024-03-01").put("costRub", new BigDecimal("33333333.33"));
        Decision.MeasureDecision subsidy = measure(regime(profile), "PR-START-BATCH-SUBSIDY", "p1");
        assertEquals(new BigDecimal("16666666.67"), subsidy.amountRub());
    }

    @ParameterizedTest(name = "received {0}, counted 60 mln -> {1} {2}")
    @CsvSource({"0, AVAILABLE, 30000000", "140000000, AVAILABLE, 10000000", "150000000, NOT_AVAILABLE, "})
    void startBatchSubsidyStopsAtTheCapLessWhatWasReceived(long received, String status, BigDecimal amount) {
        ObjectNode profile = registered();
        purchase(participant(profile, "p1"), "p2", 60_000_000, "2024-03-01");
        participant(profile, "p1").put("startBatchSubsidyReceivedRub", received);
        Decision.MeasureDecision subsidy = measure(regime(profile), "PR-START-BATCH-SUBSIDY", "p1");
        assertEquals(status, subsidy.status());
        assertEquals(amount, subsidy.amountRub());
    }

    @ParameterizedTest(name = "СПИК {0} {1}, signed {2}, ends {3} -> {4} until {5}")
    @CsvSource({"RF, 1.0, 2021-05-01, 2031-05-01, AVAILABLE, 2029-12-31",
            "RF, 1.0, 2024-01-15, 2030-06-30, AVAILABLE, 2030-06-30",
            "RF, 1.0, 2019-03-01, 2024-12-31, NOT_AVAILABLE, ",
            "RF, 2.0, 2022-03-01, 2034-03-01, NOT_AVAILABLE, ",
            "RU-TA, 1.0, 2022-03-01, 2034-03-01, NOT_AVAILABLE, "})
    void reducedContributionsLastWhileTheSpicDoesAndAtMostSevenYears(String counterparty, String type, String signed,
                                                                    String ends, String status, String until) {
        ObjectNode profile = registered();
        participant(profile, "p1").putObject("spic").put("counterparty", counterparty).put("type", type)
                .put("signed", signed).put("ends", ends);
        Decision.MeasureDecision contributions = measure(regime(profile), "PR-CONTRIBUTIONS", "p1");
        assertEquals(status, contributions.status());
        assertEquals(until, contributions.until() == null ? null : contributions.until().toString());
        if (until != null) {
            assertEquals(new BigDecimal("7.6"), contributions.ratePercent());
        }
    }

    @ParameterizedTest(name = "loan {1} of {0} -> {2}")
    @CsvSource({"2500000000, 2000000000, AVAILABLE", "2500000000, 2000000001, NOT_AVAILABLE",
            "1200000000, 900000000, NOT_AVAILABLE", "200000000000, 150000000000, NOT_AVAILABLE"})
    void kipLoanFrom1To100BillionAndAtMost80PercentOfCost(long cost, long loan, String status) {
        ObjectNode profile = registered();
        project(profile, cost, loan);
        assertEquals(status, measure(regime(profile), "PR-KIP-LOAN", "jp1").status());
    }

    @ParameterizedTest(name = "as of {0} (key rate {1}) -> {2} %")
    @CsvSource({"2023-03-01, , 5.25", "2025-06-01, , 9.3", "2025-10-01, , 8.1", "2025-06-01, 16, 7.8"})
    void kipRateIsThirtyPercentOfTheKeyRateInForcePlusThreePoints(String asOf, BigDecimal override, BigDecimal rate) {
        ObjectNode profile = registered();
        profile.put("asOf", asOf);
        if (override != null) {
            profile.put("keyRatePercent", override);
        }
        project(profile, 2_500_000_000L, 1_800_000_000L);
        Decision.MeasureDecision loan = measure(regime(profile), "PR-KIP-LOAN", "jp1");
        assertEquals("AVAILABLE", loan.status());
        assertEquals(rate, loan.ratePercent());
        assertTrue(loan.text().ru().contains("решение принимает межведомственная комиссия"), "final approval is the commission's");
    }

    @Test
    void kipConditionsThatFailAreEachShown() {
        ObjectNode profile = registered();
        project(profile, 1_000_000_000L, 900_000_000L).put("priorityProduct", false).put("frpOpinion", "NEGATIVE");
        Decision.MeasureDecision loan = measure(regime(profile), "PR-KIP-LOAN", "jp1");
        assertEquals(List.of("NOT_MET", "NOT_MET", "NOT_MET", "MET", "NOT_MET", "MET"),
                loan.findings().stream().map(Decision.CriterionFinding::status).toList());
        assertNull(loan.ratePercent(), "no rate for a loan that is not available");
    }

    @Test
    void jointProjectSubsidyIsThirtyPercentOfCostUpTo300Million() {
        ObjectNode profile = registered();
        project(profile, 500_000_000L, 0L);
        Decision.MeasureDecision subsidy = measure(regime(profile), "PR-JOINT-PROJECT-SUBSIDY", "jp1");
        assertEquals(new BigDecimal("150000000"), subsidy.amountRub());
        assertEquals("the lesser of (30% × RUB 500,000,000; RUB 300,000,000) = RUB 150,000,000", subsidy.formula().en());
    }

    @Test
    void measuresNeverEnactedAreReportedAsSuchAndTaxMonitoringIsOpenToARegisteredClustersParticipants() {
        Decision.ProgrammeDecision decision = regime(registered());
        Decision.MeasureDecision profitTax = measure(decision, "PR-PROFIT-TAX-ZERO", null);
        assertEquals("NOT_ENACTED", profitTax.status());
        assertTrue(profitTax.text().en().contains("not enacted"), profitTax.text().en());
        assertEquals("NOT_ENACTED", measure(decision, "PR-PROCUREMENT", null).status());
        Decision.MeasureDecision monitoring = measure(decision, "PR-TAX-MONITORING", "p1");
        assertEquals("AVAILABLE", monitoring.status());
        assertTrue(monitoring.act().contains("105.26"), monitoring.act());
    }

    @Test
    void beforeTheActsMeasuresSayTheyWereNotInForce() {
        ObjectNode profile = registered();
        profile.put("asOf", "2022-06-01");
        ((ObjectNode) profile.get("cluster")).put("registryDecisionDate", "2020-09-01");
        participant(profile, "p1").putObject("spic").put("counterparty", "RF").put("type", "1.0")
                .put("signed", "2021-01-01").put("ends", "2031-01-01");
        Decision.MeasureDecision contributions = measure(regime(profile), "PR-CONTRIBUTIONS", "p1");
        assertEquals("NOT_AVAILABLE", contributions.status());
        assertTrue(contributions.text().ru().contains("не действовала на дату оценки (01.06.2022)"), contributions.text().ru());
    }

    @Test
    void aPolicyAuthorChangingAShareInTheParametersSheetChangesTheAmount(@TempDir Path home) {
        ObjectNode profile = registered();
        purchase(participant(profile, "p1"), "p2", 60_000_000, "2024-03-01");
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve("decision-tables/preferential-regime-2023.xlsx"), "Parameters", "B5", "0.4");
        Decision.MeasureDecision subsidy = measure(regime(TestPolicies.load(home), profile), "PR-START-BATCH-SUBSIDY", "p1");
        assertEquals(new BigDecimal("24000000"), subsidy.amountRub());
    }
}
