package ru.clusterpolicy.rules.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A measured property of the cluster that requirements are compared with, computed by the DRL
 * from the profile. A metric is known, unknown (inputs missing, listed as JSON pointers), or for
 * counts a range: some inputs undetermined, so the value lies between {@code value} and {@code upper}.
 * Its details are the items a finding lists (participants, regions, purchases).
 */
public final class Metric {

    /** COUNT: whole number; SHARE: fraction 0..1; FLAG: 1 yes / 0 no; DATE; AMOUNT: roubles; YEAR; NUMBER: any other quantity. */
    public enum Kind { COUNT, SHARE, FLAG, DATE, AMOUNT, YEAR, NUMBER }

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    private final String name;
    private final Kind kind;
    private final BigDecimal value;
    private final BigDecimal upper;
    private final LocalDate date;
    private final List<Detail> details;
    private final List<String> missing;
    private final String subject;

    private Metric(String name, Kind kind, BigDecimal value, BigDecimal upper, LocalDate date,
                   List<Detail> details, List<String> missing) {
        this(name, kind, value, upper, date, details, missing, null);
    }

    private Metric(String name, Kind kind, BigDecimal value, BigDecimal upper, LocalDate date,
                   List<Detail> details, List<String> missing, String subject) {
        this.subject = subject;
        this.name = Objects.requireNonNull(name);
        this.kind = kind;
        this.value = value;
        this.upper = upper;
        this.date = date;
        this.details = List.copyOf(details);
        this.missing = List.copyOf(missing);
    }

    /**
     * How many participants match; those undetermined (a field missing) could match too.
     *
     * @param details the participants to name in the explanation
     */
    public static Metric count(String name, Collection<?> matching, Collection<Participant> undetermined,
                               String missingField, Collection<?> details) {
        List<String> missing = undetermined.stream().map(p -> p.getPointer() + "/" + missingField).toList();
        return new Metric(name, Kind.COUNT, BigDecimal.valueOf(matching.size()),
                BigDecimal.valueOf(matching.size() + (long) undetermined.size()), null, labels(details), missing);
    }

    /** A count known only to lie between zero and the number of candidates, because an input is absent. */
    public static Metric atMost(String name, Collection<?> candidates, String missingPointer) {
        return new Metric(name, Kind.COUNT, BigDecimal.ZERO, BigDecimal.valueOf(candidates.size()), null,
                labels(candidates), List.of(missingPointer));
    }

    /** Share of the whole that is the part, as a fraction; details name the part. */
    public static Metric share(String name, Collection<?> part, Collection<?> whole, Collection<?> details) {
        if (whole.isEmpty()) {
            return unknown(name, Kind.SHARE, List.of());
        }
        BigDecimal share = BigDecimal.valueOf(part.size()).divide(BigDecimal.valueOf(whole.size()), PRECISION);
        return new Metric(name, Kind.SHARE, share, share, null, labels(details), List.of());
    }

    /**
     * Σ numerator / Σ denominator over the base participants. Unknown when a base participant
     * lacks either figure, when any participant's membership of the base is undetermined, or when
     * the denominator sums to zero.
     */
    public static Metric ratio(String name, Collection<Participant> base, Collection<Participant> undetermined,
                               String undeterminedField,
                               Function<Participant, BigDecimal> numerator, String numeratorField,
                               Function<Participant, BigDecimal> denominator, String denominatorField) {
        List<String> missing = new ArrayList<>();
        undetermined.forEach(p -> missing.add(p.getPointer() + "/" + undeterminedField));
        BigDecimal top = BigDecimal.ZERO;
        BigDecimal bottom = BigDecimal.ZERO;
        for (Participant p : base) {
            BigDecimal n = numerator.apply(p);
            BigDecimal d = denominator.apply(p);
            if (n == null) {
                missing.add(p.getPointer() + "/" + numeratorField);
            }
            if (d == null) {
                missing.add(p.getPointer() + "/" + denominatorField);
            }
            if (n != null && d != null) {
                top = top.add(n);
                bottom = bottom.add(d);
            }
        }
        if (!missing.isEmpty() || bottom.signum() == 0) {
            return unknown(name, Kind.SHARE, missing.isEmpty() ? List.of("/participants") : missing);
        }
        BigDecimal ratio = top.divide(bottom, PRECISION);
        return new Metric(name, Kind.SHARE, ratio, ratio, null, labels(base), List.of());
    }

    /** A yes/no property; unknown when the input is absent. */
    public static Metric flag(String name, Boolean flag, String pointer) {
        if (flag == null) {
            return unknown(name, Kind.FLAG, pointers(pointer));
        }
        BigDecimal value = flag ? BigDecimal.ONE : BigDecimal.ZERO;
        return new Metric(name, Kind.FLAG, value, value, null, List.of(), List.of());
    }

    /** Whether a value is among the given ones; undetermined when it is absent, or when it is not
     * among them but some of the candidates are unknown. When it is not, the details name the ones it is not among. */
    public static Metric membership(String name, Object value, String pointer, Collection<?> among, Collection<?> details,
                                    Collection<Participant> undetermined, String undeterminedField) {
        if (value == null) {
            return unknown(name, Kind.FLAG, pointers(pointer));
        }
        if (among.contains(value)) {
            return flag(name, true, pointer);
        }
        if (!undetermined.isEmpty()) {
            return unknown(name, Kind.FLAG, undetermined.stream().map(p -> p.getPointer() + "/" + undeterminedField).toList());
        }
        return new Metric(name, Kind.FLAG, BigDecimal.ZERO, BigDecimal.ZERO, null, labels(details), List.of());
    }

    public static Metric date(String name, LocalDate date, String pointer) {
        if (date == null) {
            return unknown(name, Kind.DATE, pointers(pointer));
        }
        return new Metric(name, Kind.DATE, null, null, date, List.of(), List.of());
    }

    /** A sum of money in roubles; unknown when absent. */
    public static Metric amount(String name, BigDecimal roubles, String pointer) {
        return quantity(name, Kind.AMOUNT, roubles, pointer);
    }

    /** A fraction 0..1 computed elsewhere; unknown when absent. */
    public static Metric fraction(String name, BigDecimal share, String pointer) {
        return quantity(name, Kind.SHARE, share, pointer);
    }

    /** A calendar year (shown without digit groups); unknown when absent. */
    public static Metric year(String name, Integer year, String pointer) {
        return quantity(name, Kind.YEAR, year == null ? null : BigDecimal.valueOf(year), pointer);
    }

    /** Any other quantity (days, percent points); unknown when absent. */
    public static Metric number(String name, BigDecimal value, String pointer) {
        return quantity(name, Kind.NUMBER, value, pointer);
    }

    private static Metric quantity(String name, Kind kind, BigDecimal value, String pointer) {
        return value == null ? unknown(name, kind, pointers(pointer))
                : new Metric(name, kind, value, value, null, List.of(), List.of());
    }

    /** A sum whose parts are listed in the details (e.g. every purchase, counted or not and why), in their order. */
    public static Metric sum(String name, BigDecimal total, List<Detail> parts, List<String> missing) {
        return missing.isEmpty() ? new Metric(name, Kind.AMOUNT, total, total, null, parts, List.of())
                : new Metric(name, Kind.AMOUNT, null, null, null, parts, missing);
    }

    /** Yes when every status is MET or not applicable; no when any is NOT_MET; otherwise unknown. */
    public static Metric allMet(String name, Collection<Status> statuses, String pointer) {
        if (statuses.contains(Status.NOT_MET)) {
            return flag(name, false, pointer);
        }
        return statuses.contains(Status.UNKNOWN) ? unknown(name, Kind.FLAG, pointers(pointer)) : flag(name, true, pointer);
    }

    /** Three-valued OR of flags: yes when any is yes, no when all are no, otherwise unknown. */
    public static Metric anyOf(String name, Metric... flags) {
        List<String> missing = new ArrayList<>();
        boolean unknown = false;
        for (Metric flag : flags) {
            if (flag.isKnown() && flag.value.signum() > 0) {
                return flag(name, true, null);
            }
            if (!flag.isKnown()) {
                unknown = true;
                missing.addAll(flag.missing);
            }
        }
        return unknown ? unknown(name, Kind.FLAG, missing) : flag(name, false, null);
    }

    /** The same metric, listing what it is about (the weakest block, say). */
    public Metric listing(Detail... items) {
        return new Metric(name, kind, value, upper, date, List.of(items), missing, subject);
    }

    /** The same metric, about one participant or project rather than the whole cluster. */
    public Metric about(String subject) {
        return new Metric(name, kind, value, upper, date, details, missing, subject);
    }

    private static Metric unknown(String name, Kind kind, List<String> missing) {
        return new Metric(name, kind, null, null, null, List.of(), missing);
    }

    /** The input to name as missing; none for a metric derived from other findings. */
    private static List<String> pointers(String pointer) {
        return pointer == null ? List.of() : List.of(pointer);
    }

    private static List<Detail> labels(Collection<?> items) {
        return items.stream().map(Detail::of).sorted(java.util.Comparator.comparing(Detail::sortKey)).toList();
    }

    public String getName() {
        return name;
    }

    /** Whom the metric is about: "participant:ID" or "project:ID"; null for the whole cluster. */
    public String getSubject() {
        return subject;
    }

    public Kind getKind() {
        return kind;
    }

    /** The value, or for a range its lower end; null when unknown. */
    public BigDecimal getValue() {
        return value;
    }

    public BigDecimal getUpper() {
        return upper;
    }

    public LocalDate getDate() {
        return date;
    }

    public List<Detail> getDetails() {
        return details;
    }

    /** JSON pointers of the inputs whose absence leaves this metric undetermined. */
    public List<String> getMissing() {
        return missing;
    }

    public boolean isKnown() {
        return kind == Kind.DATE ? date != null : value != null;
    }

    /** Some inputs are missing, but not so many that the metric is unknown altogether. */
    public boolean isRange() {
        return value != null && upper != null && upper.compareTo(value) != 0;
    }

    /** For the "applies when" column of the tables: e.g. {@code holds("SPECIAL_TERRITORY_SHARE >= 0.30")}. */
    public boolean holds(String condition) {
        // cheap test first: the rules ask every metric about every condition
        if (!condition.startsWith(name) || condition.length() <= name.length() || condition.charAt(name.length()) != ' ') {
            return false;
        }
        Condition parsed = Condition.parse(condition);
        return parsed.test(this) == Status.MET;
    }

    @Override
    public String toString() {
        return name + (subject == null ? "" : "[" + subject + "]") + "=" + (kind == Kind.DATE ? date : value)
                + (isRange() ? ".." + upper : "");
    }
}
