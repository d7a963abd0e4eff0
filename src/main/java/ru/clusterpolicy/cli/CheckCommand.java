package ru.clusterpolicy.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.evaluation.ExampleCheck;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.PolicyLoadException;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * What a reload runs on a candidate: load the policy home and evaluate its examples. The service
 * runs it in a separate JVM when a candidate brings new DRL code, and reads its JSON answer.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Load a policy home and run its examples, as a reload does; exit code 1 on any problem.")
class CheckCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "HOME", description = "the policy home")
    Path home;

    @Option(names = "--json", description = "answer {\"version\": …, \"problems\": […]} as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    private final ProfileReader reader;

    @Inject
    CheckCommand(ProfileReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String version = null;
        List<PolicyProblem> problems = new ArrayList<>();
        try {
            RuleSet ruleSet = PolicyHomes.load(home);
            version = ruleSet.version();
            Evaluator evaluator = new Evaluator(new RuleSetHolder(ruleSet), Clock.systemDefaultZone(), reader);
            Path examples = home.resolve("examples");
            if (Files.isDirectory(examples)) {
                for (Path example : ExampleCheck.examples(examples)) {
                    ExampleCheck.check(evaluator, example).differences().forEach(difference -> problems.add(
                            PolicyProblem.inFile("examples/" + example.getFileName(),
                                    "check.example", "detail", difference)));
                }
            }
        } catch (PolicyLoadException e) {
            problems.addAll(e.problems());
        }
        if (json) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("version", version);
            answer.put("problems", problems);
            out.println(DecisionJson.MAPPER.writeValueAsString(answer));
        } else {
            problems.stream().map(PolicyProblem::line).forEach(out::println);
            out.printf("%s: %d problem(s)%n", version == null ? home : version, problems.size());
        }
        out.flush();
        return problems.isEmpty() ? 0 : 1;
    }
}
