package ru.clusterpolicy.evaluation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileRejectedException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Evaluates NDJSON: one profile per line in, one answer per line out, in input order, one line
 * in memory at a time. Every non-blank line gets exactly one answer: its decision, or an error
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

    /**
     * @param maxLineBytes the longest line evaluated; a longer one gets an error line
     * @param language     the language of the error lines' texts
     */
    public BatchEvaluation(Evaluator evaluator, int maxLineBytes, Language language) {
        this.evaluator = evaluator;
        this.maxLineBytes = maxLineBytes;
        this.language = language;
    }

    /** @param progress told the number of bytes read after each line (for a progress bar) */
    public Summary run(InputStream in, Writer out, LongConsumer progress) {
        long evaluated = 0;
        long rejected = 0;
        long failed = 0;
        NdjsonLines lines = new NdjsonLines(in, maxLineBytes);
        try {
            for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                if (!line.tooLong() && isBlank(line.bytes())) {
                    continue;
                }
                String answer;
                if (line.tooLong()) {
                    answer = errorLine(line.number(), 413, "batch.lineTooLong", Map.of("max", maxLineBytes));
                    rejected++;
                } else {
                    try {
                        answer = DecisionJson.MAPPER.writeValueAsString(evaluator.evaluate(line.bytes(), false));
                        evaluated++;
                    } catch (ProfileRejectedException e) {
                        answer = DecisionJson.MAPPER.writeValueAsString(rejection(line.number(), e));
                        rejected++;
                    } catch (RuntimeException e) {
                        LOG.error("Batch line {} could not be evaluated", line.number(), e);
                        answer = errorLine(line.number(), 500, "batch.failed", Map.of());
                        failed++;
                    }
                }
                out.write(answer);
                out.write('\n');
                progress.accept(lines.consumed());
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Summary(evaluated, rejected, failed);
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
