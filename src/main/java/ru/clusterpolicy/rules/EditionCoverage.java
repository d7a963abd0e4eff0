package ru.clusterpolicy.rules;

import ru.clusterpolicy.rules.facts.Requirement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which dates each criterion's rows cover, from its first row on: the spans no row
 * is in force (a gap: a binding criterion would silently drop out of the verdict on those dates)
 * and the spans two or more rows are (an overlap: several editions at once, as conditional rows
 * legitimately do). A criterion ended on purpose ends with a row whose operator is {@code ended}.
 */
public record EditionCoverage(List<Span> spans) {

    /** A span of days of one criterion and the rows in force on them (none: a gap). */
    public record Span(String criterion, boolean binding, LocalDate from, LocalDate to, List<Source> rows) {
        public boolean gap() {
            return rows.isEmpty();
        }

        public boolean overlap() {
            return rows.size() > 1;
        }

        /** Where a gap is reported: the row before it, or the first row after it. */
        public Source at() {
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    /** A gap of a binding criterion, with the row to report it at. */
    public record Gap(String criterion, LocalDate from, LocalDate to, Source at) {
    }

    /** Each criterion's days from its first row on: a criterion the law brought in later has no gap before it. */
    public static EditionCoverage of(Programme programme) {
        Map<String, List<Requirement>> byCriterion = new LinkedHashMap<>();
        programme.requirements().forEach(r -> byCriterion.computeIfAbsent(r.criterion(), c -> new ArrayList<>()).add(r));
        List<Span> spans = new ArrayList<>();
        byCriterion.forEach((criterion, rows) -> spans.addAll(spans(criterion, rows,
                rows.stream().map(Requirement::from).min(Comparator.naturalOrder()).orElseThrow())));
        return new EditionCoverage(List.copyOf(spans));
    }

    /** The criterion's days cut where any row starts or ends, each span with the rows in force on it. */
    private static List<Span> spans(String criterion, List<Requirement> rows, LocalDate start) {
        List<LocalDate> cuts = new ArrayList<>();
        cuts.add(start);
        for (Requirement row : rows) {
            cuts.add(row.from());
            if (row.to() != null) {
                cuts.add(row.to().plusDays(1));
            }
        }
        List<LocalDate> sorted = cuts.stream().filter(d -> !d.isBefore(start)).distinct().sorted().toList();
        boolean binding = rows.stream().anyMatch(Requirement::binding);
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            LocalDate from = sorted.get(i);
            LocalDate to = i + 1 < sorted.size() ? sorted.get(i + 1).minusDays(1) : null;
            List<Source> inForce = rows.stream().filter(r -> r.inForceAt(from)).map(Requirement::source).toList();
            Span span = new Span(criterion, binding, from, to, inForce);
            // adjacent spans with the same rows read as one
            if (!spans.isEmpty() && spans.get(spans.size() - 1).rows().equals(inForce)) {
                Span last = spans.remove(spans.size() - 1);
                span = new Span(criterion, binding, last.from(), to, inForce);
            }
            spans.add(span);
        }
        return spans;
    }

    /** The gaps of binding criteria, each at the row that ends before it (or, for a leading gap, the first row). */
    public List<Gap> gaps() {
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (!span.gap() || !span.binding()) {
                continue;
            }
            Source at = i > 0 && spans.get(i - 1).criterion().equals(span.criterion()) ? spans.get(i - 1).rows().get(0)
                    : spans.stream().skip(i + 1).filter(s -> s.criterion().equals(span.criterion()) && !s.gap())
                    .findFirst().map(s -> s.rows().get(0)).orElse(null);
            if (at != null) {
                gaps.add(new Gap(span.criterion(), span.from(), span.to(), at));
            }
        }
        return gaps;
    }
}
