package ru.clusterpolicy.cli;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ru.clusterpolicy.Profiles;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.Workbooks;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The policy authors' command line, run as a user would, its output captured; on the tests'
 * fixture policy, so that an edit of the shipped tables fails none of these.
 */
class CliTest {
    static final String CRITERIA = "decision-tables/fixture-criteria.xlsx";

    record Run(int exit, String output) {
        String plain() {
            return output.replace('\u00a0', ' ');
        }
    }

    static Run run(String... args) {
        StringWriter output = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(output, true));
        return new Run(exit, output.toString());
    }

    static String fixture() {
        return TestPolicies.FIXTURE.toString();
    }

    @Test
    void validateSaysTheRuleSetIsInOrderInRussianOrEnglish() {
        Run run = run("validate", fixture());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().startsWith("Правила в порядке: "), run.output());
        assertTrue(run.plain().contains("5 файлов, 3 программы, 18 строк таблиц"), run.output());
        Run english = run("validate", fixture(), "--lang", "en");
        assertTrue(english.output().contains("5 files, 3 programmes, 18 table rows"), english.output());
    }

    @Test
    void validateListsEachProblemByFileSheetAndCellInRussianAndExitsWithOne(@TempDir Path home) {
        TestPolicies.copyOfFixture(home);
        Workbooks.set(home.resolve("decision-tables/fixture-scored-a.xlsx"), "Bands", "A12", "PARTICIPANTS >= 4");
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "K12", "CHECKED");
        Run run = run("validate", home.toString());
        assertEquals(1, run.exit());
        assertTrue(run.output().startsWith("файл | лист | ячейка | что не так | как исправить"), run.output());
        assertTrue(run.output().contains("decision-tables/fixture-scored-a.xlsx | Bands | A12 | PARTICIPANTS: значения от 3 до 4 "
                + "не попадают ни в один диапазон"), run.output());
        assertTrue(run.output().contains(CRITERIA + " | Criteria | K12 | статус проверки «CHECKED» | впишите одно из: "
                + "подтверждено, подтверждено частично, не подтверждено"), run.output());
        assertTrue(run.output().contains("2 проблемы"), run.output());
        Run english = run("validate", home.toString(), "--lang", "en");
        assertTrue(english.output().contains(CRITERIA + " | Criteria | K12 | verification 'CHECKED'"), english.output());
        assertTrue(english.output().contains("2 problems"), english.output());
    }

    @Test
    void validateEditionsListsTheDatesEachCriterionsRowsCover() {
        Run run = run("validate", fixture(), "--editions");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("FIX-INDUSTRIAL | 01.01.2020 | 31.12.2025 | 11"), run.output());
        assertTrue(run.output().contains("FIX-INDUSTRIAL | 01.01.2026 | … | 12"), run.output());
    }

    @Test
    void testPassesEveryExampleOfTheFixture() {
        Run run = run("test", fixture());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("примеры: 4 пройдено, 0 не пройдено"), run.output());
    }

    @Test
    void testReportsTheDifferingFindingsAndAcceptRewritesTheExpectedDecisions(@TempDir Path home) throws Exception {
        TestPolicies.copyOfFixture(home);
        Workbooks.set(home.resolve(CRITERIA), "Criteria", "E11", "2");
        Run run = run("test", home.toString());
        assertEquals(1, run.exit());
        assertTrue(run.output().contains("НЕ ПРОЙДЕН two-industrial-2025.json"), run.output());
        assertTrue(run.output().contains("FIXTURE_CRITERIA, FIX-INDUSTRIAL: ожидалось NOT_MET, получено MET"), run.output());

        Run accept = run("test", home.toString(), "--accept");
        assertEquals(0, accept.exit(), accept.output());
        assertTrue(accept.output().contains("FIXTURE_CRITERIA, verdict: ожидалось NOT_ELIGIBLE, получено ELIGIBLE"),
                "the differences are shown before they are accepted: " + accept.output());
        assertTrue(accept.output().contains("переписано 1 ожидаемое решение"), accept.output());
        String expected = Files.readString(home.resolve("examples/two-industrial-2025.expected.json"));
        assertTrue(expected.contains("\"verdict\" : \"ELIGIBLE\"") && expected.contains("\"description\""), expected);
        assertEquals(0, run("test", home.toString()).exit(), "accepted, the examples pass");
    }

    @Test
    void evaluatePrintsAReportInRussianOrEnglishOrTheJsonAnswer() {
        String example = TestPolicies.FIXTURE.resolve("examples/two-industrial-2025.json").toString();
        Run russian = run("evaluate", example, "--home", fixture());
        assertEquals(0, russian.exit(), russian.output());
        String ru = russian.plain();
        assertTrue(ru.contains("оценка на 01.06.2025"), ru);
        assertTrue(ru.contains("== Требования фикстуры: Не соответствует"), ru);
        assertTrue(ru.contains("нужно ещё 1 промышленное предприятие"), ru);
        assertTrue(ru.contains("Основание: Фикстура, п. 1 (подтверждено). Источник: " + CRITERIA + ", лист Criteria, строка 11."), ru);
        assertFalse(ru.matches("(?s).*\\b(NOT_ELIGIBLE|CONFIRMED|UNCONFIRMED|NOT_AVAILABLE|RUB|as of)\\b.*"),
                "no code or English word in the Russian report: " + ru);
        Run report = run("evaluate", example, "--home", fixture(), "--lang", "en");
        assertTrue(report.output().contains("== Fixture requirements: Does not meet them"), report.output());
        assertTrue(report.output().contains("1 more industrial participant needed"), report.output());
        Run json = run("evaluate", example, "--home", fixture(), "--json");
        assertTrue(json.output().contains("\"verdict\" : \"NOT_ELIGIBLE\""), json.output());
    }

    @Test
    void evaluateRefusesAnInvalidProfileWithItsPointers(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"kind\": \"FACTORY\"}]}");
        Run russian = run("evaluate", bad.toString(), "--home", fixture());
        assertEquals(2, russian.exit());
        assertTrue(russian.output().contains("/participants/0/kind: недопустимое значение «FACTORY»"), russian.output());
        Run english = run("evaluate", bad.toString(), "--home", fixture(), "--lang", "en");
        assertTrue(english.output().contains("/participants/0/kind: unknown value 'FACTORY'"), english.output());
    }

    @Test
    void impactReportsEveryDifferenceWithWhyTotalsFirstAsTableCsvAndWorkbook(@TempDir Path dir) throws Exception {
        Path candidate = TestPolicies.copyOfFixture(dir.resolve("candidate"));
        // the 2020–2025 minimum of industrial participants lowered from 3 to 2
        Workbooks.set(candidate.resolve(CRITERIA), "Criteria", "E11", "2");
        Path csv = dir.resolve("impact.csv");
        Path xlsx = dir.resolve("impact.xlsx");
        Run run = run("impact", "--baseline", fixture(), "--candidate", candidate.toString(),
                "--profiles", TestPolicies.FIXTURE.resolve("examples").toString(), "--csv", csv.toString(), "--xlsx", xlsx.toString());
        assertEquals(0, run.exit(), run.output());
        String report = run.plain();
        assertTrue(report.startsWith("Ответ (вердикт, уровень, тип или балл) меняется у 1 профиля из 4; статус критерия — у 1 профиля"),
                "totals first: " + report);
        assertTrue(report.contains("two-industrial-2025.json | 01.06.2025 | FIXTURE_CRITERIA | verdict | NOT_ELIGIBLE | ELIGIBLE "
                + "| следует из изменившихся критериев: FIX-INDUSTRIAL NOT_MET→MET"), report);
        assertTrue(report.contains("two-industrial-2025.json | 01.06.2025 | FIXTURE_CRITERIA | FIX-INDUSTRIAL | NOT_MET | MET "
                + "| изменились строки: " + CRITERIA + ", Criteria, строка 11, threshold: 3 → 2"), report);
        List<String> rows = Files.readAllLines(csv);
        assertEquals("профиль,дата,программа,что,было,стало,почему", rows.get(0));
        assertEquals(3, rows.size(), "a verdict and a criterion: " + rows);
        try (Workbook workbook = WorkbookFactory.create(xlsx.toFile())) {
            assertEquals(3, workbook.getSheet("Изменения").getPhysicalNumberOfRows());
        }
    }

    @Test
    void impactAsOfADateAndOverARangeComparesOnTheDatesTheRuleSetsDifferOn(@TempDir Path dir) throws Exception {
        Path candidate = TestPolicies.copyOfFixture(dir.resolve("candidate"));
        // the 2026 edition (minimum 2) brought forward to 2025-01-01
        Workbooks.set(candidate.resolve(CRITERIA), "Criteria", "I11", "2024-12-31");
        Workbooks.set(candidate.resolve(CRITERIA), "Criteria", "H12", "2025-01-01");
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        Files.copy(TestPolicies.FIXTURE.resolve("examples/two-industrial-2025.json"), profiles.resolve("two.json"));
        Run onTheDate = run("impact", "--baseline", fixture(), "--candidate", candidate.toString(), "--profiles",
                profiles.toString(), "--as-of", "2026-03-01");
        assertTrue(onTheDate.plain().contains("ни один ответ не меняется"), "both have the 2026 edition in 2026: " + onTheDate.output());
        Run range = run("impact", "--baseline", fixture(), "--candidate", candidate.toString(), "--profiles",
                profiles.toString(), "--as-of-range", "2024-06-01", "2026-06-01");
        String report = range.plain();
        assertTrue(report.contains("сравнение на 3 даты: 01.06.2024, 01.01.2025, 01.01.2026"), report);
        assertTrue(report.contains("two.json | 01.01.2025 | FIXTURE_CRITERIA | verdict | NOT_ELIGIBLE | ELIGIBLE"), report);
        assertFalse(report.contains("two.json | 01.06.2024"), "before either edition moved nothing changes: " + report);
    }

    @Test
    void rulesetDiffListsTheChangedCellsByTheirLabels(@TempDir Path dir) throws Exception {
        Path candidate = TestPolicies.copyOfFixture(dir.resolve("candidate"));
        Workbooks.set(candidate.resolve(CRITERIA), "Criteria", "E11", "2");
        Path drl = candidate.resolve("rules/fixture.drl");
        Files.writeString(drl, Files.readString(drl).replace("salience 90", "salience 95"));
        Run run = run("ruleset", "diff", fixture(), candidate.toString());
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(CRITERIA + ", Criteria, строка 11, threshold: 3 → 2"), run.output());
        assertTrue(run.output().contains("rules/fixture.drl, строка "), run.output());
        assertEquals(0, run("ruleset", "diff", fixture(), fixture()).exit());
    }

    @Test
    void workbookTextPrintsEverySheetForGitDiff() {
        Run run = run("workbook-text", TestPolicies.FIXTURE.resolve(CRITERIA).toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("== Criteria\n"), run.output());
        assertTrue(run.output().contains("11\t\tFIX-INDUSTRIAL\tINDUSTRIAL\t>=\t3"), run.output());
    }

    @Test
    void evaluateBatchWritesOneDecisionPerLineAndAnErrorLineForAnInvalidOne(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.ndjson");
        String profile = Profiles.read(TestPolicies.FIXTURE.resolve("examples/two-industrial-2025.json")).toString();
        Files.writeString(in, profile + "\nnot json\n" + profile.replace("2025-06-01", "2020-06-01") + "\n");
        Path out = dir.resolve("out.ndjson");
        Run run = run("evaluate-batch", in.toString(), out.toString(), "--home", fixture());
        assertEquals(1, run.exit(), "a rejected line makes the exit code 1");
        assertTrue(run.output().contains("оценено 2, отклонено 1"), run.output());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains("\"asOf\":\"2025-06-01\""));
        assertTrue(lines.get(1).contains("\"line\":2") && lines.get(1).contains("\"code\":\"json.notObject\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"asOf\":\"2020-06-01\""));
    }

    @Test
    void generateWritesTheSameCorpusForTheSameSeedExercisingEveryProgramme(@TempDir Path dir) throws Exception {
        assertEquals(0, run("generate", "--count", "12", "--seed", "7", "--max", "60", "--out", dir.resolve("a").toString()).exit());
        assertEquals(0, run("generate", "--count", "12", "--seed", "7", "--max", "60", "--out", dir.resolve("b").toString()).exit());
        assertEquals(Files.readString(dir.resolve("a/synthetic-002.json")), Files.readString(dir.resolve("b/synthetic-002.json")));
        StringBuilder corpus = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            corpus.append(Files.readString(dir.resolve(String.format("a/synthetic-%03d.json", i))));
        }
        for (String input : List.of("\"staffFte\"", "\"governanceBody\"", "\"excellenceLabel\"", "\"startBatchPurchases\"",
                "\"spic\"", "\"projects\" : [ {", "\"registryDecisionDate\"", "\"INTERREGIONAL\"", "\"okved\"")) {
            assertTrue(corpus.indexOf(input) >= 0, "the corpus exercises " + input);
        }
    }

    @Test
    void userAddAsksForThePasswordAndKeepsOnlyItsHash(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("correct horse\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Run added = run("user", "add", "rita", "--role", "REVIEWER", "--password", "--data", data.toString());
            assertEquals(0, added.exit(), added.output());
            assertTrue(added.output().contains("пользователь rita (REVIEWER) записан"), added.output());
        } finally {
            System.setIn(stdin);
        }
        String file = java.nio.file.Files.readString(data.resolve("users"));
        assertFalse(file.contains("correct horse"));
        ru.clusterpolicy.users.UsersFile users = new ru.clusterpolicy.users.UsersFile(data.resolve("users"));
        assertTrue(users.check("rita", "correct horse").isPresent());
        assertTrue(users.check("rita", "wrong").isEmpty());

        Run refused = run("user", "add", "rita", "--role", "ADMIN", "--password", "x", "--data", data.toString());
        assertEquals(2, refused.exit());
    }

    @Test
    void aMistypedCommandListsTheCommandsInsteadOfStartingTheServer() {
        Run run = run("demo-dta");
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("demo-dta"), run.output());
        for (String command : List.of("validate", "test", "evaluate", "impact", "check", "ruleset", "workbook-text")) {
            assertTrue(run.output().contains(command), "lists " + command + ": " + run.output());
        }
        assertTrue(Cli.isCommand(new String[]{"demo-dta"}));
        assertFalse(Cli.isCommand(new String[]{"--micronaut.server.port=8081"}));
    }
}
