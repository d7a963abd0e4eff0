package ru.clusterpolicy.http;

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
import ru.clusterpolicy.profile.ProfileReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;

/**
 * Batch evaluation: NDJSON profiles in, NDJSON decisions out, one per line in input order. Both
 * sides stream: a worker reads the request line by line and writes each decision into a pipe the
 * response is sent from, so memory holds one line and the pipe's buffer whatever the batch's size.
 */
@Controller("/api/v1/evaluations/batch")
public class BatchController {
    private static final Logger LOG = LoggerFactory.getLogger(BatchController.class);
    static final String NDJSON = "application/x-ndjson";
    private static final int PIPE_BUFFER = 64 * 1024;

    private final ProfileReader reader;
    private final Evaluator evaluator;
    private final ExecutorService workers;

    public BatchController(ProfileReader reader, Evaluator evaluator, @Named(TaskExecutors.BLOCKING) ExecutorService workers) {
        this.reader = reader;
        this.evaluator = evaluator;
        this.workers = workers;
    }

    @Post(consumes = NDJSON, produces = NDJSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Evaluate NDJSON profiles, streaming NDJSON decisions back in input order; "
            + "an invalid line gets an error line with its line number")
    public StreamedFile evaluate(@Body InputStream profiles) throws IOException {
        PipedInputStream decisions = new PipedInputStream(PIPE_BUFFER);
        PipedOutputStream sink = new PipedOutputStream(decisions);
        workers.execute(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(profiles, StandardCharsets.UTF_8));
                 Writer out = new OutputStreamWriter(sink, StandardCharsets.UTF_8)) {
                new BatchEvaluation(reader, evaluator).run(in, out, bytes -> { });
            } catch (IOException | RuntimeException e) {
                LOG.warn("Batch stopped: {}", e.getMessage());
            }
        });
        return new StreamedFile(decisions, MediaType.of(NDJSON));
    }
}
