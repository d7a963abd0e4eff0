package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.i18n.Value;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Block;
import ru.clusterpolicy.rules.facts.Condition;
import ru.clusterpolicy.rules.facts.Formula;
import ru.clusterpolicy.rules.facts.Indicator;
import ru.clusterpolicy.rules.facts.Metric;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.facts.Requirement;
import ru.clusterpolicy.rules.facts.Status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A scored programme's decision (maturity): the level the Levels table gives, the score by block
 * and indicator, the completeness of the data, and the shortest path to the next level: the unmet
 * conditions of its gate, then the indicators whose next band adds most, until its cut-off.
 */
final class LevelExplainer {
    private static final String LEVELS = "Levels";
    private static final String INSUFFICIENT_DATA = "INSUFFICIENT_DATA";
    /** The Programme rows naming the programme's score and completeness metrics. */
    private static final String SCORE_METRIC = "score_metric";
    private static final String COMPLETENESS_METRIC = "completeness_metric";

    private final ReferenceData reference;
    private final FindingText texts;
    private final Placeholders placeholders;
    private final Session session;

    LevelExplainer(ReferenceData reference, FindingText texts, Placeholders placeholders, Session session) {
        this.reference = reference;
        this.texts = texts;
        this.placeholders = placeholders;
        this.session = session;
    }

    /** An outcome row's text: its conditions' thresholds are {threshold:METRIC}, shown as that metric's values are. */
    Text outcomeText(Outcome outcome) {
        Map<String, Function<Language, Value>> thresholds = new HashMap<>();
        for (Condition condition : outcome.conditions()) {
            Metric metric = placeholders.metric(condition.metric());
            thresholds.put("threshold:" + condition.metric(), language -> metric == null
                    ? placeholders.formats().numberValue(condition.threshold(), language)
                    : placeholders.like(metric, condition.threshold(), language));
        }
        return outcome.text().render(placeholders.about(null, thresholds));
    }

    Decision.ProgrammeDecision explain(Programme programme, LocalDate edition, List<Decision.CriterionFinding> criteria,
                                       List<Text> caveats) {
        Optional<Outcome> winner = Outcomes.winner(session.outcomes(), programme.id(), LEVELS);
        Map<String, Band> fired = new HashMap<>();
        session.bands().stream().filter(b -> b.source().file().equals(programme.file())).forEach(b -> fired.put(b.indicator(), b));

        Map<String, Decision.IndicatorScore> indicators = new LinkedHashMap<>();
        for (Indicator indicator : programme.indicators()) {
            Optional<Metric> metric = session.metric(indicator.id());
            Band band = fired.get(indicator.id());
            List<String> missing = metric.filter(m -> !m.isKnown()).map(Metric::getMissing).orElse(null);
            indicators.put(indicator.id(), new Decision.IndicatorScore(indicator.id(), indicator.block(), indicator.name(),
                    metric.map(FindingText::observed).orElse(null),
                    metric.filter(Metric::isKnown).map(m -> Text.of(language -> placeholders.shown(m, language).text())).orElse(null),
                    band == null ? null : band.label(),
                    band == null ? BigDecimal.ZERO : band.points(), indicator.max(), indicator.reference(), missing,
                    band == null ? null : band.source()));
        }
        List<Decision.BlockScore> blocks = new ArrayList<>();
        for (Block block : programme.blocks()) {
            BigDecimal points = indicators.values().stream().filter(i -> i.block().equals(block.id()))
                    .map(Decision.IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            blocks.add(new Decision.BlockScore(block.id(), block.name(), Formula.plain(points), Formula.plain(block.max())));
        }
        BigDecimal score = Formula.plain(blocks.stream().map(Decision.BlockScore::score).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal maxScore = Formula.plain(programme.blocks().stream().map(Block::max).reduce(BigDecimal.ZERO, BigDecimal::add));
        List<String> missingInputs = programme.indicators().stream().filter(Indicator::countsForCompleteness)
                .map(i -> indicators.get(i.id()).missingInputs()).filter(m -> m != null).flatMap(List::stream).toList();
        BigDecimal share = session.metric(programme.keyMetrics().get(COMPLETENESS_METRIC)).map(Metric::getValue)
                .orElse(BigDecimal.ZERO);
        Decision.Completeness completeness = new Decision.Completeness(
                Formula.plain(share.setScale(4, java.math.RoundingMode.HALF_UP)), missingInputs.isEmpty() ? null : missingInputs);

        String level = winner.map(Outcome::outcome).orElse(null);
        Formats formats = placeholders.formats();
        Map<String, Function<Language, Value>> values = Map.of(
                "score", language -> formats.numberValue(score, language),
                "maxScore", language -> formats.numberValue(maxScore, language),
                "completeness", language -> formats.percentValue(share, language));
        Text summary = level == null ? placeholders.message("outcome_undetermined", Map.of())
                : programme.summaries().get(level).render(placeholders.about(null, values));
        Decision.DecidedBy decidedBy = winner.map(o -> new Decision.DecidedBy(o.outcome(), outcomeText(o), o.source()))
                .orElse(null);
        Decision.NextLevel next = winner.map(w -> nextLevel(programme, w, score, criteria, indicators, missingInputs)).orElse(null);
        return new Decision.ProgrammeDecision(programme.id(), programme.title(), edition, null, level, null,
                level == null ? null : programme.answers().get(level), score, maxScore,
                summary, caveats, decidedBy, completeness, blocks, List.copyOf(indicators.values()), next, criteria, null,
                null, null, null);
    }

    private Decision.NextLevel nextLevel(Programme programme, Outcome winner, BigDecimal score,
                                         List<Decision.CriterionFinding> criteria,
                                         Map<String, Decision.IndicatorScore> indicators, List<String> missingInputs) {
        if (winner.outcome().equals(INSUFFICIENT_DATA)) {
            List<Decision.Step> steps = missingInputs.stream().map(pointer -> new Decision.Step("DATA", null,
                    placeholders.message("unknown_inputs", Map.of("missing",
                            language -> placeholders.missing(List.of(pointer), language))), null)).toList();
            return new Decision.NextLevel(null, null, steps);
        }
        List<Outcome> rows = programme.outcomes().get(LEVELS).stream().sorted(Comparator.comparingInt(Outcome::getRow)).toList();
        Outcome target = null;
        for (Outcome row : rows) {
            if (row.getRow() >= winner.getRow()) {
                break;
            }
            if (!row.outcome().equals(INSUFFICIENT_DATA)) {
                target = row;
            }
        }
        if (target == null) {
            return null;
        }
        List<Decision.Step> steps = new ArrayList<>();
        BigDecimal gained = BigDecimal.ZERO;
        BigDecimal cutOff = null;
        for (Condition condition : target.conditions()) {
            if (condition.metric().equals(programme.keyMetrics().get(SCORE_METRIC))) {
                cutOff = condition.threshold();
                continue;
            }
            if (session.metric(condition.metric()).map(m -> condition.test(m) == Status.MET).orElse(false)) {
                continue;
            }
            String criterion = condition.metric().replace('_', '-');
            Optional<Decision.CriterionFinding> gate = criteria.stream().filter(c -> c.criterion().equals(criterion)).findFirst();
            for (Decision.CriterionFinding part : gate.map(g -> g.parts() != null ? g.parts() : List.of(g)).orElse(List.of())) {
                if (part.status().equals(Status.MET.name())) {
                    continue;
                }
                Requirement row = programme.requirements().stream().filter(r -> r.source().equals(part.source())).findFirst().orElseThrow();
                BigDecimal gain = gainAt(programme, row.getMetric(), row.condition().threshold(), indicators);
                gained = gained.add(gain);
                steps.add(new Decision.Step("GATE", row.getMetric(), part.gap() != null ? part.gap() : part.text(), gain));
            }
        }
        BigDecimal needed = cutOff == null ? BigDecimal.ZERO : cutOff.subtract(score).max(BigDecimal.ZERO);
        BigDecimal stillNeeded = needed.subtract(gained);
        List<String> inGate = steps.stream().map(Decision.Step::indicator).toList();
        List<Decision.Step> candidates = new ArrayList<>();
        for (Indicator indicator : programme.indicators()) {
            if (!inGate.contains(indicator.id())) {
                nextBand(programme, indicator, indicators.get(indicator.id())).ifPresent(candidates::add);
            }
        }
        candidates.sort(Comparator.comparing(Decision.Step::points).reversed());
        for (Decision.Step candidate : candidates) {
            if (stillNeeded.signum() <= 0) {
                break;
            }
            steps.add(candidate);
            stillNeeded = stillNeeded.subtract(candidate.points());
        }
        return new Decision.NextLevel(target.outcome(), needed, steps);
    }

    /** Points an indicator would gain at the given value (the band holding it, less its points now). */
    private static BigDecimal gainAt(Programme programme, String indicator, BigDecimal value,
                                     Map<String, Decision.IndicatorScore> indicators) {
        Decision.IndicatorScore now = indicators.get(indicator);
        if (now == null) {
            return BigDecimal.ZERO;
        }
        return bandsOf(programme, indicator).stream().filter(b -> contains(b, value)).findFirst()
                .map(b -> b.points().subtract(now.points()).max(BigDecimal.ZERO)).orElse(BigDecimal.ZERO);
    }

    /** The step to an indicator's next band: how much more of it, and the points that adds. */
    private Optional<Decision.Step> nextBand(Programme programme, Indicator indicator, Decision.IndicatorScore now) {
        Optional<Metric> metric = session.metric(indicator.id()).filter(Metric::isKnown);
        if (metric.isEmpty() || now.source() == null) {
            return Optional.empty();
        }
        List<Band> bands = bandsOf(programme, indicator.id());
        for (int i = 0; i + 1 < bands.size(); i++) {
            if (bands.get(i).source().equals(now.source())) {
                Band next = bands.get(i + 1);
                BigDecimal gap = next.lower().threshold().subtract(metric.get().getValue());
                BigDecimal shown = metric.get().getKind() == Metric.Kind.SHARE ? Formats.percentagePoints(gap) : gap;
                BigDecimal gain = next.points().subtract(now.points());
                Text improve = indicator.improve().render(placeholders.about(null,
                        Map.of("gap", language -> placeholders.formats().numberValue(shown, language))));
                return gain.signum() > 0 ? Optional.of(new Decision.Step("POINTS", indicator.id(), improve, gain)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<Band> bandsOf(Programme programme, String indicator) {
        return programme.bands().stream().filter(b -> b.indicator().equals(indicator))
                .sorted(Comparator.comparing((Band b) -> b.lower() == null ? null : b.lower().threshold(),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static boolean contains(Band band, BigDecimal value) {
        return (band.lower() == null || value.compareTo(band.lower().threshold()) >= 0)
                && (band.upper() == null || value.compareTo(band.upper().threshold()) < 0);
    }
}
