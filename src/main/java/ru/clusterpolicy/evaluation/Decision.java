package ru.clusterpolicy.evaluation;

import io.micronaut.serde.annotation.Serdeable;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.rules.Text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The answer to one evaluation: every programme's decision, explained (api.md, "Response 200"). */
@Serdeable
public record Decision(
        String evaluationId,
        Instant evaluatedAt,
        LocalDate asOf,
        RuleSetRef ruleSet,
        String inputSha256,
        List<ProgrammeDecision> programmes,
        List<FiredRule> trace) {

    /** The rule set that produced the decision. */
    @Serdeable
    public record RuleSetRef(String version, Instant loadedAt) {
    }

    /** One programme's verdict and the findings behind it. */
    @Serdeable
    public record ProgrammeDecision(
            String programme,
            Text title,
            LocalDate edition,
            String verdict,
            Text summary,
            List<CriterionFinding> findings,
            List<MeasureDecision> measures) {
    }

    /**
     * A support measure for one participant or project (or the whole cluster): whether it can be
     * claimed, how much or at what rate and until when, and the findings behind it.
     */
    @Serdeable
    public record MeasureDecision(
            String measure,
            String participantId,
            String projectId,
            String status,
            BigDecimal amountRub,
            BigDecimal ratePercent,
            LocalDate until,
            String formula,
            Text title,
            Text text,
            String act,
            String verification,
            String note,
            Source source,
            List<CriterionFinding> findings) {
    }

    /**
     * One criterion's outcome. When a criterion has several requirement rows in force (all must
     * hold), the deciding row is shown and every row is listed in {@code parts}.
     */
    @Serdeable
    public record CriterionFinding(
            String criterion,
            String status,
            boolean binding,
            Object observed,
            String required,
            Text gap,
            String legalRef,
            String verification,
            String note,
            Text text,
            Source source,
            Edition edition,
            List<String> missingInputs,
            List<CriterionFinding> parts) {
    }

    /** The edition of a requirement row: in force from, and until (inclusive) if it has an end. */
    @Serdeable
    public record Edition(LocalDate from, LocalDate to) {
    }

    /** A rule that fired, with where it is written. */
    @Serdeable
    public record FiredRule(String rule, Source source) {
    }
}
