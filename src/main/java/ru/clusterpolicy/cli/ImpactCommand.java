package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.ExampleCheck;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.profile.ProfileRejectedException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Evaluates a corpus of profiles under two rule sets and reports every profile whose answer changes. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = "Compare two policy homes over a folder of profiles: which answers change, and why.")
class ImpactCommand implements Callable<Integer> {

    @Option(names = "--baseline", required = true, paramLabel = "HOME", description = "the rule set in service")
    Path baseline;

    @Option(names = "--candidate", required = true, paramLabel = "HOME", description = "the draft rule set")
    Path candidate;

    @Option(names = "--profiles", required = true, paramLabel = "DIR", description = "a folder of profiles (*.json)")
    Path profiles;

    @Option(names = "--csv", paramLabel = "FILE", description = "also write the changes as CSV")
    Path csv;

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
        Evaluator before = PolicyHomes.evaluator(baseline, reader, out).orElse(null);
        Evaluator after = PolicyHomes.evaluator(candidate, reader, out).orElse(null);
        if (before == null || after == null) {
            return 1;
        }
        List<Path> files = ExampleCheck.examples(profiles);
        List<Impact.Change> changes = new ArrayList<>();
        int skipped = 0;
        for (Path file : files) {
            try {
                ClusterProfile profile = before.read(Files.readAllBytes(file));
                changes.addAll(Impact.between(file.getFileName().toString(),
                        before.evaluate(profile, null, false), after.evaluate(profile, null, false)));
            } catch (ProfileRejectedException e) {
                out.println("skipped " + file.getFileName() + ": " + e.detail(ru.clusterpolicy.i18n.Language.EN));
                skipped++;
            }
        }
        long changed = changes.stream().map(Impact.Change::profile).distinct().count();
        out.println("profile | programme | what | baseline | candidate | because");
        changes.forEach(c -> out.println(String.join(" | ", c.profile(), c.programme(), c.what(), c.baseline(),
                c.candidate(), c.because())));
        Map<String, Long> flips = new TreeMap<>();
        changes.forEach(c -> flips.merge(c.programme() + " " + c.what().split(" ")[0] + " " + c.baseline() + " → "
                + c.candidate(), 1L, Long::sum));
        out.printf("%n%d of %d profiles change%s%n", changed, files.size() - skipped, skipped > 0 ? " (" + skipped + " skipped)" : "");
        flips.forEach((flip, count) -> out.printf("  %s: %d%n", flip, count));
        if (csv != null) {
            try (Writer writer = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder()
                         .setHeader("profile", "programme", "what", "baseline", "candidate", "because").build())) {
                for (Impact.Change c : changes) {
                    printer.printRecord(c.profile(), c.programme(), c.what(), c.baseline(), c.candidate(), c.because());
                }
            }
            out.println("written " + csv);
        }
        return 0;
    }
}
