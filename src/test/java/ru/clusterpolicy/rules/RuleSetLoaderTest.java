package ru.clusterpolicy.rules;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.evaluation.Decision;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loading a rule set, on the tests' fixture policy: it loads whole; a broken copy fails whole,
 * with a problem that names the file and, for a workbook, the sheet and cell, in Russian and
 * English.
 */
class RuleSetLoaderTest {

    static final String CRITERIA = "decision-tables/fixture-criteria.xlsx";
    static final String SCORED = "decision-tables/fixture-scored-a.xlsx";

    @TempDir
    Path home;

    @Test
    void theFixtureLoadsEveryProgrammeAndTheSameFilesGiveTheSameVersion() {
        RuleSet ruleSet = TestPolicies.fixture();
        assertEquals(12, ruleSet.version().length());
        assertEquals(List.of("FIXTURE_CRITERIA", "FIXTURE_SCORED_A", "FIXTURE_SCORED_B"),
                ruleSet.catalog().programmes().stream().map(Programme::id).toList());
        assertEquals(4, ruleSet.catalog().programmes().get(0).requirements().size());
        assertEquals(ruleSet.version(), TestPolicies.load(TestPolicies.copyOfFixture(home)).version());
    }

    @Test
    void editingAThresholdInTheWorkbookChangesTheAnswerAndTheVersion() throws IOException {
        ObjectNode profile = Profiles.read(TestPolicies.FIXTURE.resolve("examples/two-industrial-2025.json"));
        assertEquals("NOT_ELIGIBLE", verdict(TestPolicies.fixture(), profile));
        TestPolicies.copyOfFixture(home);
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "E11", "2");
        RuleSet edited = TestPolicies.load(home);
        assertEquals("ELIGIBLE", verdict(edited, profile));
        assertNotEquals(TestPolicies.fixture().version(), edited.version(), "a changed file changes the version");
    }

    @Test
    void twoScoredProgrammesAreEachDecidedByTheirOwnBandsAndLevels() throws IOException {
        Decision decision = TestPolicies.evaluate(TestPolicies.fixture(),
                Profiles.read(TestPolicies.FIXTURE.resolve("examples/ten-participants-not-legal.json")));
        Decision.ProgrammeDecision a = programme(decision, "FIXTURE_SCORED_A");
        Decision.ProgrammeDecision b = programme(decision, "FIXTURE_SCORED_B");
        assertEquals("MEDIUM", a.level(), "A: 6 points for ten participants, none for the legal entity");
        assertEquals(0, a.score().compareTo(java.math.BigDecimal.valueOf(6)));
        assertEquals("HIGH", b.level(), "B: its own band gives ten participants 10 points");
        assertEquals(0, b.score().compareTo(java.math.BigDecimal.TEN));
        assertEquals("Levels", b.decidedBy().source().sheet());
        assertTrue(b.decidedBy().source().file().endsWith("fixture-scored-b.xlsx"), "B's level is B's row");
    }

    @ParameterizedTest(name = "{1} = {2}")
    @CsvSource(delimiter = '|', value = {
            "Criteria | M12 | Текст с \"кавычками\" | M12 | double quote",
            "Criteria | M12 | 'Требуется {threshold, plural, one {# предприятие}' | M12 | braces",
            "Criteria | O12 | 'нужно ещё {gapp} предприятий' | O12 | unknown placeholder {gapp} (did you mean gap",
            "Criteria | N12 | 'At least {threshold, number, integer}' | N12 | a kind of argument other than plural and select",
            "Criteria | H12 | 31.07.2015 | H12 | is not a date",
            "Criteria | I12 | 2010-01-01 | I12 | before it starts",
            "Criteria | D12 | AT_LEAST | D12 | unknown operator",
            "Criteria | E12 | ten | E12 | not a number",
            "Criteria | F12 | maybe | F12 | binding is 'maybe'",
            "Criteria | K12 | CHECKED | K12 | verification 'CHECKED'",
            "Criteria | N12 | '' | N12 | the English text is empty",
            "Criteria | A12 | INDUSTRIAL >= | A12 | METRIC OPERATOR VALUE",
            "Criteria | B7 | ACTON | B7 | keyword ACTION",
            "Criteria | F10 | binding?? | A10 | no column labelled 'binding'",
            "Editions | A3 | 2018/08/02 | A3 | is not a date",
            "Editions | E3 | probably | E3 | verification 'probably'"})
    void aBrokenCellIsReportedByFileSheetAndCell(String sheet, String cell, String value, String reported, String says) {
        TestPolicies.copyOfFixture(home);
        Workbooks.set(home.resolve(CRITERIA), sheet, cell, value);
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.problems().stream().anyMatch(p -> CRITERIA.equals(p.file()) && sheet.equals(p.sheet())
                        && reported.equals(p.cell()) && p.problem().en().contains(says) && !p.problem().ru().isBlank()),
                "expected " + reported + " '" + says + "' in:\n" + failure.getMessage());
    }

    @ParameterizedTest(name = "{1} = {2}: {4}")
    @CsvSource(delimiter = '|', value = {
            "Bands | A12 | PARTICIPANTS >= 2 | A12 | this band overlaps row 11",
            "Bands | A12 | PARTICIPANTS >= 4 | A12 | values from 3 to 4 fall in no band",
            "Bands | B13 | PARTICIPANTS < 100 | B13 | no band from 100",
            "Bands | C13 | 9 | C13 | exceed the indicator's maximum 6",
            "Levels | A12 | '' | D13 | unreachable: row 12 above has no conditions",
            "Levels | D12 | SUPERB | D12 | unknown outcome 'SUPERB'"})
    void scoringTablesAreCheckedForOverlapsGapsAndUnreachableRows(String sheet, String cell, String value,
                                                                   String reported, String says) {
        TestPolicies.copyOfFixture(home);
        Path scored = home.resolve(SCORED);
        if (value.isEmpty()) {
            for (String column : new String[]{"A", "B", "C"}) {
                Workbooks.set(scored, sheet, column + cell.substring(1), "");
            }
        } else {
            Workbooks.set(scored, sheet, cell, value);
        }
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().equals(SCORED)
                        && sheet.equals(p.sheet()) && reported.equals(p.cell()) && p.problem().en().contains(says)),
                "expected " + reported + " '" + says + "' in:\n" + failure.getMessage());
    }

    @Test
    void aDuplicateRowWithAnOverlappingEditionIsReported() {
        TestPolicies.copyOfFixture(home);
        // the 2020 edition of the minimum no longer ends the day before the 2026 one starts
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "I11", "2026-06-30");
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "E12", "3");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.getMessage().contains(CRITERIA + " | Criteria | B12 | duplicate of row 11"), failure.getMessage());
    }

    @Test
    void anUnknownMetricIsReportedWithTheNearestNamesTheRulesCompute() {
        TestPolicies.copyOfFixture(home);
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "C11", "INDUSTRIA");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        PolicyProblem problem = failure.problems().get(0);
        assertEquals("metric 11", problem.cell());
        assertTrue(problem.problem().en().contains("'INDUSTRIA' (did you mean INDUSTRIAL?)"), problem.line());
        assertTrue(problem.problem().ru().contains("«INDUSTRIA» (возможно, имелось в виду INDUSTRIAL)"), problem.line());
    }

    @Test
    void aDrlSyntaxErrorNamesTheFileAndLine() throws IOException {
        TestPolicies.copyOfFixture(home);
        Path drl = home.resolve("rules/fixture.drl");
        Files.writeString(drl, Files.readString(drl).replace("$so : SpecializedOrganization()", "$so : SpecializedOrganization( )) )"));
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.problems().stream().anyMatch(p -> p.file().equals("rules/fixture.drl")
                && p.problem().en().contains("line") && p.problem().ru().contains("строка")), failure.getMessage());
    }

    @Test
    void aFileThatIsNotAWorkbookIsNamed() throws IOException {
        TestPolicies.copyOfFixture(home);
        Files.writeString(home.resolve("decision-tables/notes.xlsx"), "not a workbook");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertEquals(List.of("decision-tables/notes.xlsx"), failure.problems().stream().map(PolicyProblem::file).toList());
    }

    @Test
    void aMissingMessageInTheReferenceWorkbookIsReported() {
        TestPolicies.copyOfFixture(home);
        Workbooks.set(home.resolve("decision-tables/reference-data.xlsx"), "Messages", "A2", "si");
        PolicyLoadException failure = assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
        assertTrue(failure.getMessage().contains("no message 'yes'"), failure.getMessage());
    }

    @Test
    void aCriterionEndedOnPurposeIsNotApplicableFromThatDate() throws IOException {
        TestPolicies.copyOfFixture(home);
        Path criteria = home.resolve(CRITERIA);
        // the 2026 edition of the minimum becomes a row that ends the criterion
        Workbooks.set(criteria, "Criteria", "D12", "ended");
        Workbooks.set(criteria, "Criteria", "E12", "");
        Workbooks.set(criteria, "Criteria", "M12", "С 2026 года требование к числу промышленных участников отменено.");
        Workbooks.set(criteria, "Criteria", "N12", "From 2026 the minimum of industrial participants is repealed.");
        Workbooks.set(criteria, "Criteria", "O12", "");
        Workbooks.set(criteria, "Criteria", "P12", "");
        RuleSet ended = TestPolicies.load(home);
        Decision.CriterionFinding minimum = programme(TestPolicies.evaluate(ended,
                Profiles.read(TestPolicies.FIXTURE.resolve("examples/two-industrial-2026.json"))), "FIXTURE_CRITERIA")
                .findings().get(0);
        assertEquals("NOT_APPLICABLE", minimum.status());
        assertTrue(minimum.text().ru().replace('\u00a0', ' ').startsWith("С 2026 года требование"), minimum.text().ru());
    }

    private static Decision.ProgrammeDecision programme(Decision decision, String id) {
        return decision.programmes().stream().filter(p -> p.programme().equals(id)).findFirst().orElseThrow();
    }

    private static String verdict(RuleSet ruleSet, ObjectNode profile) {
        return programme(TestPolicies.evaluate(ruleSet, profile), "FIXTURE_CRITERIA").verdict();
    }
}
