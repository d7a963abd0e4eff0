package ru.clusterpolicy.evaluation;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.Participant;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.profile.RegionLookup;
import ru.clusterpolicy.rules.FactSet;
import ru.clusterpolicy.rules.PolicyCatalog;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.facts.Award;
import ru.clusterpolicy.rules.facts.Band;
import ru.clusterpolicy.rules.facts.Outcome;
import ru.clusterpolicy.rules.facts.Finding;
import ru.clusterpolicy.rules.facts.Subjects;
import ru.clusterpolicy.rules.facts.Metric;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Evaluates a profile against every programme of the rule set in service: a fresh session per
 * evaluation over the immutable KIE base, then the findings explained per programme.
 */
@Singleton
public class Evaluator {

    private static final int FIRINGS_PER_FACT = 50;
    private static final int FIRINGS_BASE = 5_000;

    private final RuleSetHolder ruleSets;
    private final Clock clock;
    private final ProfileReader reader;
    private final EvaluationMetrics timings;

    public Evaluator(RuleSetHolder ruleSets, Clock clock, ProfileReader reader) {
        this(ruleSets, clock, reader, EvaluationMetrics.NONE);
    }

    @Inject
    public Evaluator(RuleSetHolder ruleSets, Clock clock, ProfileReader reader, EvaluationMetrics timings) {
        this.ruleSets = ruleSets;
        this.clock = clock;
        this.reader = reader;
        this.timings = timings;
    }

    /** Reads a profile against the rule set in service: its region codes are those of its reference data. */
    public ClusterProfile read(byte[] json) {
        return reader.read(json, knownRegion());
    }

    /** Whether a region code is on the reference list of the rule set in service. */
    public Predicate<String> knownRegion() {
        ReferenceData reference = ruleSets.current().catalog().reference();
        return code -> reference.region(code).isPresent();
    }

    /** The reference data of a rule set served lately (the one that made a decision), else of the one in service. */
    public ReferenceData reference(String version) {
        return ruleSets.served(version).orElseGet(ruleSets::current).catalog().reference();
    }

    /** The regions of the rule set in service, by code or by name (a table's cells may give either). */
    public RegionLookup regions() {
        Map<String, List<String>> names = new java.util.LinkedHashMap<>();
        ruleSets.current().catalog().reference().regions().values()
                .forEach(r -> names.put(r.code(), List.of(r.name().ru(), r.name().en())));
        return new RegionLookup(names);
    }

    /** Reads a profile and evaluates it; the decision carries the SHA-256 of these bytes. */
    public Decision evaluate(byte[] json, boolean trace) {
        return evaluate(read(json), ProfileHash.of(json), trace);
    }

    /**
     * @param inputSha256 hash of the submitted body, recorded so the decision can be matched to its input later
     * @param trace       whether to list the rules that fired
     */
    public Decision evaluate(ClusterProfile profile, String inputSha256, boolean trace) {
        RuleSet ruleSet = ruleSets.current();
        PolicyCatalog catalog = ruleSet.catalog();
        LocalDate asOf = profile.asOf() != null ? profile.asOf() : LocalDate.now(clock);

        List<Finding> findings = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        List<Band> bands = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        List<Decision.FiredRule> fired = trace ? new ArrayList<>() : null;
        timings.timeRules(() -> fireRules(ruleSet, profile, asOf, fired, findings, metrics, awards, bands, outcomes));
        Placeholders placeholders = new Placeholders(catalog.reference(), metrics, parametersInForce(catalog, asOf), asOf,
                profile.participants().stream().map(p -> p.name() != null ? p.name() : p.id()).toList(),
                profile.projects() == null ? List.of()
                        : profile.projects().stream().map(p -> p.name() != null ? p.name() : p.id()).toList());
        ProgrammeExplainer explainer = new ProgrammeExplainer(catalog.reference(),
                new FindingText(catalog.reference(), placeholders, asOf, criterionNames(catalog)), placeholders, asOf, subjects(profile),
                regions(profile, catalog.reference(), asOf),
                new Session(findings, metrics, awards, bands, outcomes));
        List<Decision.ProgrammeDecision> programmes = catalog.programmes().stream()
                .map(programme -> timings.timeExplanation(programme.id(), () -> explainer.explain(programme, findings)))
                .map(decided -> decided.withTodo(TodoList.of(decided, placeholders)))
                .toList();
        return new Decision(EvaluationIds.next(), clock.instant(), asOf,
                new Decision.RuleSetRef(ruleSet.version(), ruleSet.loadedAt()), inputSha256, programmes, fired);
    }

    /** Runs the rules on a fresh session and collects what they concluded; returns the number of rules fired. */
    private int fireRules(RuleSet ruleSet, ClusterProfile profile, LocalDate asOf, List<Decision.FiredRule> fired,
                          List<Finding> findings, List<Metric> metrics, List<Award> awards, List<Band> bands,
                          List<Outcome> outcomes) {
        PolicyCatalog catalog = ruleSet.catalog();
        KieSession session = ruleSet.kieBase().newKieSession();
        try {
            session.setGlobal("catalog", catalog);
            if (fired != null) {
                session.addEventListener(new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        var rule = event.getMatch().getRule();
                        fired.add(new Decision.FiredRule(rule.getName(), catalog.sourceOf(rule.getPackageName(), rule.getName())));
                    }
                });
            }
            List<Object> facts = FactSet.of(profile, asOf, catalog.reference(), catalog.programmes());
            facts.forEach(session::insert);
            // a rule that keeps re-firing is a policy mistake: stop it rather than hold the thread
            int limit = FIRINGS_PER_FACT * facts.size() + FIRINGS_BASE;
            int firings = session.fireAllRules(limit);
            if (firings >= limit) {
                throw new IllegalStateException("the rules of rule set " + ruleSet.version() + " did not settle within "
                        + limit + " firings; a rule keeps re-firing (run with ?trace=true on a small profile to see which)");
            }
            for (Object fact : session.getObjects()) {
                if (fact instanceof Finding finding) {
                    findings.add(finding);
                } else if (fact instanceof Metric metric) {
                    metrics.add(metric);
                } else if (fact instanceof Award award) {
                    awards.add(award);
                } else if (fact instanceof Band band) {
                    bands.add(band);
                } else if (fact instanceof Outcome outcome) {
                    outcomes.add(outcome);
                }
            }
            return firings;
        } finally {
            session.dispose();
        }
    }

    /** Criterion ids are unique across the programmes: each is named by the programme that defines it. */
    private static Function<String, Text> criterionNames(PolicyCatalog catalog) {
        Map<String, Programme> byCriterion = new java.util.HashMap<>();
        for (Programme programme : catalog.programmes()) {
            programme.requirements().forEach(r -> byCriterion.putIfAbsent(r.criterion(), programme));
        }
        return criterion -> byCriterion.containsKey(criterion) ? byCriterion.get(criterion).criterionName(criterion)
                : Text.same(criterion);
    }

    private static List<ru.clusterpolicy.rules.facts.Parameter> parametersInForce(PolicyCatalog catalog, LocalDate asOf) {
        return catalog.programmes().stream().flatMap(p -> p.parameters().stream()).filter(p -> p.inForceAt(asOf)).toList();
    }

    /** Whom each scope of measure is judged for. */
    private static Map<Programme.Scope, List<String>> subjects(ClusterProfile profile) {
        Map<Programme.Scope, List<String>> subjects = new EnumMap<>(Programme.Scope.class);
        subjects.put(Programme.Scope.PARTICIPANT, profile.participants().stream().map(p -> Subjects.participant(p.id())).toList());
        subjects.put(Programme.Scope.PURCHASER, profile.participants().stream()
                .filter(p -> p.startBatchPurchases() != null && !p.startBatchPurchases().isEmpty())
                .map(p -> Subjects.participant(p.id())).toList());
        subjects.put(Programme.Scope.PROJECT, profile.projects() == null ? List.of()
                : profile.projects().stream().map(p -> Subjects.project(p.id())).toList());
        subjects.put(Programme.Scope.CLUSTER, java.util.Collections.singletonList(null));
        return subjects;
    }

    /** The participants' regions, most participants first, with names from the reference data. */
    private static List<Decision.RegionPresence> regions(ClusterProfile profile, ReferenceData reference, LocalDate asOf) {
        Map<String, Long> counts = profile.participants().stream().map(Participant::region)
                .filter(code -> code != null && reference.region(code).isPresent())
                .collect(Collectors.groupingBy(code -> code, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(entry -> {
                    ReferenceData.Region region = reference.region(entry.getKey()).orElseThrow();
                    return new Decision.RegionPresence(region.code(), region.name(), region.federalDistrict(),
                            reference.districts().get(region.federalDistrict()), entry.getValue().intValue(),
                            reference.ipserAt(region.code(), asOf).isPresent());
                })
                .toList();
    }
}
