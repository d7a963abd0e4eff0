package ru.clusterpolicy.rules;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;
import ru.clusterpolicy.rules.facts.Requirement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ordinary spreadsheet edits that once changed verdicts silently, each made on a copy of the
 * shipped workbooks (cells found by what the sheets say, not by address): every one is refused by
 * the loader, naming the file, sheet and cell, or read as the author meant it.
 */
class PolicyStrictnessTest {
    static final String DECREE = "decision-tables/decree-779.xlsx";
    static final String REGIME = "decision-tables/preferential-regime-2023.xlsx";

    @TempDir
    Path home;

    private PolicyLoadException refused() {
        return assertThrows(PolicyLoadException.class, () -> TestPolicies.load(home));
    }

    private static boolean says(PolicyLoadException failure, String file, String sheet, String cell, String english) {
        return failure.problems().stream().anyMatch(p -> p.file().equals(file) && (sheet == null || sheet.equals(p.sheet()))
                && (cell == null || cell.equals(p.cell())) && p.problem().en().contains(english) && !p.problem().ru().isBlank());
    }

    @Test
    void aRowTypedBelowABlankRowOfARuleTableIsRefusedNamingTheBlankRow() {
        TestPolicies.copyOfHome(home);
        Path decree = home.resolve(DECREE);
        int row = new CellReference(Workbooks.find(decree, "Criteria", "criterion", "D779-SUPPORT-ORG", "criterion")).getRow();
        Workbooks.edit(decree, book -> {
            Sheet criteria = book.getSheet("Criteria");
            criteria.shiftRows(row, criteria.getLastRowNum(), 1);
        });
        PolicyLoadException failure = refused();
        assertTrue(says(failure, DECREE, "Criteria", "A" + (row + 1), "row " + (row + 1) + " is empty but rows below it ("
                + (row + 2)), failure.getMessage());
    }

    @Test
    void aRenamedParametersSheetIsRefusedNotReadAsNoParameters() {
        TestPolicies.copyOfHome(home);
        Workbooks.edit(home.resolve(REGIME), book -> book.setSheetName(book.getSheetIndex("Parameters"), "Параметры"));
        PolicyLoadException failure = refused();
        assertTrue(says(failure, REGIME, "Parameters", null, "a GATE_AND_MEASURES programme needs the sheet 'Parameters'"),
                failure.getMessage());
    }

    @Test
    void aFormulaIsReadByItsSavedValueAndRefusedWithoutOne() {
        TestPolicies.copyOfHome(home);
        Path decree = home.resolve(DECREE);
        String threshold = Workbooks.find(decree, "Criteria", "criterion", "D779-INDUSTRIAL-MIN", "threshold");
        CellReference at = new CellReference(threshold);
        Workbooks.edit(decree, book -> {
            Cell cell = book.getSheet("Criteria").getRow(at.getRow()).getCell(at.getCol());
            cell.setCellFormula("5+5");
            book.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        });
        Requirement minimum = TestPolicies.load(home).catalog().programmes().get(0).requirements().stream()
                .filter(r -> r.criterion().equals("D779-INDUSTRIAL-MIN")).findFirst().orElseThrow();
        assertEquals(0, minimum.condition().threshold().compareTo(java.math.BigDecimal.TEN), "the saved value, 10");

        Workbooks.edit(decree, book -> {
            Cell cell = book.getSheet("Criteria").getRow(at.getRow()).getCell(at.getCol());
            cell.setCellFormula("5+6");
            ((org.apache.poi.xssf.usermodel.XSSFCell) cell).getCTCell().unsetV();
        });
        PolicyLoadException failure = refused();
        assertTrue(says(failure, DECREE, "Criteria", threshold, "a formula (=5+6) with no value saved"), failure.getMessage());
    }

    @Test
    void yesNoAndVerificationWordsAreReadInRussianAndAnythingElseIsRefusedWithTheWords() {
        TestPolicies.copyOfHome(home);
        Path decree = home.resolve(DECREE);
        Workbooks.set(decree, "Criteria", Workbooks.find(decree, "Criteria", "criterion", "D779-INDUSTRIAL-MIN", "binding"), "да");
        Workbooks.set(decree, "Criteria", Workbooks.find(decree, "Criteria", "criterion", "D779-INDUSTRIAL-MIN", "verification"),
                "подтверждено частично");
        Path maturity = home.resolve("decision-tables/maturity.xlsx");
        Workbooks.set(maturity, "Indicators", Workbooks.find(maturity, "Indicators", "indicator", "A3", "completeness"), "Да");
        RuleSet russian = TestPolicies.load(home);
        Requirement minimum = russian.catalog().programmes().get(0).requirements().stream()
                .filter(r -> r.criterion().equals("D779-INDUSTRIAL-MIN")).findFirst().orElseThrow();
        assertTrue(minimum.binding());
        assertEquals("PARTIAL", minimum.verification());
        assertTrue(russian.catalog().programmes().stream().flatMap(p -> p.indicators().stream())
                .filter(i -> i.id().equals("A3")).findFirst().orElseThrow().countsForCompleteness(), "«Да» is yes, not no");

        String binding = Workbooks.find(decree, "Criteria", "criterion", "D779-SUPPORT-ORG", "binding");
        Workbooks.set(decree, "Criteria", binding, "может быть");
        PolicyLoadException failure = refused();
        assertTrue(says(failure, DECREE, "Criteria", binding, "binding is 'может быть'"), failure.getMessage());
        assertTrue(failure.problems().stream().anyMatch(p -> p.fix().ru().contains("да, нет")), failure.getMessage());
    }

    @Test
    void aMisspeltMetricInAConditionIsRefusedWithTheNearestName() {
        TestPolicies.copyOfHome(home);
        Path decree = home.resolve(DECREE);
        String condition = Workbooks.find(decree, "Criteria", "criterion", "D779-FUNCTIONAL-DEPENDENCY", "applies_when");
        Workbooks.set(decree, "Criteria", condition, "SPECIAL_TERRITORY_SHAR >= 0.3");
        PolicyLoadException failure = refused();
        assertTrue(says(failure, DECREE, "Criteria", null, "(did you mean SPECIAL_TERRITORY_SHARE?)"), failure.getMessage());
    }

    @Test
    void aMistypedPointerOrParameterInADrlIsRefusedWithTheNearestName() throws IOException {
        TestPolicies.copyOfHome(home);
        Path maturity = home.resolve("rules/maturity.drl");
        Files.writeString(maturity, Files.readString(maturity).replace("\"/specializedOrganization/staffFte\"",
                "\"/specializedOrganization/stafFte\""));
        Path regime = home.resolve("rules/preferential-regime-2023.drl");
        Files.writeString(regime, Files.readString(regime).replaceFirst("\"START_BATCH_CAP_RUB\"", "\"START_BATCH_CAP_RU\""));
        PolicyLoadException failure = refused();
        assertTrue(says(failure, "rules/maturity.drl", null, null,
                "/specializedOrganization/stafFte, which the profile does not have (did you mean /specializedOrganization/staffFte"),
                failure.getMessage());
        assertTrue(says(failure, "rules/preferential-regime-2023.drl", null, null,
                "the parameter START_BATCH_CAP_RU, which no Parameters sheet defines (did you mean START_BATCH_CAP_RUB"),
                failure.getMessage());
    }

    @Test
    void aMessageWithoutItsEnglishTextIsRefused() {
        TestPolicies.copyOfHome(home);
        Path reference = home.resolve("decision-tables/reference-data.xlsx");
        String english = Workbooks.find(reference, "Messages", "key", "unknown_value", "en");
        Workbooks.set(reference, "Messages", english, "");
        PolicyLoadException failure = refused();
        assertTrue(says(failure, "decision-tables/reference-data.xlsx", "Messages", english, "the English text is empty"),
                failure.getMessage());
    }

    @Test
    void aBindingCriterionWhoseRowsStopIsAGapRefusedWithItsDates() {
        TestPolicies.copyOfHome(home);
        Path decree = home.resolve(DECREE);
        Workbooks.set(decree, "Criteria", Workbooks.find(decree, "Criteria", "criterion", "D779-INDUSTRIAL-MIN", "to"), "2030-12-31");
        PolicyLoadException failure = refused();
        assertTrue(says(failure, DECREE, "Criteria", null, "binding criterion D779-INDUSTRIAL-MIN: no row is in force from 2031-01-01"),
                failure.getMessage());
    }

    @Test
    void aMeasureWithoutConditionRowsIsReported() {
        TestPolicies.copyOfHome(home);
        Path regime = home.resolve(REGIME);
        Workbooks.set(regime, "Measures", Workbooks.find(regime, "Measures", "measure", "PR-KIP-LOAN", "measure"), "PR-NEW-MEASURE");
        PolicyLoadException failure = refused();
        assertTrue(failure.getMessage().contains("measure PR-NEW-MEASURE has no rows in the Criteria table"), failure.getMessage());
    }
}
