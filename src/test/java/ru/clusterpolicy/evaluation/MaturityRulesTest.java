package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.rules.RuleSet;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Maturity at the rules level: indicators, bands, blocks, gates, levels and the path to the next level. */
class MaturityRulesTest {

    static ObjectNode example(String name) throws IOException {
        return (ObjectNode) Profiles.JSON.readTree(TestPolicies.HOME.resolve("examples/" + name + ".json").toFile());
    }

    static Decision.ProgrammeDecision maturity(RuleSet ruleSet, ObjectNode profile) {
        return TestPolicies.evaluate(ruleSet, profile).programmes().stream()
                .filter(p -> p.programme().equals("MATURITY")).findFirst().orElseThrow();
    }

    static Decision.ProgrammeDecision maturity(ObjectNode profile) {
        return maturity(TestPolicies.repository(), profile);
    }

    @Test
    void theWorkedExampleOfTheMethodScores62AndIsMedium() throws IOException {
        Decision.ProgrammeDecision decision = maturity(example("maturity-worked-example"));
        assertEquals("MEDIUM", decision.level());
        assertEquals(new BigDecimal("62"), decision.score());
        assertEquals(new BigDecimal("100"), decision.maxScore());
        assertEquals(List.of("A 12/15", "B 15/20", "C 3/10", "D 11/15", "E 10/20", "F 7/10", "G 4/10"),
                decision.blocks().stream().map(b -> b.block() + " " + b.score() + "/" + b.max()).toList());
        assertEquals(32, decision.indicators().size(), "every row of the spec's indicator table (its text says 31)");
        Decision.IndicatorScore a1 = decision.indicators().get(0);
        assertEquals("A1", a1.indicator());
        assertEquals(new BigDecimal("32"), a1.observed());
        assertEquals("25–49", a1.band().ru());
        assertEquals(new BigDecimal("4"), a1.points());
        assertEquals("Bands", a1.source().sheet());
        assertEquals("MET", decision.findings().get(0).status(), "medium gate");
        assertEquals("NOT_MET", decision.findings().get(1).status(), "high gate: no KPI monitoring");
        assertEquals("Levels", decision.decidedBy().source().sheet());
    }

    @Test
    void thePathToHighStartsWithTheUnmetGateConditionsThenTheLargestGains() throws IOException {
        Decision.NextLevel next = maturity(example("maturity-worked-example")).nextLevel();
        assertEquals("HIGH", next.level());
        assertEquals(new BigDecimal("8"), next.pointsNeeded());
        Decision.Step first = next.missing().get(0);
        assertEquals("GATE", first.kind());
        assertEquals("D3", first.indicator());
        assertEquals(new BigDecimal("4"), first.points());
        assertEquals("начните ежегодный мониторинг целевых показателей", first.text().ru());
        assertTrue(next.missing().stream().anyMatch(s -> s.indicator().equals("MIN_BLOCK_SHARE")), "block C is under 40 %");
        BigDecimal added = next.missing().stream().map(Decision.Step::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(added.compareTo(next.pointsNeeded()) >= 0, "the steps reach the cut-off: " + next.missing());
    }

    @Test
    void aMatureClusterIsHigh() throws IOException {
        Decision.ProgrammeDecision decision = maturity(example("maturity-high-level"));
        assertEquals("HIGH", decision.level());
        assertEquals(new BigDecimal("81"), decision.score());
        assertNull(decision.nextLevel(), "nothing above high");
    }

    @Test
    void withoutAWebsiteTheMediumGateFailsAndTheLevelIsInitial() throws IOException {
        ObjectNode profile = example("maturity-worked-example");
        ((ObjectNode) profile.get("communications")).put("website", false);
        Decision.ProgrammeDecision decision = maturity(profile);
        assertEquals("INITIAL", decision.level());
        assertEquals("MEDIUM", decision.nextLevel().level());
        assertEquals("F1", decision.nextLevel().missing().get(0).indicator());
        assertEquals("open a cluster website", decision.nextLevel().missing().get(0).text().en());
    }

    @Test
    void missingInputsScoreZeroAreListedAndBelow70PercentTheLevelIsInsufficientData() throws IOException {
        ObjectNode profile = example("maturity-worked-example");
        profile.remove("strategy");
        profile.remove("communications");
        Decision.ProgrammeDecision decision = maturity(profile);
        assertEquals("INSUFFICIENT_DATA", decision.level());
        assertEquals(new BigDecimal("0.5833"), decision.completeness().share(), "7 of the 12 inputs the gates need");
        assertTrue(decision.completeness().missingInputs().containsAll(List.of("/strategy/kpiMonitoring", "/communications/website")),
                decision.completeness().missingInputs().toString());
        Decision.IndicatorScore d3 = decision.indicators().stream().filter(i -> i.indicator().equals("D3")).findFirst().orElseThrow();
        assertEquals(BigDecimal.ZERO, d3.points());
        assertEquals(List.of("/strategy/kpiMonitoring"), d3.missingInputs());
        assertEquals("DATA", decision.nextLevel().missing().get(0).kind());
    }

    @Test
    void aGoldLabelBelowTheHighLevelAsksToReviewTheDataAndHighWithoutALabelRecommendsBenchmarking() throws IOException {
        ObjectNode gold = example("maturity-worked-example");
        ((ObjectNode) gold.get("international")).put("excellenceLabel", "GOLD");
        Decision.CriterionFinding review = maturity(gold).findings().stream()
                .filter(f -> f.criterion().equals("MATURITY-ADVISORY-GOLD-LABEL")).findFirst().orElseThrow();
        assertEquals("NOT_MET", review.status());
        assertEquals("золотой знак качества ESCA при уровне ниже высокого: проверьте данные", review.gap().ru());

        ObjectNode high = example("maturity-high-level");
        ((ObjectNode) high.get("international")).put("excellenceLabel", "NONE");
        Decision.ProgrammeDecision decision = maturity(high);
        assertEquals("HIGH", decision.level());
        Decision.CriterionFinding benchmarking = decision.findings().stream()
                .filter(f -> f.criterion().equals("MATURITY-ADVISORY-BENCHMARKING")).findFirst().orElseThrow();
        assertEquals("NOT_MET", benchmarking.status());
        assertEquals("высокий уровень без знака качества: рекомендуется пройти бенчмаркинг ESCA", benchmarking.gap().ru());
        assertEquals("NOT_APPLICABLE", maturity(example("maturity-worked-example")).findings().stream()
                .filter(f -> f.criterion().equals("MATURITY-ADVISORY-BENCHMARKING")).findFirst().orElseThrow().status());
    }

    @Test
    void recalibratingABandInTheWorkbookChangesTheScore(@TempDir Path home) throws IOException {
        TestPolicies.copyOfHome(home);
        // A1 band 25–49 (Bands row 13) gives 5 points instead of 4
        Workbooks.set(home.resolve("decision-tables/maturity.xlsx"), "Bands", "C13", "5");
        Decision.ProgrammeDecision decision = maturity(TestPolicies.load(home), example("maturity-worked-example"));
        assertEquals(new BigDecimal("63"), decision.score());
    }
}
