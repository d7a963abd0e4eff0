package ru.clusterpolicy.rules;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.tables.ProgrammeWorkbook;
import ru.clusterpolicy.rules.tables.ReferenceWorkbook;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a rule set: reads every DRL file and workbook of a policy source, checks the tables,
 * compiles the workbooks' rule tables to DRL, builds the KIE base, and checks that every table
 * produced its rules. Any problem fails the whole load with every problem listed: a rule set is
 * used whole or not at all.
 */
public final class RuleSetLoader {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;?");
    private static final Pattern METRIC_NAME = Pattern.compile("Metric\\.\\w+\\(\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern RULE_VALUES_AT = Pattern.compile("// rule values at ([A-Z]+)(\\d+)");

    private static final String RESOURCES = "src/main/resources/";

    private final Clock clock;

    public RuleSetLoader(Clock clock) {
        this.clock = clock;
    }

    /** A DRL text to compile and the policy file it comes from (itself, or the workbook it was generated from). */
    private record Unit(String origin, String packageName, String drl, boolean generated) {
    }

    public RuleSet load(PolicySource source) {
        List<PolicyProblem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        List<ProgrammeWorkbook.Result> programmes = new ArrayList<>();
        List<ReferenceData> references = new ArrayList<>();
        Set<String> metrics = new TreeSet<>();

        for (PolicySource.Entry entry : source.entries()) {
            if (entry.path().endsWith(".drl")) {
                String drl = new String(entry.content(), StandardCharsets.UTF_8);
                Matcher names = METRIC_NAME.matcher(drl);
                while (names.find()) {
                    metrics.add(names.group(1));
                }
                packageOf(entry.path(), drl, problems).ifPresent(pkg -> units.add(new Unit(entry.path(), pkg, drl, false)));
            } else {
                readWorkbook(entry, problems, units, programmes, references);
            }
        }
        checkWhole(source, problems, units, programmes, references, metrics);
        if (!problems.isEmpty()) {
            throw new PolicyLoadException(problems);
        }
        String version = version(source);
        KieBase kieBase = build(version, units, problems);
        if (kieBase != null) {
            checkEveryTableProducedRules(kieBase, programmes, units, problems);
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException(problems);
        }
        Map<String, Requirement> byRule = new HashMap<>();
        Map<String, String> filesByPackage = new HashMap<>();
        units.forEach(unit -> filesByPackage.put(unit.packageName(), unit.origin()));
        for (ProgrammeWorkbook.Result result : programmes) {
            String pkg = units.stream().filter(u -> u.origin().equals(result.programme().file()))
                    .findFirst().orElseThrow().packageName();
            result.rows().forEach((row, requirement) ->
                    byRule.put(PolicyCatalog.key(pkg, result.tableName() + "_" + row), requirement));
        }
        PolicyCatalog catalog = new PolicyCatalog(programmes.stream().map(ProgrammeWorkbook.Result::programme).toList(),
                byRule, filesByPackage, references.get(0), metrics);
        List<RuleSet.PolicyFile> files = source.entries().stream()
                .map(e -> new RuleSet.PolicyFile(e.path(), sha256(e.content()))).toList();
        return new RuleSet(version, clock.instant(), source.origin(), files, kieBase, catalog);
    }

    private void readWorkbook(PolicySource.Entry entry, List<PolicyProblem> problems, List<Unit> units,
                              List<ProgrammeWorkbook.Result> programmes, List<ReferenceData> references) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(entry.content()))) {
            if (!ProgrammeWorkbook.isProgrammeWorkbook(workbook)) {
                references.add(ReferenceWorkbook.read(entry.path(), workbook, problems));
                return;
            }
            ProgrammeWorkbook.read(entry.path(), workbook, problems).ifPresent(programmes::add);
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(entry.content()), InputType.XLS);
            packageOf(entry.path(), drl, problems).ifPresent(pkg -> units.add(new Unit(entry.path(), pkg, drl, true)));
        } catch (RuntimeException | java.io.IOException e) {
            problems.add(PolicyProblem.inFile(entry.path(), "cannot read the workbook: " + e.getMessage(),
                    "open and save it as an .xlsx workbook; keep the rule table's keyword rows intact"));
        }
    }

    private static java.util.Optional<String> packageOf(String file, String drl, List<PolicyProblem> problems) {
        Matcher matcher = PACKAGE.matcher(drl);
        if (!matcher.find()) {
            problems.add(PolicyProblem.inFile(file, "no package declaration",
                    "start a DRL file with 'package ...;' and a workbook with a RuleSet cell"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(matcher.group(1));
    }

    private static void checkWhole(PolicySource source, List<PolicyProblem> problems, List<Unit> units,
                                   List<ProgrammeWorkbook.Result> programmes, List<ReferenceData> references,
                                   Set<String> metrics) {
        if (source.entries().isEmpty()) {
            problems.add(PolicyProblem.inFile(source.origin(), "no rule files found",
                    "a policy home holds rules/*.drl and decision-tables/*.xlsx"));
        }
        if (references.size() != 1) {
            problems.add(PolicyProblem.inFile(PolicySource.TABLES, "expected one reference workbook (Regions, "
                    + "FederalDistricts, Messages), found " + references.size(), "keep exactly one, e.g. reference-data.xlsx"));
        }
        Map<String, String> packages = new HashMap<>();
        for (Unit unit : units) {
            String other = packages.putIfAbsent(unit.packageName(), unit.origin());
            if (other != null) {
                problems.add(PolicyProblem.inFile(unit.origin(), "package " + unit.packageName()
                        + " is also declared by " + other, "give each file its own package"));
            }
        }
        Map<String, String> programmeFiles = new HashMap<>();
        for (ProgrammeWorkbook.Result result : programmes) {
            String other = programmeFiles.putIfAbsent(result.programme().id(), result.programme().file());
            if (other != null) {
                problems.add(PolicyProblem.inFile(result.programme().file(), "programme " + result.programme().id()
                        + " is also defined by " + other, "define each programme in one workbook"));
            }
            for (Requirement requirement : result.programme().requirements()) {
                checkMetric(requirement, requirement.getMetric(), "metric", metrics, problems);
                if (requirement.appliesWhen() != null) {
                    checkMetric(requirement, ru.clusterpolicy.rules.facts.Condition.parse(requirement.appliesWhen()).metric(),
                            "applies_when", metrics, problems);
                }
            }
        }
    }

    private static void checkMetric(Requirement requirement, String metric, String column, Set<String> metrics,
                                    List<PolicyProblem> problems) {
        if (!metrics.contains(metric)) {
            Source at = requirement.source();
            problems.add(new PolicyProblem(at.file(), at.sheet(), column + " of row " + at.row(),
                    "unknown metric '" + metric + "'", "use a metric the rules compute: " + metrics));
        }
    }

    private KieBase build(String version, List<Unit> units, List<PolicyProblem> problems) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("ru.clusterpolicy.policy", "ruleset-" + version, "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, Unit> unitsByPath = new LinkedHashMap<>();
        for (Unit unit : units) {
            String name = unit.origin().substring(unit.origin().lastIndexOf('/') + 1) + (unit.generated() ? ".drl" : "");
            String path = unit.packageName().replace('.', '/') + "/" + name;
            files.write(RESOURCES + path, unit.drl());
            unitsByPath.put(path, unit);
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        errors.stream()
                // a parse error is followed by this one, which says nothing more
                .filter(error -> errors.size() == 1 || !error.getText().startsWith("Parser returned a null Package"))
                .forEach(error -> problems.add(locate(error, unitsByPath)));
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return services.newKieContainer(releaseId).getKieBase();
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    /** Maps a compile error to its file and, for a workbook, to the cell of the row that generated the rule. */
    private static PolicyProblem locate(Message error, Map<String, Unit> unitsByPath) {
        String path = String.valueOf(error.getPath());
        Unit unit = unitsByPath.get(path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path);
        String text = error.getText().lines().findFirst().orElse(error.getText());
        if (unit == null) {
            return PolicyProblem.inFile(path, text, "fix the rule");
        }
        if (!unit.generated()) {
            String line = error.getLine() > 0 ? " (line " + error.getLine() + ")" : "";
            return PolicyProblem.inFile(unit.origin(), text + line, "fix the DRL at that line");
        }
        String cell = cellOf(unit.drl(), error.getLine());
        return new PolicyProblem(unit.origin(), null, cell, text, "fix the row's applies_when or criterion cell");
    }

    private static String cellOf(String generatedDrl, int line) {
        List<String> lines = generatedDrl.lines().toList();
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher at = RULE_VALUES_AT.matcher(lines.get(i));
            if (at.find()) {
                return "row " + at.group(2);
            }
        }
        return null;
    }

    private static void checkEveryTableProducedRules(KieBase kieBase, List<ProgrammeWorkbook.Result> programmes,
                                                     List<Unit> units, List<PolicyProblem> problems) {
        for (ProgrammeWorkbook.Result result : programmes) {
            String pkg = units.stream().filter(u -> u.origin().equals(result.programme().file()))
                    .findFirst().map(Unit::packageName).orElse(null);
            KiePackage kiePackage = pkg == null ? null : kieBase.getKiePackage(pkg);
            long rules = kiePackage == null ? 0 : kiePackage.getRules().stream()
                    .filter(r -> r.getName().startsWith(result.tableName() + "_")).count();
            if (rules != result.rows().size()) {
                problems.add(PolicyProblem.inFile(result.programme().file(), "the Criteria table produced " + rules
                        + " rules for " + result.rows().size() + " rows", "check that every row has a criterion id"));
            }
        }
    }

    static String version(PolicySource source) {
        StringBuilder manifest = new StringBuilder();
        source.entries().stream()
                .sorted(java.util.Comparator.comparing(PolicySource.Entry::path))
                .forEach(e -> manifest.append(e.path()).append('\0').append(sha256(e.content())).append('\n'));
        return sha256(manifest.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
