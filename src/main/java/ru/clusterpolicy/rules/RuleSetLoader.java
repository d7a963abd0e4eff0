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
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.tables.FormulaCells;
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
import java.util.Optional;
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
    private static final Pattern METRIC_NAME = Pattern.compile("(?:Metric|\\$answers)\\.\\w+\\(\\s*\"([A-Z][A-Z0-9_]*)\"");
    private static final Pattern HOLDS = Pattern.compile("Metric\\(holds\\(\"([A-Z][A-Z0-9_]*) ");
    private static final Pattern RULE_VALUES_AT = Pattern.compile("// rule values at ([A-Z]+)(\\d+)");

    private static final String RESOURCES = "src/main/resources/";
    private static final String GENERATED = "src/main/java/";

    private final Clock clock;
    private final RuleSetCache cache;

    /** A loader that compiles every rule set it loads. */
    public RuleSetLoader(Clock clock) {
        this(clock, RuleSetCache.NONE);
    }

    /** A loader that takes a rule set's compiled form from the cache when it has it, and keeps what it compiles. */
    public RuleSetLoader(Clock clock, RuleSetCache cache) {
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * A DRL text to compile and where it comes from: a DRL file, or a rule sheet of a workbook
     * (then {@code sheet} names it and the text was generated from it).
     */
    /**
     * The machinery every rule set shares, part of the service rather than of a policy home: the
     * rule comparing each requirement in force with its metric.
     */
    private static final String BUILT_IN = readBuiltIn("requirements.drl");
    private static final String BUILT_IN_ORIGIN = "classpath:ru/clusterpolicy/rules/requirements.drl";
    private static final String BUILT_IN_PACKAGE = "ru.clusterpolicy.policy.requirements";

    private static String readBuiltIn(String name) {
        try (java.io.InputStream in = RuleSetLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Unit(String origin, String sheet, String packageName, String drl) {
        boolean generated() {
            return sheet != null;
        }
    }

    public RuleSet load(PolicySource source) {
        String version = version(source);
        Optional<RuleSetCache.Hit> cached = cache.read(version);
        if (cached.isPresent()) {
            return ruleSet(version, source, cached.get().kieBase(), cached.get().catalog());
        }
        List<PolicyProblem> problems = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        List<ProgrammeWorkbook.Result> programmes = new ArrayList<>();
        List<ReferenceData> references = new ArrayList<>();
        Set<String> metrics = new TreeSet<>();

        Map<String, String> drlFiles = new LinkedHashMap<>();
        units.add(new Unit(BUILT_IN_ORIGIN, null, BUILT_IN_PACKAGE, BUILT_IN));
        for (PolicySource.Entry entry : source.entries()) {
            if (entry.path().endsWith(".drl")) {
                String drl = new String(entry.content(), StandardCharsets.UTF_8);
                drlFiles.put(entry.path(), drl);
                Matcher names = METRIC_NAME.matcher(drl);
                while (names.find()) {
                    metrics.add(names.group(1));
                }
                packageOf(entry.path(), drl, problems).ifPresent(pkg -> units.add(new Unit(entry.path(), null, pkg, drl)));
            } else {
                readWorkbook(entry, problems, units, programmes, references);
            }
        }
        checkWhole(source, problems, units, programmes, references, metrics);
        if (problems.isEmpty()) {
            DrlReferences.check(drlFiles, programmes.stream().map(ProgrammeWorkbook.Result::programme).toList(), problems);
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException(problems);
        }
        Compiled compiled = build(version, units, problems);
        KieBase kieBase = compiled == null ? null : compiled.kieBase();
        if (kieBase != null) {
            checkEveryTableProducedRules(kieBase, programmes, units, problems);
        }
        if (!problems.isEmpty()) {
            throw new PolicyLoadException(problems);
        }
        Map<String, Object> declarations = new HashMap<>();
        Map<String, String> filesByPackage = new HashMap<>();
        units.forEach(unit -> filesByPackage.put(unit.packageName(), unit.origin()));
        for (ProgrammeWorkbook.Result result : programmes) {
            for (ProgrammeWorkbook.RuleSheet sheet : result.ruleSheets()) {
                String pkg = unitOf(units, result.programme().file(), sheet.sheet()).packageName();
                sheet.rows().forEach((row, declared) ->
                        declarations.put(PolicyCatalog.key(pkg, ruleNamePrefix(sheet) + row), declared));
            }
        }
        PolicyCatalog catalog = new PolicyCatalog(programmes.stream().map(ProgrammeWorkbook.Result::programme).toList(),
                declarations, filesByPackage, references.get(0));
        cache.write(version, compiled.kjar(), catalog);
        return ruleSet(version, source, kieBase, catalog);
    }

    private RuleSet ruleSet(String version, PolicySource source, KieBase kieBase, PolicyCatalog catalog) {
        List<RuleSet.PolicyFile> files = source.entries().stream()
                .map(e -> new RuleSet.PolicyFile(e.path(), sha256(e.content()))).toList();
        return new RuleSet(version, clock.instant(), source.origin(), files, kieBase, catalog, source);
    }

    /** A built rule set: the Drools base, and its module's bytes to keep. */
    private record Compiled(KieBase kieBase, byte[] kjar) {
    }

    private void readWorkbook(PolicySource.Entry entry, List<PolicyProblem> problems, List<Unit> units,
                              List<ProgrammeWorkbook.Result> programmes, List<ReferenceData> references) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(entry.content()))) {
            int before = problems.size();
            FormulaCells.check(entry.path(), workbook, problems);
            if (problems.size() > before) {
                return;
            }
            if (!ProgrammeWorkbook.isProgrammeWorkbook(workbook)) {
                references.add(ReferenceWorkbook.read(entry.path(), workbook, problems));
                return;
            }
            Optional<ProgrammeWorkbook.Result> result = ProgrammeWorkbook.read(entry.path(), workbook, problems);
            result.ifPresent(programmes::add);
            for (ProgrammeWorkbook.RuleSheet sheet : result.map(ProgrammeWorkbook.Result::ruleSheets).orElse(List.of())) {
                String drl = indexConditions(new SpreadsheetCompiler().compile(new ByteArrayInputStream(entry.content()), sheet.sheet()));
                packageOf(entry.path(), drl, problems).ifPresent(pkg -> units.add(new Unit(entry.path(), sheet.sheet(), pkg, drl)));
            }
        } catch (RuntimeException | java.io.IOException e) {
            problems.add(PolicyProblem.inFile(entry.path(), "file.workbook", "detail", e.getMessage()));
        }
    }

    /**
     * Gives each table condition {@code Metric(holds("A1 >= 10"))} the literal {@code name == "A1"}
     * as well: Drools then hash-indexes the conditions by metric name instead of testing every
     * condition against every metric. The sheets stay as authors write them.
     */
    static String indexConditions(String generatedDrl) {
        return HOLDS.matcher(generatedDrl).replaceAll("Metric(name == \"$1\", holds(\"$1 ");
    }

    private static Optional<String> packageOf(String file, String drl, List<PolicyProblem> problems) {
        Matcher matcher = PACKAGE.matcher(drl);
        if (!matcher.find()) {
            problems.add(PolicyProblem.inFile(file, "file.package"));
            return Optional.empty();
        }
        return Optional.of(matcher.group(1));
    }

    private static void checkWhole(PolicySource source, List<PolicyProblem> problems, List<Unit> units,
                                   List<ProgrammeWorkbook.Result> programmes, List<ReferenceData> references,
                                   Set<String> metrics) {
        if (source.entries().isEmpty()) {
            problems.add(PolicyProblem.inFile(source.origin(), "file.none"));
        }
        if (references.size() != 1) {
            problems.add(PolicyProblem.inFile(PolicySource.TABLES, "reference.count", "count", references.size()));
        }
        Map<String, String> packages = new HashMap<>();
        for (Unit unit : units) {
            String other = packages.putIfAbsent(unit.packageName(), unit.origin());
            if (other != null) {
                problems.add(PolicyProblem.inFile(unit.origin(), "file.packageTwice", "package", unit.packageName(), "other", other));
            }
        }
        Map<String, String> programmeFiles = new HashMap<>();
        for (ProgrammeWorkbook.Result result : programmes) {
            String other = programmeFiles.putIfAbsent(result.programme().id(), result.programme().file());
            if (other != null) {
                problems.add(PolicyProblem.inFile(result.programme().file(), "programme.duplicate", "id", result.programme().id(),
                        "other", other));
            }
            Programme programme = result.programme();
            for (Requirement requirement : programme.requirements()) {
                checkMetric(requirement.source(), requirement.getMetric(), "metric", metrics, problems);
                if (requirement.appliesWhen() != null) {
                    checkMetric(requirement.source(), Condition.parse(requirement.appliesWhen()).metric(),
                            "applies_when", metrics, problems);
                }
            }
            programme.bands().forEach(band -> checkMetric(band.source(), band.indicator(), "lower", metrics, problems));
            checkDuplicateRows(programme, problems);
            programme.measures().stream()
                    .filter(m -> m.fixedStatus() == null && programme.requirements().stream().noneMatch(r -> r.criterion().equals(m.id())))
                    .forEach(m -> problems.add(PolicyProblem.of(m.source().file(), m.source().sheet(), "A" + m.source().row(),
                            "measure.noRows", "id", m.id())));
            // a criterion is named for people by the Names sheet, a measure's rows by the measure's title
            programme.requirements().stream().map(Requirement::criterion).distinct()
                    .filter(c -> !programme.criterionNames().containsKey(c)
                            && programme.measures().stream().noneMatch(m -> m.id().equals(c)))
                    .forEach(c -> problems.add(PolicyProblem.of(programme.file(), ProgrammeWorkbook.NAMES_SHEET, null,
                            "criteria.noName", "criterion", c)));
            EditionCoverage.of(programme).gaps().forEach(gap -> problems.add(PolicyProblem.of(programme.file(),
                    gap.at().sheet(), "B" + gap.at().row(), "criteria.gap", "criterion", gap.criterion(),
                    "from", gap.from().toString(), "to", gap.to() == null ? "…" : gap.to().toString())));
            programme.outcomes().values().stream().flatMap(List::stream).forEach(outcome -> outcome.conditions()
                    .forEach(c -> checkMetric(outcome.source(), c.metric(), "when", metrics, problems)));
        }
        if (references.size() == 1) {
            TextChecks.check(programmes.stream().map(ProgrammeWorkbook.Result::programme).toList(), references.get(0),
                    metrics, problems);
        }
    }

    /** Two rows of a criterion comparing the same metric the same way under the same condition may not be in force on the same day. */
    private static void checkDuplicateRows(Programme programme, List<PolicyProblem> problems) {
        List<Requirement> rows = programme.requirements();
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                Requirement a = rows.get(i);
                Requirement b = rows.get(j);
                boolean sameRow = a.criterion().equals(b.criterion()) && a.getMetric().equals(b.getMetric())
                        && a.condition().operator() == b.condition().operator()
                        && java.util.Objects.equals(a.appliesWhen(), b.appliesWhen());
                boolean overlap = (a.to() == null || !b.from().isAfter(a.to())) && (b.to() == null || !a.from().isAfter(b.to()));
                if (sameRow && overlap) {
                    problems.add(PolicyProblem.of(b.source().file(), b.source().sheet(), "B" + b.source().row(),
                            "criteria.duplicate", "row", a.source().row()));
                }
            }
        }
    }

    private static void checkMetric(Source at, String metric, String column, Set<String> metrics,
                                    List<PolicyProblem> problems) {
        if (!metrics.contains(metric)) {
            problems.add(PolicyProblem.of(at.file(), at.sheet(), column + " " + at.row(), "criteria.unknownMetric",
                    "metric", metric, "nearest", Names.nearestOrNone(metric, metrics), "metrics", String.join(", ", metrics)));
        }
    }

    private Compiled build(String version, List<Unit> units, List<PolicyProblem> problems) {
        KieServices services = KieServices.Factory.get();
        ReleaseId releaseId = services.newReleaseId("ru.clusterpolicy.policy", "ruleset-" + version, "1.0.0");
        KieFileSystem files = services.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        Map<String, Unit> unitsByPath = new LinkedHashMap<>();
        for (Unit unit : units) {
            String name = unit.origin().substring(unit.origin().lastIndexOf('/') + 1)
                    + (unit.generated() ? "." + unit.sheet().replaceAll("\\W", "_") + ".drl" : "");
            String path = unit.packageName().replace('.', '/') + "/" + name;
            files.write(RESOURCES + path, unit.drl());
            unitsByPath.put(path, unit);
        }
        KieBuilder builder;
        try {
            builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // the executable-model compiler throws, rather than reports, for some constructs
            problems.add(PolicyProblem.inFile(PolicySource.RULES, "drl.compile", "detail", rootMessage(e)));
            return null;
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        errors.stream()
                // a parse error is followed by this one, which says nothing more
                .filter(error -> errors.size() == 1 || !error.getText().startsWith("Parser returned a null Package"))
                .forEach(error -> problems.add(locate(error, unitsByPath)));
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            byte[] kjar = ((org.drools.compiler.kie.builder.impl.InternalKieModule) builder.getKieModule()).getBytes();
            return new Compiled(services.newKieContainer(releaseId).getKieBase(), kjar);
        } finally {
            services.getRepository().removeKieModule(releaseId);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    /** Maps a compile error to its file and, for a workbook, to the cell of the row that generated the rule. */
    private static PolicyProblem locate(Message error, Map<String, Unit> unitsByPath) {
        String path = String.valueOf(error.getPath());
        Unit unit = unitsByPath.get(path.startsWith(RESOURCES) ? path.substring(RESOURCES.length()) : path);
        if (unit == null) {
            // an error in the Java the executable model generated from a rule: name the file of its package
            unit = unitsByPath.values().stream()
                    .filter(u -> path.startsWith(GENERATED + u.packageName().replace('.', '/') + "/"))
                    .findFirst().orElse(null);
        }
        String text = error.getText().lines().findFirst().orElse(error.getText());
        if (unit == null) {
            return PolicyProblem.inFile(path, "drl.error", "detail", text);
        }
        if (!unit.generated()) {
            return error.getLine() > 0 ? PolicyProblem.inFile(unit.origin(), "drl.errorAtLine", "detail", text, "line", error.getLine())
                    : PolicyProblem.inFile(unit.origin(), "drl.error", "detail", text);
        }
        String cell = cellOf(unit.drl(), error.getLine());
        return PolicyProblem.of(unit.origin(), unit.sheet(), cell, "drl.errorInRow", "detail", text);
    }

    private static String cellOf(String generatedDrl, int line) {
        List<String> lines = generatedDrl.lines().toList();
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            Matcher at = RULE_VALUES_AT.matcher(lines.get(i));
            if (at.find()) {
                return at.group(1) + at.group(2);
            }
        }
        return null;
    }

    /** Drools names the rule of a sheet's row "SHEET TABLE_ROW" when it compiles the sheet by name. */
    private static String ruleNamePrefix(ProgrammeWorkbook.RuleSheet sheet) {
        return sheet.sheet() + " " + sheet.tableName() + "_";
    }

    private static Unit unitOf(List<Unit> units, String file, String sheet) {
        return units.stream().filter(u -> u.origin().equals(file) && sheet.equals(u.sheet())).findFirst().orElseThrow();
    }

    /** Drools skips silently what it cannot read in a spreadsheet: every table row must have become a rule. */
    private static void checkEveryTableProducedRules(KieBase kieBase, List<ProgrammeWorkbook.Result> programmes,
                                                     List<Unit> units, List<PolicyProblem> problems) {
        for (ProgrammeWorkbook.Result result : programmes) {
            for (ProgrammeWorkbook.RuleSheet sheet : result.ruleSheets()) {
                KiePackage kiePackage = kieBase.getKiePackage(unitOf(units, result.programme().file(), sheet.sheet()).packageName());
                long rules = kiePackage == null ? 0 : kiePackage.getRules().stream()
                        .filter(r -> r.getName().startsWith(ruleNamePrefix(sheet))).count();
                if (rules != sheet.rows().size()) {
                    problems.add(PolicyProblem.of(result.programme().file(), sheet.sheet(), null, "table.produced",
                            "rules", rules, "rows", sheet.rows().size()));
                }
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
