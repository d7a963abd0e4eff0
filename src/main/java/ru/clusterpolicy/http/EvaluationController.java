package ru.clusterpolicy.http;

import io.micronaut.http.HttpRequest;
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
import jakarta.inject.Named;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.profile.ClusterProfile;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/** Evaluates submitted cluster profiles. */
@Controller("/api/v1/evaluations")
public class EvaluationController {

    private final Evaluator evaluator;
    private final BoundedBody bodies;
    private final ExecutorService evaluations;

    public EvaluationController(Evaluator evaluator, BoundedBody bodies, @Named("evaluation") ExecutorService evaluations) {
        this.evaluator = evaluator;
        this.bodies = bodies;
        this.evaluations = evaluations;
    }

    /**
     * The body arrives without holding a thread, then is parsed strictly and evaluated on the
     * evaluation pool, so that every client error is a 400 naming the JSON pointer at fault and a
     * slow client holds nothing but its connection.
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
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    public CompletableFuture<Decision> evaluate(HttpRequest<?> request,
                                                @Parameter(description = "true adds the rules that fired")
                                                @QueryValue(defaultValue = "false") String trace) {
        return bodies.read(request).thenApplyAsync(body -> evaluator.evaluate(body, QueryFlags.bool("trace", trace)),
                evaluations);
    }
}
