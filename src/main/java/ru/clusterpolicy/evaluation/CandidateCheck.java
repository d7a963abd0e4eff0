package ru.clusterpolicy.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a candidate rule set against its home's examples before it may serve, within a deadline.
 * A candidate whose code (DRL) is that of the rule set already trusted is run here, on a thread of
 * its own that is abandoned if it overruns: its tables cannot run code of their own. A candidate
 * with new code is run in a separate JVM ({@code java -jar … check HOME --json}), so that nothing
 * it does (never returning, System.exit, threads) can reach the serving process.
 */
@Singleton
@Requires(notEnv = "cli")
public class CandidateCheck {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateCheck.class);

    private final ProfileReader reader;
    private final Clock clock;
    private final Duration deadline;
    private final String javaCommand;
    private final String classPath;

    public CandidateCheck(ProfileReader reader, Clock clock,
                          @Value("${clusterpolicy.reload.check-timeout:90s}") Duration deadline) {
        this.reader = reader;
        this.clock = clock;
        this.deadline = deadline;
        this.javaCommand = ProcessHandle.current().info().command().orElse("java");
        this.classPath = System.getProperty("java.class.path");
    }

    /** The candidate's examples, evaluated in this JVM on a thread of their own. */
    public List<PolicyProblem> inProcess(RuleSet candidate, Path examples) {
        if (!Files.isDirectory(examples)) {
            return List.of();
        }
        Evaluator evaluator = new Evaluator(new RuleSetHolder(candidate), clock, reader);
        FutureTask<List<PolicyProblem>> check = new FutureTask<>(() -> {
            List<PolicyProblem> problems = new ArrayList<>();
            for (Path example : ExampleCheck.examples(examples)) {
                ExampleCheck.Result result = ExampleCheck.check(evaluator, example);
                result.differences().forEach(difference -> problems.add(PolicyProblem.inFile("examples/" + example.getFileName(),
                        "check.example", "detail", difference)));
            }
            return problems;
        });
        Thread thread = new Thread(check, "candidate-check-" + candidate.version());
        thread.setDaemon(true);
        thread.start();
        try {
            return check.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            thread.interrupt();
            LOG.error("The check of rule set {} did not finish within {}; its thread is abandoned", candidate.version(), deadline);
            return List.of(overran());
        } catch (ExecutionException e) {
            return List.of(PolicyProblem.inFile("examples", "check.failed", "detail", String.valueOf(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(overran());
        }
    }

    /**
     * The home's files loaded and their examples evaluated in a separate JVM; its answer is its
     * version and problems, as JSON. A process that overruns is killed; one that ends without an
     * answer (System.exit, a crash) refuses the candidate with what it said.
     *
     * @param expectedVersion the version loaded here: the files must not have changed in between
     */
    public List<PolicyProblem> isolated(Path home, String expectedVersion) {
        ProcessBuilder builder = new ProcessBuilder(javaCommand, "-Xmx512m", "-cp", classPath,
                "ru.clusterpolicy.Application", "check", home.toAbsolutePath().toString(), "--json")
                .redirectErrorStream(false);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return List.of(PolicyProblem.inFile("rules", "check.noProcess", "detail", e.getMessage()));
        }
        try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
            // read both as the process writes, so that neither pipe fills and stalls it
            StreamCollector stdout = new StreamCollector(out);
            StreamCollector stderr = new StreamCollector(err);
            if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.error("The separate check of {} did not finish within {}; it was killed", home, deadline);
                return List.of(overran());
            }
            String answer = stdout.text();
            int exit = process.exitValue();
            if (exit != 0 && exit != 1 || answer.isBlank()) {
                LOG.error("The separate check of {} ended with exit code {}: {}", home, exit, stderr.text());
                return List.of(PolicyProblem.inFile("rules", "check.exit", "code", exit));
            }
            JsonNode result = DecisionJson.MAPPER.readTree(answer);
            if (!expectedVersion.equals(result.path("version").asText())) {
                return List.of(PolicyProblem.inFile("decision-tables", "check.changed"));
            }
            List<PolicyProblem> problems = new ArrayList<>();
            for (JsonNode problem : result.path("problems")) {
                problems.add(DecisionJson.MAPPER.treeToValue(problem, PolicyProblem.class));
            }
            return problems;
        } catch (IOException e) {
            return List.of(PolicyProblem.inFile("rules", "check.unreadable", "detail", e.getMessage()));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return List.of(overran());
        }
    }

    private PolicyProblem overran() {
        return PolicyProblem.inFile("examples", "check.timeout", "seconds", deadline.toSeconds());
    }

    /** Reads a stream to its end on a thread of its own. */
    private static final class StreamCollector {
        private final Thread thread;
        private volatile byte[] bytes = new byte[0];

        StreamCollector(InputStream in) {
            thread = new Thread(() -> {
                try {
                    bytes = in.readAllBytes();
                } catch (IOException e) {
                    // the process was killed: what it said so far is all there is
                }
            }, "check-output");
            thread.setDaemon(true);
            thread.start();
        }

        String text() throws InterruptedException {
            thread.join(5_000);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
