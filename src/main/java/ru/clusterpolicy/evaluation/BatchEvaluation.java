package ru.clusterpolicy.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileRejectedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongConsumer;

/**
 * Evaluates NDJSON: one profile per line in, one answer per line out, in input order. Lines are
 * evaluated on a pool, a few ahead of the one being written (at most {@code ahead} lines in memory
 * whatever the batch's size), and written in the order they came. Every non-blank line gets
 * exactly one answer: its decision, or an error
 * line ({"line": N, "status": …, "title", "detail", "errors"}) when it is not a valid profile (400),
 * is longer than the line limit (413), or could not be evaluated (500); the batch always goes on.
 * Blank lines are skipped. The stream has no summary line.
 */
public final class BatchEvaluation {
    private static final Logger LOG = LoggerFactory.getLogger(BatchEvaluation.class);

    /** What a batch did. */
    public record Summary(long evaluated, long rejected, long failed) {
    }

    private final Evaluator evaluator;
    private final int maxLineBytes;
    private final Language language;
    private final boolean fullDetail;
    private final Executor pool;
    private final int ahead;

    /**
     * @param maxLineBytes the longest line evaluated; a longer one gets an error line
     * @param language     the language of the error lines' texts
     * @param fullDetail   every measure line with its own reason, rather than a repeated reason given once
     * @param pool         where lines are evaluated
     * @param ahead        how many lines are evaluated ahead of the one being written
     */
    public BatchEvaluation(Evaluator evaluator, int maxLineBytes, Language language, boolean fullDetail,
                           Executor pool, int ahead) {
        this.evaluator = evaluator;
        this.maxLineBytes = maxLineBytes;
        this.language = language;
        this.fullDetail = fullDetail;
        this.pool = pool;
        this.ahead = Math.max(1, ahead);
    }

    /** Evaluates every line of the input into the writer, one answer per line. */
    public Summary run(InputStream in, Writer out, LongConsumer progress) {
        try (Run run = start(in)) {
            for (String answer = run.next(); answer != null; answer = run.next()) {
                out.write(answer);
                out.write('\n');
                progress.accept(run.consumed());
            }
            out.flush();
            return run.summary();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batch answered one line at a time, as its reader asks (a streamed response pulls them). */
    public Run start(InputStream in) {
        return new Run(new NdjsonLines(in, maxLineBytes), in);
    }

    /** A batch in progress: each call to {@link #next()} answers the next non-blank line. */
    public final class Run implements AutoCloseable {
        private final NdjsonLines lines;
        private final InputStream in;
        private final Deque<CompletableFuture<String>> pending = new ArrayDeque<>();
        private final LongAdder evaluated = new LongAdder();
        private final LongAdder rejected = new LongAdder();
        private final LongAdder failed = new LongAdder();
        private boolean ended;

        private Run(NdjsonLines lines, InputStream in) {
            this.lines = lines;
            this.in = in;
        }

        /** The next answer in input order, without its newline; null when the input is done. */
        public String next() throws IOException {
            while (!ended && pending.size() < ahead) {
                readLine();
            }
            CompletableFuture<String> first = pending.poll();
            if (first == null) {
                return null;
            }
            try {
                return first.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                throw e;
            }
        }

        /** Reads one line and starts its answer (an error line at once when it cannot be evaluated). */
        private void readLine() throws IOException {
            NdjsonLines.Line line;
            try {
                line = lines.next();
            } catch (IOException | RuntimeException e) {
                // the client went away, or its body went past the server's limit: said, never left silent
                LOG.warn("Batch input broke off after line {}: {}", lines.number(), e.toString());
                ended = true;
                pending.add(CompletableFuture.completedFuture(
                        errorLine(lines.number() + 1, 400, "batch.inputBroken", Map.of("after", lines.number()))));
                return;
            }
            if (line == null) {
                ended = true;
            } else if (line.tooLong()) {
                rejected.increment();
                pending.add(CompletableFuture.completedFuture(
                        errorLine(line.number(), 413, "batch.lineTooLong", Map.of("max", maxLineBytes))));
            } else if (!isBlank(line.bytes())) {
                pending.add(CompletableFuture.supplyAsync(() -> answer(line), pool));
            }
        }

        private String answer(NdjsonLines.Line line) {
            try {
                try {
                    Decision decision = evaluator.evaluate(line.bytes(), false);
                    String answer = DecisionJson.MAPPER.writeValueAsString(fullDetail ? decision : decision.withMeasureReasons());
                    evaluated.increment();
                    return answer;
                } catch (ProfileRejectedException e) {
                    rejected.increment();
                    return DecisionJson.MAPPER.writeValueAsString(rejection(line.number(), e));
                } catch (RuntimeException e) {
                    LOG.error("Batch line {} could not be evaluated", line.number(), e);
                    failed.increment();
                    return errorLine(line.number(), 500, "batch.failed", Map.of());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Bytes read so far, for a progress bar. */
        public long consumed() {
            return lines.consumed();
        }

        public Summary summary() {
            return new Summary(evaluated.sum(), rejected.sum(), failed.sum());
        }

        /** Stops reading; lines already being evaluated finish on the pool and are dropped. */
        @Override
        public void close() throws IOException {
            pending.forEach(answer -> answer.cancel(false));
            pending.clear();
            in.close();
        }
    }

    private Map<String, Object> rejection(long line, ProfileRejectedException e) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("line", line);
        answer.put("status", 400);
        answer.put("title", e.title(language));
        answer.put("detail", e.detail(language));
        answer.put("errors", e.violations().stream().map(v -> Map.of("pointer", v.pointer(), "code", v.code(),
                "message", v.message(language))).toList());
        if (e.truncated()) {
            answer.put("truncated", true);
        }
        return answer;
    }

    private String errorLine(long line, int status, String code, Map<String, ?> arguments) throws IOException {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("line", line);
        answer.put("status", status);
        answer.put("code", code);
        answer.put("title", ServiceTexts.CATALOGUE.format(language, code + ".title", arguments));
        answer.put("detail", ServiceTexts.CATALOGUE.format(language, code, arguments));
        return DecisionJson.MAPPER.writeValueAsString(answer);
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
