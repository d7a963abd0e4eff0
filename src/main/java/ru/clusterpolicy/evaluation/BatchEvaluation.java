package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.profile.ProfileRejectedException;
import ru.clusterpolicy.profile.Violation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Evaluates NDJSON: one profile per line in, one decision per line out, in input order, one line
 * in memory at a time. A line that is not a valid profile gets an error line (its line number and
 * the violations with their JSON pointers) and the batch goes on; blank lines are skipped.
 */
public final class BatchEvaluation {

    /** What a batch did. */
    public record Summary(long evaluated, long rejected) {
    }

    private final ProfileReader reader;
    private final Evaluator evaluator;

    public BatchEvaluation(ProfileReader reader, Evaluator evaluator) {
        this.reader = reader;
        this.evaluator = evaluator;
    }

    /**
     * @param progress told the number of bytes read after each line (for a progress bar)
     */
    public Summary run(BufferedReader in, Writer out, LongConsumer progress) {
        long evaluated = 0;
        long rejected = 0;
        long bytes = 0;
        long lineNumber = 0;
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                byte[] body = line.getBytes(StandardCharsets.UTF_8);
                bytes += body.length + 1;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.write(DecisionJson.MAPPER.writeValueAsString(evaluator.evaluate(reader.read(body), ProfileHash.of(body), false)));
                    evaluated++;
                } catch (ProfileRejectedException e) {
                    out.write(DecisionJson.MAPPER.writeValueAsString(errorLine(lineNumber, e.getMessage(), e.violations())));
                    rejected++;
                }
                out.write('\n');
                progress.accept(bytes);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(evaluated, rejected);
    }

    private static Map<String, Object> errorLine(long line, String detail, List<Violation> errors) {
        return Map.of("line", line, "status", 400, "detail", detail, "errors", errors);
    }
}
