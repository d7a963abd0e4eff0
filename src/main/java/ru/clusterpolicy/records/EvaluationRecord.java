package ru.clusterpolicy.records;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision the service answered. The receipt fields are always kept; {@code input} and
 * {@code output} (the exact bytes received and answered, stored gzipped, read back as they were)
 * only when {@code kept} is {@code full}.
 *
 * @param verdicts each programme's verdict, level, type and score, as JSON
 * @param detail   how the answer was asked for (grouped or full), so that a replay writes it alike
 */
@MappedEntity("evaluation_record")
public record EvaluationRecord(@Id UUID id, Instant evaluatedAt, LocalDate asOf, String ruleSetVersion,
                               String inputSha256, String outputSha256, String verdicts, String detail,
                               boolean traced, String kept, @Nullable byte[] input, @Nullable byte[] output) {

    public boolean full() {
        return Keeping.FULL.word().equals(kept);
    }
}
