package ru.clusterpolicy.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.profile.ProfileRejectedException;
import ru.clusterpolicy.rules.Text;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Evaluates one profile and prints the decision as a readable report, or as the API's JSON. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Evaluate a profile and print the decision.")
class EvaluateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "a cluster profile (JSON, as the API takes it)")
    Path file;

    @Option(names = "--home", paramLabel = "HOME", description = "the policy home; default: the current folder")
    Path home;

    @Option(names = "--json", description = "print the API's JSON answer instead of a report")
    boolean json;

    @Option(names = "--lang", defaultValue = "ru", description = "language of the report: ru or en (default ru)")
    String lang;

    @Spec
    CommandSpec spec;

    private final ProfileReader reader;

    @Inject
    EvaluateCommand(ProfileReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Evaluator evaluator = PolicyHomes.evaluator(home, reader, out).orElse(null);
        if (evaluator == null) {
            return 1;
        }
        Decision decision;
        try {
            decision = evaluator.evaluate(Files.readAllBytes(file), false);
        } catch (ProfileRejectedException e) {
            Language language = "en".equals(lang) ? Language.EN : Language.RU;
            out.println(file + ": " + e.title(language) + ". " + e.detail(language));
            e.violations().forEach(v -> out.println("  " + (v.pointer().isEmpty() ? "(body)" : v.pointer()) + ": "
                    + v.message(language)));
            return 2;
        }
        if (json) {
            out.println(DecisionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(decision));
        } else {
            report(decision, out);
        }
        return 0;
    }

    private String t(Text text) {
        return text == null ? "" : "en".equals(lang) ? text.en() : text.ru();
    }

    private void report(Decision decision, PrintWriter out) {
        out.printf("%s — as of %s, rule set %s%n", file.getFileName(), decision.asOf(), decision.ruleSet().version());
        for (Decision.ProgrammeDecision programme : decision.programmes()) {
            String answer = programme.verdict() != null ? programme.verdict()
                    : programme.level() != null ? programme.level() + " (" + programme.score() + "/" + programme.maxScore() + ")"
                    : programme.type();
            out.printf("%n== %s [%s]: %s%n   %s%n", t(programme.title()), programme.programme(), answer, t(programme.summary()));
            if (programme.decidedBy() != null) {
                out.println("   " + t(programme.decidedBy().text()));
            }
            for (Decision.CriterionFinding finding : programme.findings()) {
                out.printf("   %s %-32s %s%n", mark(finding.status()), finding.criterion(), t(finding.text()));
                if (finding.gap() != null) {
                    out.println("     → " + t(finding.gap()));
                }
                out.printf("     %s [%s] %s%n", finding.legalRef(), finding.verification(), finding.source().describe());
            }
            if (programme.measures() != null) {
                for (Decision.MeasureDecision measure : programme.measures()) {
                    String whom = measure.participantId() != null ? measure.participantId()
                            : measure.projectId() != null ? measure.projectId() : "cluster";
                    String amount = measure.amountRub() != null ? " " + measure.amountRub().toPlainString() + " RUB"
                            : measure.ratePercent() != null ? " " + measure.ratePercent().toPlainString() + " %" : "";
                    out.printf("   %-13s %-26s %-10s%s%s%n", measure.status(), measure.measure(), whom, amount,
                            measure.formula() != null ? "  (" + measure.formula() + ")" : "");
                }
            }
            if (programme.nextLevel() != null && programme.nextLevel().missing() != null) {
                out.printf("   → %s:%n", programme.nextLevel().level() == null ? "complete the data" : programme.nextLevel().level());
                programme.nextLevel().missing().forEach(step -> out.printf("     %s %s%s%n", step.kind(), t(step.text()),
                        step.points() == null ? "" : " (+" + step.points() + ")"));
            }
        }
    }

    private static String mark(String status) {
        return switch (status) {
            case "MET" -> "[+]";
            case "NOT_MET" -> "[-]";
            case "UNKNOWN" -> "[?]";
            default -> "[ ]";
        };
    }
}
