package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.clusterpolicy.evaluation.BatchEvaluation;
import ru.clusterpolicy.evaluation.Evaluator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * Batch evaluation: NDJSON profiles in, NDJSON answers out, one per line in input order. Both
 * sides stream: a worker reads the request line by line and writes each answer into a pipe the
 * response is sent from, so memory holds one line and the pipe's buffer whatever the batch's size.
 * At most a few batches run at once; another gets 503.
 */
@Controller("/api/v1/evaluations/batch")
public class BatchController {
    private static final Logger LOG = LoggerFactory.getLogger(BatchController.class);
    static final String NDJSON = "application/x-ndjson";
    private static final int PIPE_BUFFER = 64 * 1024;

    private final Evaluator evaluator;
    private final ExecutorService workers;
    private final int maxLineBytes;
    private final Semaphore running;

    public BatchController(Evaluator evaluator, @Named(TaskExecutors.BLOCKING) ExecutorService workers,
                           @Value("${clusterpolicy.batch.max-line-size:16MB}")
                           @ReadableBytes long maxLineBytes,
                           @Value("${clusterpolicy.batch.concurrent:2}") int concurrent) {
        this.evaluator = evaluator;
        this.workers = workers;
        this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 8, maxLineBytes);
        this.running = new Semaphore(concurrent);
    }

    @Post(consumes = NDJSON, produces = NDJSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Evaluate NDJSON profiles, streaming NDJSON answers back in input order; "
            + "a line that is invalid, too long or fails gets an error line with its line number, and the batch goes on")
    public HttpResponse<?> evaluate(HttpRequest<?> request, @Body InputStream profiles) throws IOException {
        if (!running.tryAcquire()) {
            profiles.close();
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problem.MEDIA_TYPE)
                    .header("Retry-After", "5")
                    .body(Problem.of(503, HttpTexts.text(request, "status.503"), HttpTexts.text(request, "detail.503"),
                            request.getPath()));
        }
        PipedInputStream answers = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream sink = new PipedOutputStream(answers);
        BatchEvaluation batch = new BatchEvaluation(evaluator, maxLineBytes, HttpTexts.language(request));
        try {
            workers.execute(() -> {
                try (InputStream in = profiles; Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8)) {
                    batch.run(in, out, bytes -> { });
                } catch (IOException | RuntimeException e) {
                    // the client went away, or its body broke off: nothing more can be answered
                    LOG.warn("Batch stopped: {}", e.getMessage());
                } finally {
                    running.release();
                }
            });
        } catch (RuntimeException e) {
            running.release();
            throw e;
        }
        return HttpResponse.ok(new StreamedFile(answers, MediaType.of(NDJSON)));
    }
}
