package ru.clusterpolicy.printout;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.rules.ReferenceData;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The printed record as an A4 PDF: the record's XHTML laid out by openhtmltopdf in the DejaVu fonts shipped in the jar. */
public final class RecordPdf {
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String CSS = read("record.css");

    private RecordPdf() {
    }

    public static byte[] of(Decision decision, ClusterProfile profile, ReferenceData reference, Language language) {
        String xhtml = new RecordDocument(decision.withMeasureReasons(), profile, reference, language).xhtml(CSS);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        font(builder, "DejaVuSans.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.ITALIC);
        font(builder, "DejaVuSansMono.ttf", "DejaVu Sans Mono", 400, BaseRendererBuilder.FontStyle.NORMAL);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight, BaseRendererBuilder.FontStyle style) {
        builder.useFont(() -> RecordPdf.class.getResourceAsStream(FONTS + file), family, weight, style, true);
    }

    private static String read(String resource) {
        try (InputStream in = RecordPdf.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
