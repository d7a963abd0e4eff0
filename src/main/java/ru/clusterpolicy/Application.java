package ru.clusterpolicy;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import ru.clusterpolicy.cli.Cli;
import ru.clusterpolicy.evaluation.Preload;
import ru.clusterpolicy.rules.PolicyLoadException;

@OpenAPIDefinition(info = @Info(title = "ClusterPolicy", version = "v1",
        description = "Explained decisions on Russian industrial clusters: Decree 779 requirements and support programmes"))
public class Application {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        if (servesPackagedRuleSet(args)) {
            Preload.startPackaged();
        }
        try {
            Micronaut.run(Application.class, args);
        } catch (RuntimeException e) {
            PolicyLoadException broken = policyProblem(e);
            if (broken == null) {
                throw e;
            }
            // a policy author's mistake: say where it is, without a stack trace
            System.err.println("ClusterPolicy did not start: " + broken.getMessage());
            System.exit(1);
        }
    }

    /** Whether the service will serve the rule set packed into the jar (no policy home configured). */
    private static boolean servesPackagedRuleSet(String[] args) {
        String home = System.getenv("CLUSTERPOLICY_HOME");
        boolean homeArgument = java.util.Arrays.stream(args).anyMatch(a -> a.startsWith("--clusterpolicy.home="));
        return (home == null || home.isBlank()) && System.getProperty("clusterpolicy.home") == null && !homeArgument;
    }

    /** The policy problem behind a start-up failure, if that is what it was. */
    public static PolicyLoadException policyProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PolicyLoadException problem) {
                return problem;
            }
        }
        return null;
    }
}
