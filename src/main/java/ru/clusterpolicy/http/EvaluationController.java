package ru.clusterpolicy.http;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.evaluation.ProfileHash;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.profile.ProfileRejectedException;
import ru.clusterpolicy.profile.Violation;

import java.io.InputStream;
import java.util.List;

/** Evaluates submitted cluster profiles. */
@Controller("/api/v1/evaluations")
public class EvaluationController {

    private final ProfileReader reader;
    private final Evaluator evaluator;
    private final BoundedBody bodies;

    public EvaluationController(ProfileReader reader, Evaluator evaluator, BoundedBody bodies) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.bodies = bodies;
    }

    /**
     * The body is read as bytes and parsed strictly here, so that every client error is a 400
     * naming the JSON pointer at fault.
     */
    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Evaluate a cluster profile against every programme",
            requestBody = @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ClusterProfile.class))),
            responses = {
                    @ApiResponse(responseCode = "200", description = "The explained decisions",
                            content = @Content(schema = @Schema(implementation = Decision.class))),
                    @ApiResponse(responseCode = "400", description = "The profile is invalid; errors name JSON pointers",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "413", description = "The body is over the size limit",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    public Decision evaluate(@Body InputStream stream,
                             @Parameter(description = "true adds the rules that fired") @QueryValue(defaultValue = "false") String trace) {
        boolean withTrace = switch (trace) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ProfileRejectedException("Invalid query parameter",
                    List.of(new Violation("", "query parameter trace must be true or false, not '" + trace + "'")));
        };
        byte[] body = bodies.read(stream);
        ClusterProfile profile = reader.read(body);
        return evaluator.evaluate(profile, ProfileHash.of(body), withTrace);
    }
}
