package ru.clusterpolicy.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

/** The policy authors' command line, run as a user would, its output captured. */
class CliTest {

    record Run(int exit, String output) {
    }

    static Run run(String... args) {
        StringWriter output = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(output, true));
        return new Run(exit, output.toString());
    }

    @Test
    void validateAcceptsTheRepositoryRuleSet() {
        Run run = run("validate", TestPolicies.HOME.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().startsWith("OK "), run.output());
    }

    @Test
    void validateListsEachProblemByFileSheetAndCellAndExitsWithOne(@TempDir Path home) {
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve("decision-tables/maturity.xlsx"), "Bands", "A13", "A1 >= 30");
        Workbooks.set(home.resolve("decision-tables/decree-779.xlsx"), "Criteria", "K12", "CHECKED");
        Run run = run("validate", home.toString());
        assertEquals(1, run.exit());
        assertTrue(run.output().contains("decision-tables/maturity.xlsx | Bands | A13 | A1: values from 25 to 30 fall in no band"), run.output());
        assertTrue(run.output().contains("decision-tables/decree-779.xlsx | Criteria | K12 | verification 'CHECKED'"), run.output());
        assertTrue(run.output().contains("2 problem(s)"), run.output());
    }

    @Test
    void testPassesEveryExampleOfTheRepository() {
        Run run = run("test", TestPolicies.HOME.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains(" passed, 0 failed"), run.output());
    }

    @Test
    void testReportsTheDifferingFindingsWhenARuleChanges(@TempDir Path home) throws Exception {
        TestPolicies.copyOfHome(home);
        Workbooks.set(home.resolve("decision-tables/decree-779.xlsx"), "Criteria", "E12", "5");
        Run run = run("test", home.toString(), "--examples", TestPolicies.HOME.resolve("examples").toString());
        assertEquals(1, run.exit());
        assertTrue(run.output().contains("FAIL small-cluster-fails-composition.json"), run.output());
        assertTrue(run.output().contains("DECREE_779 D779-INDUSTRIAL-MIN: expected NOT_MET, got MET"), run.output());
    }

    @Test
    void evaluatePrintsAReportInRussianOrEnglishOrTheJsonAnswer() {
        String example = TestPolicies.HOME.resolve("examples/small-cluster-fails-composition.json").toString();
        Run russian = run("evaluate", example, "--home", TestPolicies.HOME.toString());
        assertEquals(0, russian.exit(), russian.output());
        String ru = russian.output().replace('\u00a0', ' ');
        assertTrue(ru.contains("оценка на 01.06.2025"), ru);
        assertTrue(ru.contains("(ПП РФ № 779): Не соответствует требованиям"), ru);
        assertTrue(ru.contains("нужно ещё 4 промышленных предприятия (сейчас 6 из 10)"), ru);
        assertTrue(ru.contains("(не подтверждено). Источник: decision-tables/decree-779.xlsx, лист Criteria, строка 12."), ru);
        assertFalse(ru.matches("(?s).*\\b(NOT_ELIGIBLE|CONFIRMED|UNCONFIRMED|NOT_AVAILABLE|RUB|as of)\\b.*"),
                "no code or English word in the Russian report: " + ru);
        Run report = run("evaluate", example, "--home", TestPolicies.HOME.toString(), "--lang", "en");
        assertEquals(0, report.exit(), report.output());
        assertTrue(report.output().contains("(Decree 779): Does not meet the requirements"), report.output());
        assertTrue(report.output().contains("4 more industrial enterprises needed (6 of 10)"), report.output());
        Run json = run("evaluate", example, "--home", TestPolicies.HOME.toString(), "--json");
        assertTrue(json.output().contains("\"verdict\" : \"NOT_ELIGIBLE\""), json.output());
    }

    @Test
    void evaluateRefusesAnInvalidProfileWithItsPointers(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\", \"kind\": \"FACTORY\"}]}");
        Run russian = run("evaluate", bad.toString(), "--home", TestPolicies.HOME.toString());
        assertEquals(2, russian.exit());
        assertTrue(russian.output().contains("/participants/0/kind: недопустимое значение «FACTORY»"), russian.output());
        Run english = run("evaluate", bad.toString(), "--home", TestPolicies.HOME.toString(), "--lang", "en");
        assertTrue(english.output().contains("/participants/0/kind: unknown value 'FACTORY'"), english.output());
    }

    @Test
    void impactListsExactlyTheProfilesAThresholdChangeFlips(@TempDir Path dir) throws Exception {
        Path candidate = TestPolicies.copyOfHome(dir.resolve("candidate"));
        Workbooks.set(candidate.resolve("decision-tables/decree-779.xlsx"), "Criteria", "E12", "8");
        Path profiles = Files.createDirectories(dir.resolve("profiles"));
        for (int industrial : List.of(7, 8, 9, 10, 11)) {
            ObjectNode profile = Profiles.eligible("2025-06-01");
            for (int i = industrial + 1; i <= 10; i++) {
                Profiles.participant(profile, "p" + i).put("kind", "PRODUCTION_SERVICES");
            }
            if (industrial == 11) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) profile.get("participants")).addObject()
                        .put("id", "p11").put("kind", "INDUSTRIAL").put("region", "RU-TA").put("producedClusterProductLastPeriod", true)
                        .put("inputsRub", 100).put("inputsFromParticipantsRub", 60);
                Profiles.relinkContracts(profile);
            }
            Files.writeString(profiles.resolve("industrial-" + industrial + ".json"), profile.toString());
        }
        Path csv = dir.resolve("impact.csv");
        Run run = run("impact", "--baseline", TestPolicies.HOME.toString(), "--candidate", candidate.toString(),
                "--profiles", profiles.toString(), "--csv", csv.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("2 of 5 profiles change"), run.output());
        List<String> rows = Files.readAllLines(csv);
        assertEquals(List.of("profile,programme,what,baseline,candidate,because",
                        "industrial-8.json,DECREE_779,verdict,NOT_ELIGIBLE,ELIGIBLE,D779-INDUSTRIAL-MIN NOT_MET→MET",
                        "industrial-9.json,DECREE_779,verdict,NOT_ELIGIBLE,ELIGIBLE,D779-INDUSTRIAL-MIN NOT_MET→MET"),
                rows.stream().filter(r -> r.startsWith("profile") || r.contains(",DECREE_779,verdict,")).toList());
    }

    @Test
    void evaluateBatchWritesOneDecisionPerLineAndAnErrorLineForAnInvalidOne(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.ndjson");
        Files.writeString(in, Profiles.eligible("2025-06-01") + "\nnot json\n" + Profiles.eligible("2020-06-01") + "\n");
        Path out = dir.resolve("out.ndjson");
        Run run = run("evaluate-batch", in.toString(), out.toString(), "--home", TestPolicies.HOME.toString());
        assertEquals(1, run.exit(), "a rejected line makes the exit code 1");
        assertTrue(run.output().contains("2 evaluated, 1 rejected"), run.output());
        List<String> lines = Files.readAllLines(out);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).contains("\"asOf\":\"2025-06-01\""));
        assertTrue(lines.get(1).contains("\"line\":2") && lines.get(1).contains("\"code\":\"json.notObject\""), lines.get(1));
        assertTrue(lines.get(2).contains("\"asOf\":\"2020-06-01\""));
    }

    @Test
    void generateWritesTheSameCorpusForTheSameSeed(@TempDir Path dir) throws Exception {
        assertEquals(0, run("generate", "--count", "3", "--seed", "7", "--out", dir.resolve("a").toString()).exit());
        assertEquals(0, run("generate", "--count", "3", "--seed", "7", "--out", dir.resolve("b").toString()).exit());
        assertEquals(Files.readString(dir.resolve("a/synthetic-002.json")), Files.readString(dir.resolve("b/synthetic-002.json")));
        assertTrue(Files.readString(dir.resolve("a/synthetic-002.json")).contains("\"participants\""));
    }

    @Test
    void aMistypedCommandListsTheCommandsInsteadOfStartingTheServer() {
        Run run = run("demo-dta");
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("demo-dta"), run.output());
        for (String command : List.of("validate", "test", "evaluate", "impact", "check")) {
            assertTrue(run.output().contains(command), "lists " + command + ": " + run.output());
        }
        assertTrue(ru.clusterpolicy.cli.Cli.isCommand(new String[]{"demo-dta"}));
        assertFalse(ru.clusterpolicy.cli.Cli.isCommand(new String[]{"--micronaut.server.port=8081"}));
    }
}
