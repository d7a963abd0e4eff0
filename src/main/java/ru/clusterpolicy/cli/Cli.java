package ru.clusterpolicy.cli;

import io.micronaut.context.ApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Set;

/**
 * The policy authors' command line: {@code java -jar clusterpolicy.jar validate | test | evaluate |
 * impact | generate …}. Without a command the jar serves the API.
 */
@Command(name = "clusterpolicy", mixinStandardHelpOptions = true, version = "ClusterPolicy 0.1.0",
        description = "Check, test and compare rule sets; evaluate profiles from the command line.",
        subcommands = {ValidateCommand.class, TestCommand.class, CheckCommand.class, EvaluateCommand.class, EvaluateBatchCommand.class, ImpactCommand.class,
                GenerateCommand.class, RulesetCommand.class, WorkbookTextCommand.class, UserCommand.class})
public class Cli implements Runnable {

    /** The Micronaut environment of a command-line run: no server, no rule set loaded at start. */
    public static final String ENVIRONMENT = "cli";
    private static final Set<String> OPTIONS = Set.of("--help", "-h", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * Whether the arguments are for the command line rather than the server: any first word that
     * is not an option (a mistyped command gets the list of commands, never a server started by
     * surprise), or help. The server takes only options (--micronaut.server.port=8081).
     */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && (!args[0].startsWith("-") || OPTIONS.contains(args[0]));
    }

    /** Runs a command; the exit code is 0 when all is well, 1 when problems or differences were found, 2 for bad usage. */
    public static int run(String[] args) {
        return run(args, new java.io.PrintWriter(System.out, true));
    }

    /** Runs a command, writing its report to the given output. */
    public static int run(String[] args, java.io.PrintWriter out) {
        try (ApplicationContext context = ApplicationContext.builder().environments(ENVIRONMENT).banner(false).start()) {
            CommandLine commandLine = new CommandLine(new Cli(), new CommandLine.IFactory() {
                @Override
                public <K> K create(Class<K> type) throws Exception {
                    return context.findBean(type).orElseGet(() -> {
                        try {
                            return CommandLine.defaultFactory().create(type);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                }
            });
            commandLine.setOut(out);
            commandLine.setErr(out);
            try {
                return commandLine.execute(args);
            } finally {
                out.flush();
            }
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
