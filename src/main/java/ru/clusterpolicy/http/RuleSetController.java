package ru.clusterpolicy.http;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.Source;
import ru.clusterpolicy.rules.Text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What rule set is serving, and what it says. */
@Controller
public class RuleSetController {

    private final RuleSetHolder ruleSets;

    public RuleSetController(RuleSetHolder ruleSets) {
        this.ruleSets = ruleSets;
    }

    /** The loaded rule set: version, files with their hashes, and every criterion row. */
    @Serdeable
    public record RuleSetView(String version, Instant loadedAt, String origin, List<RuleSet.PolicyFile> files,
                              List<CriterionView> criteria, List<MeasureView> measures, List<ParameterView> parameters) {
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

    /** Health: up, and which rule-set version is serving. */
    @Serdeable
    public record Health(String status, String ruleSetVersion) {
    }

    @Get("/api/v1/ruleset")
    @Operation(summary = "The loaded rule set: version, files and the criteria it defines")
    public RuleSetView ruleSet() {
        RuleSet ruleSet = ruleSets.current();
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
        return new RuleSetView(ruleSet.version(), ruleSet.loadedAt(), ruleSet.origin(), ruleSet.files(), criteria,
                measures, parameters);
    }

    @Get("/health")
    @Operation(summary = "Up, and the rule-set version serving")
    public Health health() {
        return new Health("UP", ruleSets.current().version());
    }
}
