package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import ru.clusterpolicy.records.DecisionRecords;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import ru.clusterpolicy.evaluation.PolicyLifecycle;
import ru.clusterpolicy.rules.PolicyProblem;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import ru.clusterpolicy.rules.ReferenceData;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.i18n.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What rule set is serving, and what it says. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class RuleSetController {

    private final RuleSetHolder ruleSets;
    private final PolicyLifecycle lifecycle;
    private final String adminToken;
    private final DecisionRecords records;

    public RuleSetController(RuleSetHolder ruleSets, PolicyLifecycle lifecycle, DecisionRecords records,
                             @Value("${clusterpolicy.admin-token:}") String adminToken) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.lifecycle = lifecycle;
        this.adminToken = adminToken;
    }

    /**
     * The loaded rule set: version, where it comes from (packaged, the policy home, or the last
     * known good while the home's files fail: then {@code homeProblems} says why), files with their
     * hashes, and every criterion row. No path of the server's file system is shown.
     */
    @Serdeable
    public record RuleSetView(String version, Instant loadedAt, String origin, List<RuleSet.PolicyFile> files,
                              List<PolicyProblem> homeProblems, List<CriterionView> criteria, List<MeasureView> measures,
                              List<ParameterView> parameters, ReloadView lastReload) {
    }

    /** The outcome of a reload: whether it took, the version serving now, and what stopped it. */
    @Serdeable
    public record ReloadView(Instant at, boolean applied, String tried, String serving, List<PolicyProblem> problems) {
        static ReloadView of(RuleSetHolder.Reload reload, String serving) {
            return new ReloadView(reload.at(), reload.applied(), reload.version(), serving,
                    reload.problems().isEmpty() ? null : reload.problems());
        }
    }

    /** A support measure of a programme. */
    @Serdeable
    public record MeasureView(String id, String programme, String scope, String fixedStatus, String act,
                              String verification, Text title, Source source) {
    }

    /** A dated parameter a programme's amounts use. */
    @Serdeable
    public record ParameterView(String name, String programme, String value, LocalDate from, LocalDate to,
                                String legalRef, String verification, Source source) {
    }

    /** One requirement row of a programme's table. */
    @Serdeable
    public record CriterionView(String id, String programme, String metric, String requirement, String appliesWhen,
                                boolean binding, String legalRef, String verification, LocalDate from, LocalDate to,
                                String note, Source source) {
    }

    /**
     * Health: up, which rule-set version is serving and where it comes from; {@code warning} when
     * it is the last known good because the policy home's files fail their checks; {@code database}
     * UP or DOWN (while it is down, requests that record a decision get 503 and the rest serve on).
     */
    @Serdeable
    public record Health(String status, String ruleSetVersion, String ruleSetOrigin, String database, String warning) {
    }

    /** A region of the reference list, for pickers: code, name and federal district. */
    @Serdeable
    public record RegionView(String code, Text name, String federalDistrict, Text federalDistrictName) {
    }

    @Get("/api/v1/ruleset/regions")
    @Operation(summary = "The regions of the reference data in service (ISO 3166-2:RU codes with names)")
    public List<RegionView> regions() {
        ReferenceData reference = ruleSets.current().catalog().reference();
        return reference.regions().values().stream()
                .sorted(Comparator.comparing(ReferenceData.Region::code))
                .map(r -> new RegionView(r.code(), r.name(), r.federalDistrict(),
                        reference.districts().get(r.federalDistrict())))
                .toList();
    }

    @Get("/api/v1/ruleset")
    @Operation(summary = "The loaded rule set: version, files and the criteria it defines")
    public RuleSetView ruleSet() {
        RuleSetHolder.Serving serving = ruleSets.serving();
        RuleSet ruleSet = serving.ruleSet();
        return view(ruleSet, serving.origin().name(), serving.homeProblems(),
                ruleSets.lastReload().map(r -> ReloadView.of(r, ruleSet.version())).orElse(null));
    }

    /** A rule set's criteria, measures and parameters, row by row with their sources. */
    static RuleSetView view(RuleSet ruleSet, String origin, List<PolicyProblem> homeProblems, ReloadView lastReload) {
        List<CriterionView> criteria = ruleSet.catalog().programmes().stream()
                .flatMap(p -> p.requirements().stream())
                .map(r -> new CriterionView(r.criterion(), r.programme(), r.getMetric(), r.describe(),
                        r.appliesWhen(), r.binding(), r.legalRef(), r.verification(), r.from(), r.to(), r.note(), r.source()))
                .toList();
        List<MeasureView> measures = ruleSet.catalog().programmes().stream()
                .flatMap(p -> p.measures().stream().map(m -> new MeasureView(m.id(), p.id(), m.scope().name(),
                        m.fixedStatus(), m.act(), m.verification(), m.title(), m.source())))
                .toList();
        List<ParameterView> parameters = ruleSet.catalog().programmes().stream()
                .flatMap(p -> p.parameters().stream().map(x -> new ParameterView(x.name(), p.id(),
                        x.value() != null ? x.value().toPlainString() : x.date().toString(), x.from(), x.to(),
                        x.legalRef(), x.verification(), x.source())))
                .toList();
        return new RuleSetView(ruleSet.version(), ruleSet.loadedAt(), origin, ruleSet.files(),
                homeProblems.isEmpty() ? null : homeProblems, criteria, measures, parameters, lastReload);
    }

    /**
     * Reloads the rule set from the policy home: built off to the side, checked against the
     * examples, swapped in whole or not at all. Needs Authorization: Bearer with the token of
     * CLUSTERPOLICY_ADMIN_TOKEN or a user with the POLICY_ADMIN role; without either the endpoint is off.
     */
    @Post("/api/v1/ruleset/reload")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Reload the rule set (POLICY_ADMIN, or the admin token)")
    public HttpResponse<?> reload(HttpRequest<?> request, @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                  @Nullable Authentication user) {
        boolean admin = BearerToken.isPolicyAdmin(user);
        if (lifecycle.home().isEmpty() || (!admin && adminToken.isBlank())) {
            return problem(request, HttpStatus.NOT_FOUND, "reload.off");
        }
        if (!admin && !BearerToken.matches(authorization, adminToken)) {
            return problem(request, HttpStatus.UNAUTHORIZED, "reload.unauthorized").header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        RuleSetHolder.Reload reload = lifecycle.reload();
        ReloadView view = ReloadView.of(reload, ruleSets.current().version());
        return reload.applied() ? HttpResponse.ok(view) : HttpResponse.unprocessableEntity().body(view);
    }

    static MutableHttpResponse<Problem> problem(HttpRequest<?> request, HttpStatus status, String detail) {
        return ProblemHandlers.problem(request, status, detail, Map.of());
    }

    /**
     * UP once the rule set in service is loaded and warm (its examples evaluated): until then
     * 503 STARTING, so that a load balancer sends no request to a cold service.
     */
    @Get("/health")
    @Operation(summary = "Up (once warm), and the rule-set version serving")
    public HttpResponse<Health> health() {
        RuleSetHolder.Serving serving = ruleSets.serving();
        String warning = serving.origin() == RuleSetHolder.Origin.LAST_KNOWN_GOOD
                ? "the policy home's files fail their checks (" + serving.homeProblems().size()
                + " problems, see /api/v1/ruleset): serving the last known good rule set" : null;
        boolean warm = lifecycle.ready().isDone();
        Health health = new Health(warm ? "UP" : "STARTING", serving.ruleSet().version(), serving.origin().name(),
                records.available() ? "UP" : "DOWN", warning);
        return warm ? HttpResponse.ok(health) : HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(health);
    }
}
