package ru.clusterpolicy.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.Impact;
import ru.clusterpolicy.records.Replays;
import ru.clusterpolicy.records.RuleSetArchive;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetDiff;

import java.util.List;
import java.util.Map;

/** Every rule-set version that ever served: the list, one version's criteria, its exact files, and the diff of two. */
@Controller("/api/v1/rulesets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.REVIEWER, Roles.POLICY_ADMIN})
public class RuleSetArchiveController {

    private final RuleSetArchive archive;
    private final Replays replays;

    public RuleSetArchiveController(RuleSetArchive archive, Replays replays) {
        this.archive = archive;
        this.replays = replays;
    }

    @Get
    @Operation(summary = "Every archived rule-set version: first served, last answered, origin, files with their hashes")
    public List<RuleSetArchive.Version> list() {
        return archive.list();
    }

    @Get("/{version}")
    @Operation(summary = "An archived version's criteria, measures and parameters, row by row")
    public RuleSetController.RuleSetView version(@PathVariable String version) {
        RuleSetArchive.Version archived = known(version);
        return RuleSetController.view(replays.ruleSet(version), archived.origin(), List.of(), null);
    }

    @Get(value = "/{version}/files/{folder}/{name}", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "One file of an archived version, byte for byte (folder: rules or decision-tables)")
    public HttpResponse<byte[]> file(@PathVariable String version, @PathVariable String folder, @PathVariable String name) {
        known(version);
        String path = folder + "/" + name;
        byte[] content = archive.file(version, path).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND,
                "ruleset.noFile", Map.of("version", version, "path", path)));
        return HttpResponse.ok(content).contentType(path.endsWith(".drl") ? MediaType.TEXT_PLAIN_TYPE : MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }

    @Get(value = "/{from}/diff/{to}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The rows added, removed and changed between two versions, cell by cell")
    public HttpResponse<byte[]> diff(HttpRequest<?> request, @PathVariable String from, @PathVariable String to)
            throws JsonProcessingException {
        known(from);
        known(to);
        RuleSet before = replays.ruleSet(from);
        RuleSet after = replays.ruleSet(to);
        List<RuleSetDiff.Change> changes = RuleSetDiff.between(before.source(), after.source());
        Impact describer = new Impact(changes, HttpTexts.language(request));
        ObjectNode answer = DecisionJson.MAPPER.createObjectNode().put("from", from).put("to", to);
        ArrayNode list = answer.putArray("changes");
        for (RuleSetDiff.Change change : changes) {
            ObjectNode row = DecisionJson.MAPPER.valueToTree(change);
            row.put("text", describer.describe(change));
            list.add(row);
        }
        return HttpResponse.ok(DecisionJson.MAPPER.writeValueAsBytes(answer)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private RuleSetArchive.Version known(String version) {
        return archive.find(version).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "ruleset.unknown",
                Map.of("version", version)));
    }
}
