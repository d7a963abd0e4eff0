package ru.clusterpolicy.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.clusterpolicy.TestPolicies;
import ru.clusterpolicy.evaluation.DecisionJson;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed record, read back from the PDF with Apache PDFBox: within its page budget, with the
 * header, every programme's answer and caveat as the decision gives them, whole words only, and an
 * id whose receipt the service answers.
 */
@MicronautTest
class PrintedRecordTest {
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Inject
    EmbeddedServer server;

    record Printed(int pages, String text, JsonNode decision) {
        /** The text's words: a word split across lines ("коопера" / "ционных") is not among them whole. */
        Set<String> words() {
            return new HashSet<>(Arrays.asList(text.split("\\s+")));
        }
    }

    private Printed print(String example) throws Exception {
        byte[] profile = Files.readAllBytes(TestPolicies.HOME.resolve("examples/" + example + ".json"));
        HttpResponse<byte[]> pdf = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/evaluations/record.pdf"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(profile)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> json = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/evaluations"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(profile)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new Printed(document.getNumberOfPages(), new PDFTextStripper().getText(document),
                    DecisionJson.MAPPER.readTree(json.body()));
        }
    }

    private static void saysEveryWordWhole(Printed printed, String sentence) {
        Set<String> words = printed.words();
        for (String word : sentence.split("\\s+")) {
            assertTrue(words.contains(word), "'" + word + "' of «" + sentence + "» is not whole in the record:\n" + printed.text());
        }
    }

    @Test
    void aSmallClustersRecordFitsThreePagesWithItsHeaderAnswersAndCaveatsInWholeWords() throws Exception {
        Printed printed = print("small-cluster-fails-composition");
        assertTrue(printed.pages() <= 3, printed.pages() + " pages");
        assertTrue(printed.text().contains("стр. 1 из " + printed.pages()), "page numbers");
        JsonNode profile = DecisionJson.MAPPER.readTree(Files.readAllBytes(TestPolicies.HOME.resolve(
                "examples/small-cluster-fails-composition.json")));
        assertTrue(printed.text().contains(profile.get("specializedOrganization").get("inn").asText()), "the applicant's INN");
        assertTrue(printed.text().contains(printed.decision().get("inputSha256").asText()), "the input hash");
        for (JsonNode programme : printed.decision().get("programmes")) {
            saysEveryWordWhole(printed, programme.get("answer").get("ru").asText());
            if (programme.has("caveats")) {
                programme.get("caveats").forEach(caveat -> saysEveryWordWhole(printed, caveat.get("ru").asText()));
            }
        }
        Matcher id = UUID.matcher(printed.text());
        assertTrue(id.find());
        HttpResponse<String> receipt = CLIENT.send(HttpRequest.newBuilder(URI.create(server.getURL()
                + "/api/v1/evaluations/" + id.group() + "/receipt")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, receipt.statusCode(), "the printed id has a receipt");
    }

    @Test
    void theKamaClustersRecordFitsEightPagesWithEachMeasureReasonOnce() throws Exception {
        Printed printed = print("kama-innovative-cluster");
        assertTrue(printed.pages() <= 8, printed.pages() + " pages");
        String flat = printed.text().replaceAll("\\s+", " ");
        for (JsonNode programme : printed.decision().get("programmes")) {
            if (!programme.has("measureReasons")) {
                continue;
            }
            for (JsonNode reason : programme.get("measureReasons")) {
                int participants = reason.has("participantIds") ? reason.get("participantIds").size() : 0;
                if (participants > 1) {
                    assertTrue(flat.contains(participants + " участник"), participants + " participants, once:\n" + flat);
                }
            }
        }
    }
}
