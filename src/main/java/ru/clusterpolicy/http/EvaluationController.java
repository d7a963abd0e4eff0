package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.records.DecisionRecords;
import ru.clusterpolicy.records.Keeping;
import ru.clusterpolicy.printout.RecordPdf;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Evaluates submitted cluster profiles. */
@Controller("/api/v1/evaluations")
@Secured(SecurityRule.IS_ANONYMOUS)
public class EvaluationController {

    private final Evaluator evaluator;
    private final BoundedBody bodies;
    private final ExecutorService evaluations;
    private final ExecutorService blocking;
    private final DecisionRecords records;
    private final JsonMapper json;
    private final Keeping keeping;

    public EvaluationController(Evaluator evaluator, BoundedBody bodies, @Named("evaluation") ExecutorService evaluations,
                                @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
                                DecisionRecords records, JsonMapper json,
                                @Value("${clusterpolicy.records.store:receipt}") String keeping) {
        this.evaluator = evaluator;
        this.bodies = bodies;
        this.evaluations = evaluations;
        this.blocking = blocking;
        this.records = records;
        this.json = json;
        this.keeping = Keeping.of(keeping).orElseThrow(() -> new IllegalArgumentException(
                "clusterpolicy.records.store must be none, receipt or full, not '" + keeping + "'"));
    }

    /**
     * The body arrives without holding a thread, then is parsed strictly and evaluated on the
     * evaluation pool, so that every client error is a 400 naming the JSON pointer at fault and a
     * slow client holds nothing but its connection. The decision is recorded (its receipt, or with
     * {@code record=full} its exact input and answer too) and committed before it is answered.
     */
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a cluster profile against every programme",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClusterProfile.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The explained decisions",
                            content = @Content(schema = @Schema(implementation = Decision.class))),
                    @ApiResponse(responseCode = "400", description = "The profile is invalid; errors name JSON pointers",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "413", description = "The body is over the size limit",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "503", description = "The records' database is unavailable: the decision is not answered",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    public CompletableFuture<HttpResponse<byte[]>> evaluate(HttpRequest<?> request,
                                                @Parameter(description = "true adds the rules that fired")
                                                @QueryValue(defaultValue = "false") String trace,
                                                @Parameter(description = "grouped (default): a measure's reason repeated for many "
                                                        + "participants is given once in measureReasons; full: every line with its own")
                                                @QueryValue(defaultValue = "grouped") String detail,
                                                @Parameter(description = "what is kept: receipt (the default: id, time, hashes, "
                                                        + "rule-set version, verdicts), full (the input and the answer too) or none")
                                                @Nullable @QueryValue String record) {
        boolean traced = QueryFlags.bool("trace", trace);
        boolean full = QueryFlags.fullDetail(detail);
        Keeping kept = QueryFlags.keeping(record, keeping);
        // evaluated on the cores' pool, recorded on the blocking one: a commit waiting on the database holds no core
        return bodies.read(request).thenApplyAsync(body -> {
            Decision decision = evaluator.evaluate(body, traced);
            return new Answered(body, decision, write(full ? decision : decision.withMeasureReasons()));
        }, evaluations).thenApplyAsync(answered -> {
            records.record(answered.decision(), answered.body(), answered.answer(), detail, traced, kept);
            return HttpResponse.ok(answered.answer()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }, blocking);
    }

    /**
     * The printed record of a profile sent with the request: evaluated and recorded as an evaluation
     * is, then laid out as an A4 PDF in the request's language (Russian unless another is asked for).
     */
    @Post(value = "/record.pdf", consumes = MediaType.APPLICATION_JSON, produces = RecordController.PDF)
    @Operation(summary = "The printed record (A4 PDF) of a profile: header, outcomes, input, requirements, measures, signature block")
    public CompletableFuture<HttpResponse<byte[]>> record(HttpRequest<?> request, @Nullable @QueryValue String record) {
        Keeping kept = QueryFlags.keeping(record, keeping);
        ru.clusterpolicy.i18n.Language language = HttpTexts.documentLanguage(request);
        return bodies.read(request).thenApplyAsync(body -> {
            ClusterProfile profile = evaluator.read(body);
            Decision decision = evaluator.evaluate(profile, ru.clusterpolicy.evaluation.ProfileHash.of(body), false);
            records.record(decision, body, write(decision.withMeasureReasons()), "grouped", false, kept);
            byte[] pdf = RecordPdf.of(decision, profile, evaluator.reference(decision.ruleSet().version()), language);
            return HttpResponse.ok(pdf).contentType(RecordController.PDF)
                    .header("Content-Disposition", "inline; filename=\"record-" + decision.evaluationId() + ".pdf\"");
        }, evaluations);
    }

    /** A decision evaluated and written, waiting to be recorded. */
    private record Answered(byte[] body, Decision decision, byte[] answer) {
    }

    private byte[] write(Decision decision) {
        try {
            return json.writeValueAsBytes(decision);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
