package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.rules.RuleSet;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.clusterpolicy.evaluation.MaturityRulesTest.example;

/** Typology at the rules level: the type, the counts by name, and the declared scope checked. */
class TypologyRulesTest {

    static Decision.ProgrammeDecision typology(RuleSet ruleSet, ObjectNode profile) {
        return TestPolicies.evaluate(ruleSet, profile).programmes().stream()
                .filter(p -> p.programme().equals("TYPOLOGY")).findFirst().orElseThrow();
    }

    @Test
    void arnestIsNationalSectoralAndTheFindingNamesRegionsDistrictsAndTheIndustry() throws IOException {
        Decision.ProgrammeDecision decision = typology(TestPolicies.repository(), example("typology-arnest-national-sectoral"));
        assertEquals("NATIONAL_SECTORAL", decision.type());
        String text = decision.decidedBy().text().en();
        assertTrue(text.contains("Stavropol Krai") && text.contains("Tula Oblast") && !text.contains("RU-STA"), text);
        assertTrue(text.contains("North Caucasian Federal District") && text.contains("Central Federal District"), text);
        assertTrue(text.contains("section C (Manufacturing)"), text);
        assertTrue(decision.decidedBy().text().ru().contains("раздел C «Обрабатывающие производства»"));
        assertEquals("MET", decision.findings().get(0).status(), "declared national, classified national");
    }

    @Test
    void aDeclaredNationalClusterInOneDistrictIsInterregionalAndTheMismatchIsExplained() throws IOException {
        ObjectNode profile = example("typology-lifting-equipment-interregional");
        ((ObjectNode) profile.get("cluster")).put("declaredScope", "NATIONAL");
        Decision.ProgrammeDecision decision = typology(TestPolicies.repository(), profile);
        assertEquals("INTERREGIONAL", decision.type());
        Decision.CriterionFinding scope = decision.findings().get(0);
        assertEquals("TYP-DECLARED-SCOPE", scope.criterion());
        assertEquals("NOT_MET", scope.status());
        assertTrue(scope.gap().ru().contains("заявлен национальный масштаб, но участники — только в 1 федеральном округе (Уральский"),
                "the prepositional singular after «в 1»: " + scope.gap().ru());
        assertTrue(decision.decidedBy().text().en().contains("National status takes declaring national scope"), "what national status would take");
    }

    @Test
    void countingIndustriesByDivisionIsATableValue(@TempDir Path home) throws IOException {
        ObjectNode profile = example("typology-arnest-national-sectoral");
        assertEquals("NATIONAL_SECTORAL", typology(TestPolicies.repository(), profile).type());
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve("decision-tables/typology.xlsx"), "Parameters", "B2", "yes");
        assertEquals("NATIONAL_INTERSECTORAL", typology(TestPolicies.load(home), profile).type(),
                "divisions 20, 22 and 25 are three industries");
    }
}
