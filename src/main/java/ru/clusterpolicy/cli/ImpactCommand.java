package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.Impact;

import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.evaluation.ExampleCheck;
import ru.clusterpolicy.i18n.Dates;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.profile.ProfileRejectedException;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetDiff;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * Evaluates a corpus of profiles under two rule sets and reports every difference: answers,
 * criterion statuses, measures and their amounts, each with the rows that changed under it.
 * Totals first; the table also as CSV and as a workbook the author can open.
 */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Compare two policy homes over a folder of profiles: what changes, and why.")
class ImpactCommand implements Callable<Integer> {

    @Option(names = "--baseline", required = true, paramLabel = "HOME", description = "the rule set in service")
    Path baseline;

    @Option(names = "--candidate", required = true, paramLabel = "HOME", description = "the draft rule set")
    Path candidate;

    @Option(names = "--profiles", required = true, paramLabel = "DIR", description = "a folder of profiles (*.json)")
    Path profiles;

    @Option(names = "--as-of", paramLabel = "DATE", description = "evaluate every profile as of this date (YYYY-MM-DD)")
    LocalDate asOf;

    @Option(names = "--as-of-range", arity = "2", paramLabel = "DATE",
            description = "FROM TO: evaluate on FROM and on every date in the range where a row, parameter or edition of either rule set starts or ends")
    List<LocalDate> range;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the changes as CSV")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "also write the changes as a workbook")
    Path xlsx;

    @Mixin
    Words words;

    @Spec
    CommandSpec spec;

    private final ProfileReader reader;

    @Inject
    ImpactCommand(ProfileReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet before = PolicyHomes.loaded(baseline, out, words).orElse(null);
        RuleSet after = PolicyHomes.loaded(candidate, out, words).orElse(null);
        if (before == null || after == null) {
            return 1;
        }
        Evaluator was = PolicyHomes.evaluator(before, reader);
        Evaluator is = PolicyHomes.evaluator(after, reader);
        Impact impact = new Impact(RuleSetDiff.between(before.source(), after.source()), words.language());
        List<LocalDate> dates = range != null ? boundaries(before, after, range.get(0), range.get(1))
                : asOf != null ? List.of(asOf) : null;
        List<Path> files = ExampleCheck.examples(profiles);
        List<Impact.Change> changes = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            ClusterProfile profile;
            try {
                profile = was.read(Files.readAllBytes(file));
            } catch (ProfileRejectedException e) {
                out.println(words.say("impact.skipped", "file", file.getFileName().toString(), "detail", e.detail(words.language())));
                skipped++;
                continue;
            }
            for (LocalDate date : dates == null ? java.util.Collections.<LocalDate>singletonList(null) : dates) {
                ClusterProfile on = date == null ? profile : profile.withAsOf(date);
                var baselineDecision = was.evaluate(on, null, false);
                changes.addAll(impact.between(file.getFileName().toString(), baselineDecision.asOf(), baselineDecision,
                        is.evaluate(on, null, false)));
            }
        }
        totals(out, changes, files.size() - skipped, dates);
        if (changes.isEmpty()) {
            out.println(words.say("impact.none"));
        } else {
            out.println();
            out.println(words.say("impact.header"));
            changes.forEach(c -> out.println(String.join(" | ", row(c))));
        }
        if (csv != null) {
            writeCsv(changes);
            out.println(words.say("impact.written", "file", csv.toString()));
        }
        if (xlsx != null) {
            writeXlsx(changes);
            out.println(words.say("impact.written", "file", xlsx.toString()));
        }
        return 0;
    }

    private void totals(PrintWriter out, List<Impact.Change> changes, int total, List<LocalDate> dates) {
        long answers = changes.stream().filter(c -> c.kind() == Impact.What.ANSWER).map(Impact.Change::profile).distinct().count();
        long criteria = changes.stream().filter(c -> c.kind() == Impact.What.CRITERION).map(Impact.Change::profile).distinct().count();
        long measures = changes.stream().filter(c -> c.kind() == Impact.What.MEASURE).map(Impact.Change::profile).distinct().count();
        out.println(words.say("impact.totals", "changed", answers, "total", total, "criteria", criteria, "measures", measures));
        Map<String, BigDecimal> amounts = new TreeMap<>();
        changes.stream().filter(c -> c.measure() != null).forEach(c -> amounts.merge(c.measure(), c.amountDelta(), BigDecimal::add));
        amounts.forEach((measure, delta) -> {
            if (delta.signum() != 0) {
                out.println("  " + words.say("impact.amount", "measure", measure, "delta", delta));
            }
        });
        if (dates != null && dates.size() > 1) {
            out.println(words.say("impact.dates", "count", dates.size(), "dates",
                    String.join(", ", dates.stream().map(d -> Dates.day(d, words.language())).toList())));
        }
    }

    /**
     * FROM and the dates within the range where the rule sets can answer differently: where a
     * requirement row, a parameter or an edition of either starts, or the day after one ends.
     */
    private static List<LocalDate> boundaries(RuleSet before, RuleSet after, LocalDate from, LocalDate to) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        dates.add(from);
        for (RuleSet ruleSet : List.of(before, after)) {
            for (Programme programme : ruleSet.catalog().programmes()) {
                programme.requirements().forEach(r -> {
                    dates.add(r.from());
                    if (r.to() != null) {
                        dates.add(r.to().plusDays(1));
                    }
                });
                programme.parameters().forEach(p -> {
                    dates.add(p.from());
                    if (p.to() != null) {
                        dates.add(p.to().plusDays(1));
                    }
                });
                programme.editions().forEach(e -> dates.add(e.from()));
            }
        }
        return dates.subSet(from, true, to, true).stream().toList();
    }

    private List<String> row(Impact.Change change) {
        return List.of(change.profile(), change.date() == null ? "" : Dates.day(change.date(), words.language()),
                change.programme(), change.what(), change.baseline(), change.candidate(), change.because());
    }

    private List<String> header() {
        return List.of(words.say("impact.header").split(" \\| "));
    }

    private void writeCsv(List<Impact.Change> changes) throws IOException {
        try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                     .setHeader(header().toArray(String[]::new)).build())) {
            for (Impact.Change change : changes) {
                printer.printRecord(row(change));
            }
        }
    }

    private void writeXlsx(List<Impact.Change> changes) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(xlsx)) {
            Sheet sheet = workbook.createSheet(words.language() == ru.clusterpolicy.i18n.Language.RU ? "Изменения" : "Changes");
            List<String> header = header();
            Row top = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                top.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < changes.size(); r++) {
                List<String> cells = row(changes.get(r));
                Row line = sheet.createRow(r + 1);
                for (int c = 0; c < cells.size(); c++) {
                    line.createCell(c).setCellValue(cells.get(c));
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < header.size(); c++) {
                sheet.setColumnWidth(c, c == header.size() - 1 ? 100 * 256 : 24 * 256);
            }
            workbook.write(stream);
        }
    }
}
