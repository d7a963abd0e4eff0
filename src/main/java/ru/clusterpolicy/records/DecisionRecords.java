package ru.clusterpolicy.records;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.ProfileHash;

import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the decisions the service answers: the receipt (id, time, hashes of input and answer,
 * rule-set version, date, verdicts) and, when asked, the exact input and answer. The record is
 * committed before the answer leaves, so nothing answered is lost.
 */
@Singleton
@Requires(notEnv = "cli")
public class DecisionRecords {

    private final EvaluationRecords records;
    private final RuleSetArchive archive;
    private final TransactionOperations<Connection> transactions;

    public DecisionRecords(EvaluationRecords records, RuleSetArchive archive, TransactionOperations<Connection> transactions) {
        this.records = records;
        this.archive = archive;
        this.transactions = transactions;
    }

    /**
     * @param input  the bytes received
     * @param output the bytes about to be answered
     * @param detail how the answer was asked for (grouped or full)
     */
    public void record(Decision decision, byte[] input, byte[] output, String detail, boolean traced, Keeping keeping) {
        if (keeping == Keeping.NONE) {
            return;
        }
        archive.ensure(decision.ruleSet().version());
        boolean full = keeping == Keeping.FULL;
        EvaluationRecord record = new EvaluationRecord(UUID.fromString(decision.evaluationId()), decision.evaluatedAt(),
                decision.asOf(), decision.ruleSet().version(), decision.inputSha256(), ProfileHash.of(output),
                verdicts(decision), detail, traced, keeping.word(), full ? Gzip.pack(input) : null, full ? Gzip.pack(output) : null);
        try {
            transactions.executeWrite(status -> records.save(record));
        } catch (RuntimeException e) {
            throw new RecordsUnavailableException(e);
        }
    }

    public Optional<EvaluationRecord> find(UUID id) {
        try {
            return transactions.executeRead(status -> records.findById(id)).map(DecisionRecords::unpacked);
        } catch (RuntimeException e) {
            throw new RecordsUnavailableException(e);
        }
    }

    /** The stored bytes as they were received and answered (kept gzipped: JSON shrinks tenfold). */
    private static EvaluationRecord unpacked(EvaluationRecord stored) {
        return new EvaluationRecord(stored.id(), stored.evaluatedAt(), stored.asOf(), stored.ruleSetVersion(),
                stored.inputSha256(), stored.outputSha256(), stored.verdicts(), stored.detail(), stored.traced(), stored.kept(),
                stored.input() == null ? null : Gzip.unpack(stored.input()),
                stored.output() == null ? null : Gzip.unpack(stored.output()));
    }

    /** Whether the database answers now (for /health, polled often: a connection's check, no query of the records). */
    public boolean available() {
        try {
            return transactions.executeRead(status -> {
                try {
                    return status.getConnection().isValid(2);
                } catch (java.sql.SQLException e) {
                    return false;
                }
            });
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Each programme's answer in a form a receipt shows: verdict, level, type, score where it has them. */
    private static String verdicts(Decision decision) {
        List<Map<String, Object>> verdicts = decision.programmes().stream().map(p -> {
            Map<String, Object> verdict = new LinkedHashMap<>();
            verdict.put("programme", p.programme());
            verdict.put("verdict", p.verdict());
            verdict.put("level", p.level());
            verdict.put("type", p.type());
            verdict.put("score", p.score());
            verdict.values().removeIf(java.util.Objects::isNull);
            return verdict;
        }).toList();
        try {
            return DecisionJson.MAPPER.writeValueAsString(verdicts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
