package ru.clusterpolicy.printout;

import org.apache.commons.text.StringEscapeUtils;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Dates;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.Participant;
import ru.clusterpolicy.rules.ReferenceData;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A decision as the XHTML of its printed record: the header that identifies it and says how to
 * check it, a summary of each programme's outcome and of the input, each programme's requirements
 * as a table, its measures grouped by reason, and a signature block. Every word comes from the
 * decision (the workbooks' texts) or from record.properties; the layout is record.css.
 */
public final class RecordDocument {
    private static final Catalogue WORDS = new Catalogue(RecordDocument.class, "record");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private final Decision decision;
    private final ClusterProfile profile;
    private final ReferenceData reference;
    private final Language language;
    private final Map<String, String> participantNames = new HashMap<>();
    private final StringBuilder html = new StringBuilder();

    /** @param decision the decision with its measures' reasons grouped (as the default answer gives it) */
    public RecordDocument(Decision decision, ClusterProfile profile, ReferenceData reference, Language language) {
        this.decision = decision;
        this.profile = profile;
        this.reference = reference;
        this.language = language;
        profile.participants().forEach(p -> participantNames.put(p.id(), p.name() != null ? p.name() : p.id()));
    }

    public String xhtml(String css) {
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(language.code()).append("\"><head><meta charset=\"UTF-8\"/><title>").append(escape(say("title")))
                .append("</title><style>").append(css.replace("PAGE_BEFORE", cssString(say("page.before")))
                        .replace("PAGE_BETWEEN", cssString(say("page.between")))).append("</style></head><body>");
        header();
        summary();
        input();
        for (Decision.ProgrammeDecision programme : decision.programmes()) {
            programme(programme);
        }
        signature();
        html.append("</body></html>");
        return html.toString();
    }

    private void header() {
        html.append("<h1>").append(escape(say("title"))).append("</h1><p class=\"subtitle\">").append(escape(say("subtitle")))
                .append("</p><table class=\"meta\">");
        if (profile.cluster() != null && profile.cluster().name() != null) {
            meta(say("cluster"), profile.cluster().name());
        }
        if (profile.specializedOrganization() != null && profile.specializedOrganization().name() != null) {
            String inn = profile.specializedOrganization().inn();
            meta(say("applicant"), inn == null ? profile.specializedOrganization().name()
                    : say("applicantInn", "name", profile.specializedOrganization().name(), "inn", inn));
        }
        meta(say("evaluationId"), decision.evaluationId());
        meta(say("evaluatedAt"), Dates.day(decision.evaluatedAt().atZone(MOSCOW).toLocalDate(), language) + " "
                + DateTimeFormatter.ofPattern("HH:mm").format(decision.evaluatedAt().atZone(MOSCOW)) + " MSK");
        meta(say("asOf"), Dates.day(decision.asOf(), language));
        meta(say("ruleSet"), decision.ruleSet().version());
        html.append("<tr><th>").append(escape(say("inputHash"))).append("</th><td class=\"hash\">")
                .append(escape(decision.inputSha256())).append("</td></tr></table>");
        html.append("<p class=\"check\">").append(escape(say("check", "id", decision.evaluationId()))).append("</p>");
    }

    private void meta(String label, String value) {
        html.append("<tr><th>").append(escape(label)).append("</th><td>").append(escape(value)).append("</td></tr>");
    }

    private void summary() {
        html.append("<h2>").append(escape(say("summary"))).append("</h2><table class=\"summary\"><colgroup>")
                .append("<col style=\"width:28%\"/><col style=\"width:22%\"/><col style=\"width:50%\"/></colgroup><thead><tr><th>")
                .append(escape(say("programme"))).append("</th><th>").append(escape(say("answer"))).append("</th><th></th></tr></thead><tbody>");
        for (Decision.ProgrammeDecision programme : decision.programmes()) {
            html.append("<tr><td>").append(escape(t(programme.title()))).append("</td><td class=\"answer\">")
                    .append(escape(t(programme.answer()))).append("</td><td>").append(escape(t(programme.summary())));
            if (programme.caveats() != null) {
                programme.caveats().forEach(caveat -> html.append("<div class=\"caveat\">").append(escape(t(caveat))).append("</div>"));
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void input() {
        html.append("<h2>").append(escape(say("input"))).append("</h2><table class=\"meta\">");
        Map<String, Long> byKind = profile.participants().stream()
                .collect(Collectors.groupingBy(p -> String.valueOf(p.kind()), LinkedHashMap::new, Collectors.counting()));
        meta(say("participantsByKind"), say("participants", "count", profile.participants().size()) + ": "
                + byKind.entrySet().stream().map(e -> say("kind." + e.getKey(), "count", e.getValue()))
                .collect(Collectors.joining(", ")));
        Map<String, Long> byRegion = new TreeMap<>(profile.participants().stream().map(Participant::region)
                .filter(Objects::nonNull).collect(Collectors.groupingBy(r -> r, Collectors.counting())));
        meta(say("regions"), byRegion.entrySet().stream()
                .map(e -> reference.region(e.getKey()).map(r -> r.name().in(language)).orElse(e.getKey()) + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", ")));
        if (profile.contracts() != null) {
            meta(say("contracts"), String.valueOf(profile.contracts().size()));
        }
        if (profile.projects() != null) {
            meta(say("projects"), String.valueOf(profile.projects().size()));
        }
        html.append("</table>");
    }

    private void programme(Decision.ProgrammeDecision programme) {
        html.append("<h2 class=\"programme\">").append(escape(t(programme.title()))).append(": ")
                .append(escape(t(programme.answer()))).append("</h2>");
        if (programme.score() != null) {
            html.append("<p>").append(escape(say("score", "score", programme.score(), "max", programme.maxScore()))).append("</p>");
        }
        if (programme.todo() != null) {
            todo(programme.todo());
        }
        if (programme.findings() != null && !programme.findings().isEmpty()) {
            criteria(programme.findings());
        }
        if (programme.measureReasons() != null && !programme.measureReasons().isEmpty()) {
            measures(programme);
        }
    }

    /** What to do next: binding requirements first, then inputs, measures, steps to the next level, advice. */
    private void todo(List<Decision.Todo> items) {
        html.append("<h3>").append(escape(say("todo"))).append("</h3><ol class=\"todo\">");
        for (Decision.Todo item : items) {
            html.append("<li>");
            if ("MEASURE".equals(item.kind())) {
                html.append("<b>").append(escape(say("todo.measure", "name", t(item.name()),
                        "subjects", item.subjects() == null ? 0 : item.subjects()))).append("</b>: ");
            } else if (item.name() != null) {
                html.append("<b>").append(escape(t(item.name()))).append("</b>: ");
            }
            html.append(escape(t(item.text()))).append("</li>");
        }
        html.append("</ol>");
    }

    private void criteria(List<Decision.CriterionFinding> findings) {
        html.append("<table class=\"criteria\"><colgroup><col style=\"width:19%\"/><col style=\"width:12%\"/>")
                .append("<col style=\"width:19%\"/><col style=\"width:16%\"/><col style=\"width:16%\"/><col style=\"width:18%\"/>")
                .append("</colgroup><thead><tr>");
        for (String heading : List.of("criterion", "status", "requirement", "value", "gap", "basis")) {
            html.append("<th>").append(escape(say(heading))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Decision.CriterionFinding finding : findings) {
            html.append("<tr class=\"").append(finding.status()).append("\"><td>").append(escape(t(finding.name())))
                    .append("</td><td>").append(escape(say("status." + finding.status()))).append("</td><td>")
                    .append(escape(t(finding.requiredDisplay()))).append("</td><td>").append(escape(t(finding.observedDisplay())))
                    .append("</td><td>").append(escape(t(finding.gap()))).append("</td><td class=\"basis\">")
                    .append(escape(Objects.toString(finding.legalRef(), ""))).append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    /** Measures by reason: one row a reason with whom it applies to, amounts per subject only where available. */
    private void measures(Decision.ProgrammeDecision programme) {
        html.append("<h3>").append(escape(say("measures"))).append("</h3><table class=\"measures\"><colgroup>")
                .append("<col style=\"width:30%\"/><col style=\"width:14%\"/><col style=\"width:56%\"/></colgroup><thead><tr><th>")
                .append(escape(say("measure"))).append("</th><th>").append(escape(say("status"))).append("</th><th>")
                .append(escape(say("whom"))).append("</th></tr></thead><tbody>");
        Map<String, List<Decision.MeasureDecision>> lines = programme.measures() == null ? Map.of()
                : programme.measures().stream().filter(m -> m.reason() != null)
                .collect(Collectors.groupingBy(Decision.MeasureDecision::reason));
        for (Decision.MeasureReason reason : programme.measureReasons()) {
            int participants = reason.participantIds() == null ? 0 : reason.participantIds().size();
            int projects = reason.projectIds() == null ? 0 : reason.projectIds().size();
            String whom = participants + projects == 0 ? say("measure.cluster")
                    : say("measure.subjects", "participants", participants, "projects", projects);
            html.append("<tr><td>").append(escape(t(reason.title()))).append("</td><td>")
                    .append(escape(say("measure.status." + reason.status()))).append("</td><td><b>").append(escape(whom)).append("</b>");
            String why = reason.findings() == null ? t(reason.text())
                    : reason.findings().stream().map(f -> t(f.text())).filter(s -> !s.isBlank()).distinct().collect(Collectors.joining(" "));
            if (!why.isBlank()) {
                html.append(": ").append(escape(why));
            }
            if ("AVAILABLE".equals(reason.status())) {
                for (Decision.MeasureDecision line : lines.getOrDefault(reason.reason(), List.of())) {
                    if (line.amountRub() != null) {
                        html.append("<div class=\"amount\">").append(escape(participantNames.getOrDefault(
                                Objects.toString(line.participantId(), ""), Objects.toString(line.projectId(), ""))))
                                .append(" — ").append(escape(say("measure.amount", "amount", line.amountRub()))).append("</div>");
                    }
                }
            }
            html.append("</td></tr>");
        }
        html.append("</tbody></table>");
    }

    private void signature() {
        html.append("<table class=\"signature\"><tr><th colspan=\"4\">").append(escape(say("signature"))).append("</th></tr><tr>");
        for (String field : List.of("signatureName", "signaturePosition", "signatureDate", "signatureSign")) {
            html.append("<td><div class=\"line\"></div>").append(escape(say(field))).append("</td>");
        }
        html.append("</tr></table>");
    }

    private String t(Text text) {
        return text == null ? "" : Objects.toString(text.in(language), "");
    }

    private String say(String key, Object... arguments) {
        return WORDS.say(language, key, arguments);
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeXml11(text == null ? "" : text);
    }

    private static String cssString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
