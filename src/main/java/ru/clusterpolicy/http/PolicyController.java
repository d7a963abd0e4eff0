package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.rules.EditionCoverage;
import ru.clusterpolicy.rules.PolicyProblem;
import ru.clusterpolicy.rules.Programme;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.rules.facts.Requirement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy authors' view of the service (the policy page): the rule set in service and where it
 * comes from, the last reload and what stopped it, and every criterion with its editions, legal
 * references, verification and the dates its rows cover. Behind the admin token.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class PolicyController {

    private final RuleSetHolder ruleSets;
    private final String adminToken;

    public PolicyController(RuleSetHolder ruleSets, @Value("${clusterpolicy.admin-token:}") String adminToken) {
        this.ruleSets = ruleSets;
        this.adminToken = adminToken;
    }

    /** One row of a criterion: the edition it belongs to, what it requires, and on what basis. */
    @Serdeable
    public record RowView(LocalDate from, LocalDate to, String appliesWhen, String requirement, boolean binding,
                          String legalRef, String verification, Source source) {
    }

    /** A span of days of a criterion and the rows (by sheet row) in force on it: none is a gap. */
    @Serdeable
    public record SpanView(LocalDate from, LocalDate to, List<Integer> rows) {
    }

    @Serdeable
    public record CriterionView(String criterion, Text name, List<RowView> rows, List<SpanView> coverage) {
    }

    @Serdeable
    public record ProgrammeView(String programme, Text title, String file, LocalDate editionsChecked,
                                List<CriterionView> criteria) {
    }

    @Serdeable
    public record PolicyView(String version, Instant loadedAt, String origin, List<RuleSet.PolicyFile> files,
                             List<PolicyProblem> homeProblems, RuleSetController.ReloadView lastReload,
                             List<ProgrammeView> programmes) {
    }

    @Get("/api/v1/policy")
    @Operation(summary = "The policy authors' view: the rule set, the last reload, every criterion's editions (POLICY_ADMIN, or the admin token)")
    public HttpResponse<?> policy(HttpRequest<?> request, @Nullable @Header(HttpHeaders.AUTHORIZATION) String authorization,
                                  @Nullable Authentication user) {
        boolean admin = BearerToken.isPolicyAdmin(user);
        if (!admin && adminToken.isBlank()) {
            return RuleSetController.problem(request, HttpStatus.NOT_FOUND, "policy.off");
        }
        if (!admin && !BearerToken.matches(authorization, adminToken)) {
            return RuleSetController.problem(request, HttpStatus.UNAUTHORIZED, "reload.unauthorized")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        RuleSetHolder.Serving serving = ruleSets.serving();
        RuleSet ruleSet = serving.ruleSet();
        List<ProgrammeView> programmes = ruleSet.catalog().programmes().stream().map(PolicyController::programme).toList();
        return HttpResponse.ok(new PolicyView(ruleSet.version(), ruleSet.loadedAt(), serving.origin().name(), ruleSet.files(),
                serving.homeProblems().isEmpty() ? null : serving.homeProblems(),
                ruleSets.lastReload().map(r -> RuleSetController.ReloadView.of(r, ruleSet.version())).orElse(null),
                programmes));
    }

    private static ProgrammeView programme(Programme programme) {
        Map<String, List<Requirement>> byCriterion = new LinkedHashMap<>();
        programme.requirements().forEach(r -> byCriterion.computeIfAbsent(r.criterion(), c -> new ArrayList<>()).add(r));
        Map<String, List<SpanView>> coverage = new LinkedHashMap<>();
        EditionCoverage.of(programme).spans().forEach(span -> coverage.computeIfAbsent(span.criterion(), c -> new ArrayList<>())
                .add(new SpanView(span.from(), span.to(), span.rows().stream().map(Source::row).toList())));
        List<CriterionView> criteria = new ArrayList<>();
        byCriterion.forEach((criterion, rows) -> criteria.add(new CriterionView(criterion, programme.criterionName(criterion),
                rows.stream().map(r -> new RowView(r.from(), r.to(), r.appliesWhen(), r.describe(), r.binding(), r.legalRef(),
                        r.verification(), r.source())).toList(), coverage.getOrDefault(criterion, List.of()))));
        return new ProgrammeView(programme.id(), programme.title(), programme.file(), programme.editionsChecked(), criteria);
    }
}
