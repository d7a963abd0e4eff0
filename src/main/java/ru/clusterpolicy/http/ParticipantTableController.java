package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import ru.clusterpolicy.profile.ParticipantTable;
import ru.clusterpolicy.profile.RegionLookup;
import ru.clusterpolicy.profile.ParticipantTemplates;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.evaluation.Evaluator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;

/**
 * The participants list as a spreadsheet: the templates to fill in, and the import that turns a
 * filled CSV or XLSX file into the participants of a profile (what the self-assessment page
 * uploads). Errors name the row, the column and the cell.
 */
@Controller("/api/v1/participants")
@Secured(SecurityRule.IS_ANONYMOUS)
public class ParticipantTableController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** What browsers send for a .csv file, depending on the system. */
    private static final String EXCEL_CSV = "application/vnd.ms-excel";
    /** An XLSX file is a zip archive. */
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final ParticipantTable table;
    private final BoundedBody bodies;
    private final Evaluator evaluator;
    private final ExecutorService workers;
    /** Tables read at once: reading a workbook is heavy, and evaluations must keep their latency. */
    private final Semaphore reading;

    public ParticipantTableController(ParticipantTable table, BoundedBody bodies, Evaluator evaluator,
                                      @Named(TaskExecutors.BLOCKING) ExecutorService workers,
                                      @Value("${clusterpolicy.import.concurrent:2}") int concurrent) {
        this.table = table;
        this.bodies = bodies;
        this.evaluator = evaluator;
        this.workers = workers;
        this.reading = new Semaphore(concurrent);
    }

    /** The participants read from a table: {"participants": [...]}, in the API's own JSON. */
    @Post(value = "/import", consumes = {"text/csv", XLSX, EXCEL_CSV, MediaType.APPLICATION_OCTET_STREAM,
            MediaType.TEXT_PLAIN}, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Read participants from a CSV or XLSX table in the template's columns",
            description = "The format is recognised from the content (an XLSX file is a zip archive), not the "
                    + "media type, since browsers label CSV files differently from system to system.",
            responses = {
                    @ApiResponse(responseCode = "200", description = "{\"participants\": [...]}"),
                    @ApiResponse(responseCode = "400", description = "Errors name the row, column and cell",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                    @ApiResponse(responseCode = "503", description = "Too many tables are being read at once",
                            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))})
    public CompletableFuture<HttpResponse<?>> importTable(HttpRequest<?> request) {
        return bodies.read(request).thenApplyAsync(body -> {
            if (!reading.tryAcquire()) {
                return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(Problem.MEDIA_TYPE)
                        .header("Retry-After", "5")
                        .body(Problem.of(503, HttpTexts.text(request, "status.503"), HttpTexts.text(request, "detail.503"),
                                request.getPath()));
            }
            try {
                RegionLookup regions = evaluator.regions();
                var participants = isZip(body) ? table.readXlsx(body, regions) : table.readCsv(body, regions);
                byte[] json = ProfileReader.strictMapper().writeValueAsBytes(Map.of("participants", participants));
                return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                reading.release();
            }
        }, workers);
    }

    @Get(value = "/template.csv", produces = "text/csv")
    @Operation(summary = "An empty participants table to fill in, CSV")
    public HttpResponse<byte[]> csvTemplate() {
        return attachment(ParticipantTemplates.csv(), "text/csv; charset=utf-8", "participants.csv");
    }

    @Get(value = "/template.xlsx", produces = XLSX)
    @Operation(summary = "An empty participants table to fill in, XLSX, with drop-downs and a guide to the columns")
    public HttpResponse<byte[]> xlsxTemplate() {
        return attachment(ParticipantTemplates.xlsx(), XLSX, "participants.xlsx");
    }

    private static HttpResponse<byte[]> attachment(byte[] content, String type, String fileName) {
        return HttpResponse.ok(content).contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }

    private static boolean isZip(byte[] body) {
        return body.length >= ZIP_MAGIC.length && Arrays.equals(body, 0, ZIP_MAGIC.length, ZIP_MAGIC, 0, ZIP_MAGIC.length);
    }
}
