package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.evaluation.BatchEvaluation;
import ru.clusterpolicy.evaluation.EvaluationMetrics;
import ru.clusterpolicy.evaluation.Evaluator;

import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Batch evaluation: NDJSON profiles in, NDJSON answers out, one per line in input order. Both
 * sides stream: each answer is computed when the client's connection can take it, so memory holds
 * one line whatever the batch's size, and a client that stops reading stops the work.
 * At most a few batches run at once; another gets 503.
 */
@Controller("/api/v1/evaluations/batch")
@Secured(SecurityRule.IS_ANONYMOUS)
public class BatchController {
    private static final Logger LOG = LoggerFactory.getLogger(BatchController.class);
    static final String NDJSON = "application/x-ndjson";

    private final Evaluator evaluator;
    private final ExecutorService workers;
    private final ExecutorService evaluations;
    private final int maxLineBytes;
    private final long maxRequestBytes;
    private final Semaphore running;
    private final EvaluationMetrics metrics;

    public BatchController(Evaluator evaluator, @Named(TaskExecutors.BLOCKING) ExecutorService workers,
                           @Named("evaluation") ExecutorService evaluations,
                           @Value("${clusterpolicy.batch.max-line-size:16MB}")
                           @ReadableBytes long maxLineBytes,
                           @Value("${clusterpolicy.batch.concurrent:2}") int concurrent,
                           HttpServerConfiguration server, EvaluationMetrics metrics) {
        this.evaluator = evaluator;
        this.metrics = metrics;
        this.maxRequestBytes = server.getMaxRequestSize();
        this.workers = workers;
        this.evaluations = evaluations;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes);
        this.running = new Semaphore(concurrent);
    }

    @Post(consumes = NDJSON, produces = NDJSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Evaluate NDJSON profiles, streaming NDJSON answers back in input order; "
            + "a line that is invalid, too long or fails gets an error line with its line number, and the batch goes on")
    public HttpResponse<?> evaluate(HttpRequest<?> request, @Body InputStream profiles,
                                    @QueryValue(defaultValue = "grouped") String detail) throws IOException {
        boolean full;
        try {
            full = QueryFlags.fullDetail(detail);
        } catch (RuntimeException e) {
            profiles.close();
            throw e;
        }
        if (request.getContentLength() > maxRequestBytes) {
            profiles.close();
            throw new PayloadTooLargeException(maxRequestBytes);
        }
        if (!running.tryAcquire()) {
            profiles.close();
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", "5")
                    .body(Problem.of(503, HttpTexts.text(request, "status.503"), HttpTexts.text(request, "detail.503"),
                            request.getPath()));
        }
        // lines are evaluated on the evaluation pool, as many ahead as it has threads and as many again queued
        int ahead = 2 * Runtime.getRuntime().availableProcessors();
        BatchEvaluation.Run run = new BatchEvaluation(evaluator, maxLineBytes, HttpTexts.language(request), full,
                evaluations, ahead).start(profiles);
        // pulled as the client reads: a line is evaluated on a worker when the connection can take its answer
        Flux<byte[]> answers = Flux.<byte[]>generate(sink -> {
                    try {
                        String answer = run.next();
                        if (answer == null) {
                            sink.complete();
                        } else {
                            sink.next((answer + "\n").getBytes(StandardCharsets.UTF_8));
                        }
                    } catch (IOException e) {
                        sink.error(e);
                    }
                })
                .subscribeOn(Schedulers.fromExecutorService(workers))
                .doFinally(signal -> {
                    metrics.batchEnded(run.summary());
                    try {
                        run.close();
                    } catch (IOException e) {
                        LOG.debug("Closing a batch's input: {}", e.getMessage());
                    } finally {
                        running.release();
                    }
                });
        return HttpResponse.ok(answers).contentType(MediaType.of(NDJSON));
    }
}
