package ru.clusterpolicy.evaluation;

import io.micronaut.serde.annotation.Serdeable;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.i18n.Text;

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

    /** The answer with the measures' repeated reasons given once; the lines keep whom, the status and the amounts. */
    public Decision withMeasureReasons() {
        return new Decision(evaluationId, evaluatedAt, asOf, ruleSet, inputSha256,
                programmes.stream().map(MeasureReasons::group).toList(), trace);
    }

    /** The rule set that produced the decision. */
    @Serdeable
    public record RuleSetRef(String version, Instant loadedAt) {
    }

    /**
     * One programme's answer and the findings behind it: a verdict (yes/no programmes, with their
     * measures), a level and score (maturity), or a type (typology); and what the answer rests on
     * that a reader must weigh ({@code caveats}: thresholds not confirmed against the official text,
     * reference data past its last check).
     */
    @Serdeable
    public record ProgrammeDecision(
            String programme,
            Text title,
            LocalDate edition,
            String verdict,
            String level,
            String type,
            Text answer,
            BigDecimal score,
            BigDecimal maxScore,
            Text summary,
            List<Text> caveats,
            DecidedBy decidedBy,
            Completeness completeness,
            List<BlockScore> blocks,
            List<IndicatorScore> indicators,
            NextLevel nextLevel,
            List<CriterionFinding> findings,
            List<MeasureDecision> measures,
            List<MeasureReason> measureReasons,
            List<RegionPresence> regions,
            List<Todo> todo) {

        /** A yes/no programme's decision. */
        static ProgrammeDecision verdict(String programme, Text title, LocalDate edition, String verdict, Text answer,
                                         Text summary, List<Text> caveats, List<CriterionFinding> findings,
                                         List<MeasureDecision> measures) {
            return new ProgrammeDecision(programme, title, edition, verdict, null, null, answer, null, null, summary, caveats, null,
                    null, null, null, null, findings, measures, null, null, null);
        }

        /** The same answer with what to do next. */
        ProgrammeDecision withTodo(List<Todo> todo) {
            return new ProgrammeDecision(programme, title, edition, verdict, level, type, answer, score, maxScore, summary, caveats,
                    decidedBy, completeness, blocks, indicators, nextLevel, findings, measures, measureReasons, regions,
                    todo.isEmpty() ? null : todo);
        }
    }

    /**
     * A region the cluster's participants are in (typology): its name, federal district, how many
     * participants, and whether it is an IPSER region (individual development programme) on the evaluation date.
     */
    @Serdeable
    public record RegionPresence(String region, Text name, String federalDistrict, Text federalDistrictName,
                                 int participants, boolean ipser) {
    }

    /** The row of an outcome table (Levels, Types) that decided, with its text. */
    @Serdeable
    public record DecidedBy(String outcome, Text text, Source source) {
    }

    /** How much of the data a level needs the profile gives, and what is missing. */
    @Serdeable
    public record Completeness(BigDecimal share, List<String> missingInputs) {
    }

    /** A block's points against its maximum. */
    @Serdeable
    public record BlockScore(String block, Text name, BigDecimal score, BigDecimal max) {
    }

    /** An indicator: the value seen, the band it fell in, its points; or the inputs it lacks. */
    @Serdeable
    public record IndicatorScore(String indicator, String block, Text name, Object observed, Text observedDisplay, Text band,
                                 BigDecimal points, BigDecimal max, String reference, List<String> missingInputs,
                                 Source source) {
    }

    /** The shortest path to the next level: the unmet gate conditions and the indicators that add most. */
    @Serdeable
    public record NextLevel(String level, BigDecimal pointsNeeded, List<Step> missing) {
    }

    /** One step on the path: a gate condition (GATE), points (POINTS) or missing data (DATA). */
    @Serdeable
    public record Step(String kind, String indicator, Text text, BigDecimal points) {
    }

    /**
     * A support measure for one participant or project (or the whole cluster): whether it can be
     * claimed, how much or at what rate, until when or from which year, and the findings behind it.
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
            Integer firstYear,
            Text formula,
            Text title,
            Text text,
            String act,
            String verification,
            String note,
            Source source,
            List<CriterionFinding> findings,
            String reason) {
    }

    /**
     * The reason a measure has the same status for several subjects, given once (the default
     * answer): its texts and findings, and the participants and projects it applies to; their lines
     * in {@code measures} point to it by {@code reason}.
     */
    @Serdeable
    public record MeasureReason(
            String reason,
            String measure,
            String status,
            Text title,
            Text text,
            String act,
            String verification,
            String note,
            Source source,
            List<CriterionFinding> findings,
            int subjects,
            List<String> participantIds,
            List<String> projectIds) {
    }

    /**
     * One criterion's outcome. When a criterion has several requirement rows in force (all must
     * hold), the deciding row is shown and every row is listed in {@code parts}. {@code observed}
     * and {@code required} are in the API's units (shares as fractions); {@code observedDisplay}
     * and {@code requiredDisplay} say the same for people ("57,1 %", ">= 50 %", "yes").
     */
    @Serdeable
    public record CriterionFinding(
            String criterion,
            Text name,
            String status,
            boolean binding,
            Object observed,
            String required,
            Text observedDisplay,
            Text requiredDisplay,
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

    /**
     * One thing to do next (TodoList): ACTION (an unmet binding requirement, {@code text} its gap),
     * INPUT (missing data to fill in; {@code field} the first pointer, for the page to link to, and
     * {@code subjects} how many it concerns), MEASURE (what keeps a measure closed, for how many
     * {@code subjects}), STEP (on the way to the next level), ADVISORY (an unmet advisory requirement).
     */
    @Serdeable
    public record Todo(String kind, String criterion, String measure, Text name, Text text, String field, Integer subjects) {
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
