package ru.clusterpolicy.cli;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ru.clusterpolicy.evaluation.BatchEvaluation;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileReader;

import java.io.InputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Evaluates an NDJSON file of profiles into an NDJSON file of decisions, with a progress bar on a terminal. */
@Command(name = "evaluate-batch", mixinStandardHelpOptions = true,
        description = "Evaluate NDJSON profiles (one per line) into NDJSON decisions, in input order.")
class EvaluateBatchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "IN", description = "profiles, one JSON object per line")
    Path in;

    @Parameters(index = "1", paramLabel = "OUT", description = "decisions, one per line; an invalid line gets an error line")
    Path out;

    @Option(names = "--home", paramLabel = "HOME", description = "the policy home; default: the current folder")
    Path home;

    @Option(names = "--max-line-size", paramLabel = "BYTES", defaultValue = "16777216",
            description = "the longest line evaluated; a longer one gets an error line (default 16 MB)")
    int maxLineBytes;

    @picocli.CommandLine.Mixin
    Detail detail;

    @picocli.CommandLine.Mixin
    Words words;

    @Spec
    CommandSpec spec;

    private final ProfileReader reader;

    @Inject
    EvaluateBatchCommand(ProfileReader reader) {
        this.reader = reader;
    }

    @Override
    public Integer call() throws IOException {
        Evaluator evaluator = PolicyHomes.evaluator(home, reader, spec.commandLine().getOut(), words).orElse(null);
        if (evaluator == null) {
            return 1;
        }
        long size = Math.max(1, Files.size(in));
        long started = System.nanoTime();
        ProgressBar bar = new ProgressBar(System.err, System.console() != null, size, started);
        BatchEvaluation.Summary summary;
        int cores = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(cores);
        try (InputStream lines = Files.newInputStream(in);
             Writer decisions = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            summary = new BatchEvaluation(evaluator, maxLineBytes, words.language(), detail.full(), pool, 2 * cores)
                    .run(lines, decisions, bar::update);
        } finally {
            pool.shutdownNow();
        }
        bar.finish();
        double seconds = (System.nanoTime() - started) / 1e9;
        long lines = summary.evaluated() + summary.rejected() + summary.failed();
        spec.commandLine().getOut().println(words.say("batch.done", "evaluated", summary.evaluated(),
                "rejected", summary.rejected(), "failed", summary.failed(), "seconds", String.format(java.util.Locale.ROOT, "%.1f", seconds),
                "rate", Math.round(lines / seconds), "out", out.toString()));
        return summary.rejected() + summary.failed() == 0 ? 0 : 1;
    }

    /** A one-line bar redrawn at most a few times a second, only on a terminal. */
    private static final class ProgressBar {
        private final PrintStream terminal;
        private final boolean shown;
        private final long total;
        private final long started;
        private long drawn;

        ProgressBar(PrintStream terminal, boolean shown, long total, long started) {
            this.terminal = terminal;
            this.shown = shown;
            this.total = total;
            this.started = started;
        }

        void update(long done) {
            long now = System.nanoTime();
            if (!shown || now - drawn < 200_000_000L) {
                return;
            }
            drawn = now;
            int percent = (int) Math.min(100, done * 100 / total);
            terminal.printf("\r[%-40s] %3d %%  %.0f s", "#".repeat(percent * 40 / 100), percent, (now - started) / 1e9);
        }

        void finish() {
            if (shown) {
                terminal.print("\r" + " ".repeat(60) + "\r");
            }
        }
    }
}
