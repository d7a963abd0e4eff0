package ru.clusterpolicy.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.clusterpolicy.Profiles.participant;

/**
 * Loading a rule set: the repository's loads whole; a broken copy fails whole, with a problem that
 * names the file and, for a workbook, the sheet and cell.
 */
class RuleSetLoaderTest {

    static final String CRITERIA = "decision-tables/decree-779.xlsx";

    @TempDir
    Path home;

    @Test
    void repositoryRuleSetLoadsEveryCriterionRowAndHasAContentVersion() {
        RuleSet ruleSet = TestPolicies.repository();
        assertEquals(12, ruleSet.version().length());
        Programme decree = ruleSet.catalog().programmes().get(0);
        assertEquals("DECREE_779", decree.id());
        assertEquals(13, decree.criteria().size());
        assertEquals(19, decree.requirements().size());
        assertEquals(89, ruleSet.catalog().reference().regions().size(), "every subject of the federation");
        assertEquals("FAR_EASTERN", ruleSet.catalog().reference().region("RU-BU").orElseThrow().federalDistrict(),
                "Buryatia is in the Far Eastern district since 2018");
        var reference = ruleSet.catalog().reference();
        assertEquals(10, reference.regions().values().stream()
                .filter(r -> reference.ipserAt(r.code(), java.time.LocalDate.of(2024, 1, 1)).isPresent()).count(),
                "the ten ИПСЭР regions of 2020-2024");
        assertEquals(10, reference.regions().values().stream()
                .filter(r -> reference.ipserAt(r.code(), java.time.LocalDate.of(2025, 1, 1)).isPresent()).count(),
                "the ten ИПСЭР regions of 2025-2030");
        assertEquals(java.util.Optional.of("B"), ruleSet.catalog().reference().okvedSection("08.99"));
        assertEquals(ruleSet.version(), TestPolicies.load(TestPolicies.copyOfHome(home)).version(),
                "the same files give the same version");
    }

    @Test
    void editingAThresholdInTheWorkbookChangesTheAnswer() {
        ObjectNode profile = Profiles.eligible("2025-06-01");
        participant(profile, "p10").put("kind", "PRODUCTION_SERVICES");
        assertEquals("NOT_ELIGIBLE", verdict(TestPolicies.repository(), profile));

        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "E12", "8");
        RuleSet edited = TestPolicies.load(home);
        assertEquals("ELIGIBLE", verdict(edited, profile));
        assertTrue(!edited.version().equals(TestPolicies.repository().version()), "a changed file changes the version");
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "Criteria | M12 | Текст с \"кавычками\" | M12 | double quote",
            "Criteria | M12 | 'Требуется {threshold, plural, one {# предприятие}' | M12 | braces",
            "Criteria | O12 | 'нужно ещё {gapp} предприятий' | O12 | unknown placeholder {gapp} (did you mean gap",
            "Criteria | N12 | 'At least {threshold, number, integer}' | N12 | other kinds of argument are not used",
            "Criteria | H12 | 31.07.2015 | H12 | is not a date",
            "Criteria | I12 | 2010-01-01 | I12 | before it starts",
            "Criteria | D12 | AT_LEAST | D12 | unknown operator",
            "Criteria | E12 | ten | E12 | not a number",
            "Criteria | F12 | maybe | F12 | binding is 'maybe'",
            "Criteria | K12 | CHECKED | K12 | verification",
            "Criteria | N12 | '' | N12 | the English text is empty",
            "Criteria | A12 | SPECIAL_SHARE >= | A12 | METRIC OPERATOR VALUE",
            "Criteria | B7 | ACTON | B7 | keyword ACTION",
            "Criteria | F10 | binding?? | A10 | no column labelled 'binding'",
            "Editions | A3 | 2018/08/02 | A3 | is not a date"})
    void aBrokenCellIsReportedByFileSheetAndCell(String sheet, String cell, String value, String reported, String says) {
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve(CRITERIA), sheet, cell, value);
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.problems().stream().anyMatch(p -> CRITERIA.equals(p.file()) && sheet.equals(p.sheet())
                        && reported.equals(p.cell()) && p.problem().contains(says)),
                "expected " + reported + " '" + says + "' in:\n" + failure.getMessage());
    }

    @ParameterizedTest(name = "{1} = {2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "Bands | A13 | A1 >= 20 | A13 | this band overlaps row 12",
            "Bands | A13 | A1 >= 30 | A13 | values from 25 to 30 fall in no band",
            "Bands | B14 | A1 < 100 | B14 | no band from 100",
            "Bands | C13 | 9 | C13 | exceed the indicator's maximum 6",
            "Levels | A13 | '' | D14 | unreachable: row 13 above has no conditions",
            "Levels | D12 | SUPERB | D12 | unknown outcome 'SUPERB'"})
    void scoringTablesAreCheckedForOverlapsGapsAndUnreachableRows(String sheet, String cell, String value,
                                                                   String reported, String says) {
        TestPolicies.copyOfHome(home);
        Path maturity = home.resolve("decision-tables/maturity.xlsx");
        if (value.isEmpty()) {
            for (String column : new String[]{"A", "B", "C"}) {
                Workbooks.set(maturity, sheet, column + cell.substring(1), "");
            }
        } else {
            Workbooks.set(maturity, sheet, cell, value);
        }
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().equals("decision-tables/maturity.xlsx")
                        && sheet.equals(p.sheet()) && reported.equals(p.cell()) && p.problem().contains(says)),
                "expected " + reported + " '" + says + "' in:\n" + failure.getMessage());
    }

    @Test
    void aDuplicateRowWithAnOverlappingEditionIsReported() {
        TestPolicies.copyOfHome(home);
        // row 19 (non-producing, at most 3, from 2021-11-16) copied over row 18's dates
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "I18", "2022-01-01");
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "E18", "3");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.getMessage().contains("decision-tables/decree-779.xlsx | Criteria | B19 | duplicate of row 18"),
                failure.getMessage());
    }

    @Test
    void aMeasureWithoutConditionRowsIsReported() {
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve("decision-tables/preferential-regime-2023.xlsx"), "Measures", "A5", "PR-NEW-MEASURE");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.getMessage().contains("measure PR-NEW-MEASURE has no rows in the Criteria table"), failure.getMessage());
    }

    @Test
    void anUnknownMetricIsReportedWithTheMetricsTheRulesCompute() {
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "C12", "INDUSTRIAL_CONT");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        PolicyProblem problem = failure.problems().get(0);
        assertEquals("metric of row 12", problem.cell());
        assertTrue(problem.problem().contains("INDUSTRIAL_CONT") && problem.fix().contains("INDUSTRIAL_COUNT"), problem.line());
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() throws IOException {
        TestPolicies.copyOfHome(home);
        Path drl = home.resolve("rules/decree-779.drl");
        Files.writeString(drl, Files.readString(drl).replace("salience 100\nwhen\n    $cluster : Cluster()",
                "salience 100\nwhen\n    $cluster : Cluster( )) )"));
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().equals("rules/decree-779.drl")
                && p.problem().contains("line")), failure.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() throws IOException {
        TestPolicies.copyOfHome(home);
        Files.writeString(home.resolve("decision-tables/notes.xlsx"), "not a workbook");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertEquals(List.of("decision-tables/notes.xlsx"), failure.problems().stream().map(PolicyProblem::file).toList());
    }

    @Test
    void aMissingMessageInTheReferenceWorkbookIsReported() {
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve("decision-tables/reference-data.xlsx"), "Messages", "A2", "si");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.getMessage().contains("no message 'yes'"), failure.getMessage());
    }

    private static String verdict(RuleSet ruleSet, ObjectNode profile) {
        return TestPolicies.evaluate(ruleSet, profile).programmes().get(0).verdict();
    }
}
