package ru.clusterpolicy.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.records.DecisionRecords;
import ru.clusterpolicy.records.EvaluationRecord;
import ru.clusterpolicy.records.Replays;
import ru.clusterpolicy.printout.RecordPdf;

import java.util.Map;
import java.util.UUID;

/**
 * The decisions kept: the stored answer and its input (reviewers), a replay with the rule set that
 * made it, a recheck with the rule set in service, and the public receipt that checks a printout.
 */
@Controller("/api/v1/evaluations/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
public class RecordController {

    /** What anyone holding a printed record may check: nothing of the profile, only what identifies the decision. */
    @io.micronaut.serde.annotation.Serdeable
    public record Receipt(String evaluationId, java.time.Instant evaluatedAt, java.time.LocalDate asOf, String ruleSetVersion,
                          String inputSha256, String outputSha256, Object verdicts, String kept) {
    }

    static final String PDF = "application/pdf";

    private final DecisionRecords records;
    private final Replays replays;

    public RecordController(DecisionRecords records, Replays replays) {
        this.records = records;
        this.replays = replays;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Secured(Roles.REVIEWER)
    @Operation(summary = "The stored decision, byte for byte as it was answered (reviewers; its input at /input)")
    public HttpResponse<?> answer(HttpRequest<?> request, @PathVariable String id) {
        EvaluationRecord record = full(request, id);
        return HttpResponse.ok(record.output()).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("X-Input-Sha256", record.inputSha256());
    }

    @Get(value = "/input", produces = MediaType.APPLICATION_JSON)
    @Secured(Roles.REVIEWER)
    @Operation(summary = "The stored input of a decision, byte for byte as it was received (reviewers)")
    public HttpResponse<?> input(HttpRequest<?> request, @PathVariable String id) {
        return HttpResponse.ok(full(request, id).input()).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    @Post(value = "/replay", produces = MediaType.APPLICATION_JSON)
    @Secured(Roles.REVIEWER)
    @Operation(summary = "Evaluates the stored input again with the rule set that made the decision; identical must be true")
    public HttpResponse<?> replay(HttpRequest<?> request, @PathVariable String id) throws java.io.IOException {
        Replays.Replay replay = replays.replay(full(request, id));
        ObjectNode answer = DecisionJson.MAPPER.createObjectNode();
        answer.put("identical", replay.identical());
        answer.set("differences", DecisionJson.MAPPER.valueToTree(replay.differences()));
        answer.set("decision", DecisionJson.MAPPER.readTree(replay.answer()));
        return json(answer);
    }

    @Post(value = "/recheck", produces = MediaType.APPLICATION_JSON)
    @Secured(Roles.REVIEWER)
    @Operation(summary = "Evaluates the stored input with the rule set in service (on asOf, else the recorded date): "
            + "what changed, criterion by criterion and measure by measure, and the rows that changed it")
    public HttpResponse<?> recheck(HttpRequest<?> request, @PathVariable String id, @Nullable @QueryValue String asOf)
            throws JsonProcessingException {
        java.time.LocalDate date = QueryFlags.date("asOf", asOf);
        Replays.Recheck recheck = replays.recheck(full(request, id), date, HttpTexts.language(request));
        ObjectNode answer = DecisionJson.MAPPER.createObjectNode();
        answer.put("recordedRuleSet", recheck.recordedVersion());
        answer.put("currentRuleSet", recheck.currentVersion());
        answer.put("asOf", recheck.asOf().toString());
        answer.put("changed", !recheck.changes().isEmpty());
        answer.set("changes", DecisionJson.MAPPER.valueToTree(recheck.changes()));
        answer.set("decision", DecisionJson.MAPPER.valueToTree(recheck.decision()));
        return json(answer);
    }

    @Get(value = "/record.pdf", produces = PDF)
    @Secured(Roles.REVIEWER)
    @Operation(summary = "The printed record (A4 PDF) of a stored decision, reproduced with the rule set that made it (reviewers)")
    public HttpResponse<byte[]> printed(HttpRequest<?> request, @PathVariable String id) {
        EvaluationRecord record = full(request, id);
        Replays.Replay replay = replays.replay(record);
        byte[] pdf = RecordPdf.of(replay.decision(), replays.profile(record),
                replays.ruleSet(record.ruleSetVersion()).catalog().reference(), HttpTexts.documentLanguage(request));
        return HttpResponse.ok(pdf).contentType(PDF).header("Content-Disposition", "inline; filename=\"record-" + id + ".pdf\"");
    }

    @Get(value = "/receipt", produces = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The receipt of a decision (public): id, time, input and answer hashes, rule-set version, verdicts")
    public HttpResponse<?> receipt(HttpRequest<?> request, @PathVariable String id) throws JsonProcessingException {
        EvaluationRecord record = find(request, id);
        Receipt receipt = new Receipt(record.id().toString(), record.evaluatedAt(), record.asOf(), record.ruleSetVersion(),
                record.inputSha256(), record.outputSha256(), DecisionJson.MAPPER.readTree(record.verdicts()), record.kept());
        return json(DecisionJson.MAPPER.valueToTree(receipt));
    }

    private static HttpResponse<?> json(JsonNode answer) throws JsonProcessingException {
        return HttpResponse.ok(DecisionJson.MAPPER.writeValueAsBytes(answer)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private EvaluationRecord full(HttpRequest<?> request, String id) {
        EvaluationRecord record = find(request, id);
        if (!record.full()) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "record.receiptOnly", Map.of("id", id));
        }
        return record;
    }

    private EvaluationRecord find(HttpRequest<?> request, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "record.badId", Map.of("id", id));
        }
        if (!uuid.toString().equalsIgnoreCase(id)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "record.badId", Map.of("id", id));
        }
        return records.find(uuid).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "record.unknown", Map.of("id", id)));
    }
}
