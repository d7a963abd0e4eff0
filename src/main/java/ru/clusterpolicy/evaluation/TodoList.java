package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.i18n.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a cluster can do next, per programme, from what the decision already says in the workbooks'
 * words: each unmet binding requirement with its gap (ACTION), each missing input to fill in, by the
 * form's label and the participant (INPUT, its pointer in {@code field} for the page to link to), each
 * measure that is not open with the requirement that keeps it closed and for how many (MEASURE), the
 * steps to the next level (STEP), then the unmet advisory requirements (ADVISORY). Binding items
 * come first: they decide the verdict; within a kind, the workbook's order.
 */
final class TodoList {
    /** Fields missing for more than this many participants are one item ("не указано у 20 участников"). */
    private static final int PER_FIELD_AT_MOST = 3;

    private TodoList() {
    }

    static List<Decision.Todo> of(Decision.ProgrammeDecision programme, Placeholders placeholders) {
        List<Decision.Todo> actions = new ArrayList<>();
        List<Decision.Todo> advisory = new ArrayList<>();
        Set<String> missing = new LinkedHashSet<>();
        Set<String> named = new LinkedHashSet<>();
        for (Decision.CriterionFinding finding : programme.findings() == null ? List.<Decision.CriterionFinding>of() : programme.findings()) {
            if ("NOT_MET".equals(finding.status())) {
                Decision.Todo item = new Decision.Todo(finding.binding() ? "ACTION" : "ADVISORY", finding.criterion(), null,
                        finding.name(), finding.gap() != null ? finding.gap() : finding.text(), null, null);
                (finding.binding() ? actions : advisory).add(item);
                named.add(finding.criterion());
            } else if ("UNKNOWN".equals(finding.status()) && finding.binding() && finding.missingInputs() != null) {
                missing.addAll(finding.missingInputs());
            }
        }
        List<Decision.Todo> todo = new ArrayList<>(actions);
        todo.addAll(inputs(missing, placeholders));
        todo.addAll(measures(programme, named));
        if (programme.nextLevel() != null && programme.nextLevel().missing() != null) {
            programme.nextLevel().missing().stream().filter(step -> !"DATA".equals(step.kind()) || missing.isEmpty())
                    .forEach(step -> todo.add(new Decision.Todo("STEP", step.indicator(), null, null, step.text(), null, null)));
        }
        todo.addAll(advisory);
        return todo;
    }

    /** The missing inputs by field: each participant's named, or one item for a field missing for many. */
    private static List<Decision.Todo> inputs(Set<String> pointers, Placeholders placeholders) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        pointers.forEach(pointer -> byField.computeIfAbsent(pointer.replaceAll("/\\d+(?=/|$)", "/*"), f -> new ArrayList<>())
                .add(pointer));
        List<Decision.Todo> items = new ArrayList<>();
        for (List<String> field : byField.values()) {
            List<List<String>> groups = field.size() > PER_FIELD_AT_MOST ? List.of(field) : field.stream().map(List::of).toList();
            for (List<String> group : groups) {
                Text text = placeholders.message("todo_input", Map.of("missing", language -> placeholders.missing(group, language)));
                items.add(new Decision.Todo("INPUT", null, null, null, text, group.get(0), group.size()));
            }
        }
        return items;
    }

    /** Each closed measure once per requirement that keeps it closed, with how many subjects it would open for. */
    private static List<Decision.Todo> measures(Decision.ProgrammeDecision programme, Set<String> named) {
        Map<List<String>, Decision.Todo> byBlocker = new LinkedHashMap<>();
        Map<List<String>, Integer> subjects = new LinkedHashMap<>();
        for (Decision.MeasureDecision line : programme.measures() == null ? List.<Decision.MeasureDecision>of() : programme.measures()) {
            if (!"NOT_AVAILABLE".equals(line.status()) || line.findings() == null) {
                continue;
            }
            line.findings().stream().filter(f -> "NOT_MET".equals(f.status())).findFirst().ifPresent(blocker -> {
                // a measure closed by a requirement the list already asks for is said once, with it
                if (named.contains(blocker.criterion())) {
                    return;
                }
                List<String> key = List.of(line.measure(), blocker.criterion(), Objects.toString(blocker.text(), ""));
                byBlocker.putIfAbsent(key, new Decision.Todo("MEASURE", blocker.criterion(), line.measure(), line.title(),
                        blocker.gap() != null ? blocker.gap() : blocker.text(), null, null));
                subjects.merge(key, line.participantId() != null || line.projectId() != null ? 1 : 0, Integer::sum);
            });
        }
        List<Decision.Todo> items = new ArrayList<>();
        byBlocker.forEach((key, item) -> items.add(new Decision.Todo(item.kind(), item.criterion(), item.measure(), item.name(),
                item.text(), null, subjects.get(key))));
        return items;
    }
}
