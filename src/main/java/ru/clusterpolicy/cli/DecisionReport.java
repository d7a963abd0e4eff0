package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Dates;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.i18n.Text;
import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.rules.PolicyCatalog;
import ru.clusterpolicy.rules.Source;

import java.util.HashMap;
import java.util.Map;

/**
 * A decision as a reviewer reads it on a terminal, in one language throughout: each programme's
 * answer and summary with what it rests on, every finding with its basis and source, the
 * measures by participant and project, the steps to the next level. Its words are the rule set's
 * and the report catalogue's (report.properties, report_ru.properties).
 */
public final class DecisionReport {
    private static final Catalogue REPORT = new Catalogue(DecisionReport.class, "report");

    private final PolicyCatalog catalog;
    private final Language language;
    /** The participants' and projects' names, by "participant ID" and "project ID". */
    private final Map<String, String> names = new HashMap<>();

    public DecisionReport(PolicyCatalog catalog, ClusterProfile profile, Language language) {
        this.catalog = catalog;
        this.language = language;
        profile.participants().forEach(p -> names.put("participant " + p.id(), p.name() == null ? p.id() : p.name()));
        if (profile.projects() != null) {
            profile.projects().forEach(p -> names.put("project " + p.id(), p.name() == null ? p.id() : p.name()));
        }
    }

    /**
     * @param file       the profile's file name, for the header
     * @param withHeader whether to start with the file, the date and the rule-set version (left out
     *                   of a golden file, which a new rule-set version would otherwise change)
     */
    public String render(String file, Decision decision, boolean withHeader) {
        StringBuilder out = new StringBuilder();
        if (withHeader) {
            line(out, say("header", "file", file, "asOf", Dates.day(decision.asOf(), language),
                    "version", decision.ruleSet().version()));
        } else {
            line(out, say("headerUnversioned", "file", file, "asOf", Dates.day(decision.asOf(), language)));
        }
        for (Decision.ProgrammeDecision programme : decision.programmes()) {
            out.append('\n');
            line(out, "== " + t(programme.title()) + ": " + t(programme.answer()));
            line(out, "   " + t(programme.summary()));
            if (programme.caveats() != null) {
                programme.caveats().forEach(caveat -> line(out, "   ! " + t(caveat)));
            }
            if (programme.decidedBy() != null) {
                line(out, "   " + t(programme.decidedBy().text()));
            }
            for (Decision.CriterionFinding finding : programme.findings()) {
                line(out, "   " + mark(finding.status()) + " " + t(finding.name()) + ". " + t(finding.text()));
                if (finding.gap() != null) {
                    line(out, "     → " + t(finding.gap()));
                }
                line(out, "     " + say("basis", "legalRef", finding.legalRef(), "verification",
                        t(verification(finding.verification())), "source", source(finding.source())));
            }
            if (programme.measures() != null) {
                programme.measures().forEach(measure -> line(out, "   " + measureLine(measure)));
            }
            if (programme.nextLevel() != null && programme.nextLevel().missing() != null) {
                line(out, "   " + (programme.nextLevel().level() == null ? say("nextLevel.data")
                        : say("nextLevel", "level", t(answer(programme.programme(), programme.nextLevel().level())))));
                programme.nextLevel().missing().forEach(step -> line(out, "     – " + t(step.text())
                        + (step.points() == null ? "" : " (" + say("points", "points", step.points()) + ")")));
            }
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

    private String t(Text text) {
        return text == null ? "" : text.in(language);
    }

    private String say(String key, Object... arguments) {
        return REPORT.say(language, key, arguments);
    }

    private String source(Source source) {
        return source.sheet() == null ? say("sourceFile", "file", source.file())
                : say("source", "file", source.file(), "sheet", source.sheet(), "row", source.row());
    }

    private Text answer(String programme, String answer) {
        return catalog.programmes().stream().filter(p -> p.id().equals(programme))
                .map(p -> p.answers().get(answer)).findFirst().orElse(null);
    }

    private Text verification(String status) {
        return catalog.reference().message("verification_" + status).render((name, l) -> null);
    }

    private String measureLine(Decision.MeasureDecision measure) {
        String whom = measure.participantId() != null
                ? say("measure.participant", "name", names.get("participant " + measure.participantId()))
                : measure.projectId() != null ? say("measure.project", "name", names.get("project " + measure.projectId()))
                : say("measure.cluster");
        StringBuilder line = new StringBuilder(t(measure.title())).append(" — ").append(whom).append(": ")
                .append(say("measure.status." + measure.status()));
        if (measure.amountRub() != null) {
            line.append(", ").append(say("measure.amount", "amount", measure.amountRub()));
        }
        if (measure.ratePercent() != null) {
            line.append(", ").append(say("measure.rate", "rate", measure.ratePercent()));
        }
        if (measure.until() != null) {
            line.append(", ").append(say("measure.until", "until", Dates.day(measure.until(), language)));
        }
        if (measure.firstYear() != null) {
            line.append(", ").append(say("measure.firstYear", "year", measure.firstYear()));
        }
        if (measure.formula() != null) {
            line.append(" (").append(t(measure.formula())).append(")");
        }
        return line.toString();
    }

    private static String mark(String status) {
        return switch (status) {
            case "MET" -> "[+]";
            case "NOT_MET" -> "[-]";
            case "UNKNOWN" -> "[?]";
            default -> "[ ]";
        };
    }
}
