package ru.clusterpolicy.rules;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import ru.clusterpolicy.rules.tables.WorkbookText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What differs between two policy homes, cell by cell: rows of a sheet matched as a diff matches
 * lines (java-diff-utils), a changed row told by the columns whose cells differ, named by the
 * sheet's labels; DRL files line by line.
 */
public final class RuleSetDiff {

    public enum Kind { CELL, ROW_ADDED, ROW_REMOVED, FILE_ADDED, FILE_REMOVED, LINE }

    /**
     * One difference. {@code row} is the 1-based row in the candidate (for a removed row, in the
     * baseline); {@code column} the cell's label, or its letter where the sheet labels none.
     */
    public record Change(Kind kind, String file, String sheet, Integer row, Integer baselineRow, String column,
                         String before, String after) {
    }

    private RuleSetDiff() {
    }

    public static List<Change> between(PolicySource baseline, PolicySource candidate) {
        Map<String, byte[]> before = files(baseline);
        Map<String, byte[]> after = files(candidate);
        TreeSet<String> paths = new TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String path : paths) {
            byte[] a = before.get(path);
            byte[] b = after.get(path);
            if (a == null || b == null) {
                changes.add(new Change(a == null ? Kind.FILE_ADDED : Kind.FILE_REMOVED, path, null, null, null, null, null, null));
            } else if (!java.util.Arrays.equals(a, b)) {
                if (path.endsWith(".xlsx")) {
                    workbooks(path, a, b, changes);
                } else {
                    lines(path, a, b, changes);
                }
            }
        }
        return changes;
    }

    private static Map<String, byte[]> files(PolicySource source) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        source.entries().forEach(e -> files.put(e.path(), e.content()));
        return files;
    }

    private static void lines(String path, byte[] a, byte[] b, List<Change> changes) {
        List<String> before = new String(a, StandardCharsets.UTF_8).lines().toList();
        List<String> after = new String(b, StandardCharsets.UTF_8).lines().toList();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            changes.add(new Change(Kind.LINE, path, null, delta.getTarget().getPosition() + 1, delta.getSource().getPosition() + 1,
                    null, String.join(" / ", delta.getSource().getLines()), String.join(" / ", delta.getTarget().getLines())));
        }
    }

    private static void workbooks(String path, byte[] a, byte[] b, List<Change> changes) {
        Map<String, List<List<String>>> before = read(a);
        Map<String, List<List<String>>> after = read(b);
        TreeSet<String> sheets = new TreeSet<>(before.keySet());
        sheets.addAll(after.keySet());
        for (String sheet : sheets) {
            List<List<String>> rowsA = before.getOrDefault(sheet, List.of());
            List<List<String>> rowsB = after.getOrDefault(sheet, List.of());
            List<String> labels = labels(rowsB.isEmpty() ? rowsA : rowsB);
            List<String> textA = rowsA.stream().map(r -> String.join("\t", r)).toList();
            List<String> textB = rowsB.stream().map(r -> String.join("\t", r)).toList();
            for (AbstractDelta<String> delta : DiffUtils.diff(textA, textB).getDeltas()) {
                int from = delta.getSource().getPosition();
                int to = delta.getTarget().getPosition();
                int paired = delta.getType() == DeltaType.CHANGE ? Math.min(delta.getSource().size(), delta.getTarget().size()) : 0;
                for (int i = 0; i < paired; i++) {
                    cells(path, sheet, labels, to + i + 1, from + i + 1, rowsA.get(from + i), rowsB.get(to + i), changes);
                }
                for (int i = paired; i < delta.getSource().size(); i++) {
                    if (!rowsA.get(from + i).isEmpty()) {
                        changes.add(new Change(Kind.ROW_REMOVED, path, sheet, from + i + 1, from + i + 1, null,
                                String.join(" | ", rowsA.get(from + i)), null));
                    }
                }
                for (int i = paired; i < delta.getTarget().size(); i++) {
                    if (!rowsB.get(to + i).isEmpty()) {
                        changes.add(new Change(Kind.ROW_ADDED, path, sheet, to + i + 1, null, null, null,
                                String.join(" | ", rowsB.get(to + i))));
                    }
                }
            }
        }
    }

    private static void cells(String path, String sheet, List<String> labels, int row, int baselineRow, List<String> a,
                              List<String> b, List<Change> changes) {
        for (int c = 0; c < Math.max(a.size(), b.size()); c++) {
            String before = c < a.size() ? a.get(c) : "";
            String after = c < b.size() ? b.get(c) : "";
            if (!Objects.equals(before, after)) {
                String column = c < labels.size() && !labels.get(c).isEmpty() ? labels.get(c)
                        : org.apache.poi.ss.util.CellReference.convertNumToColString(c);
                changes.add(new Change(Kind.CELL, path, sheet, row, baselineRow, column, before, after));
            }
        }
    }

    /** The labels of a sheet's columns: a rule table's label row (four below RuleTable), else row 1. */
    private static List<String> labels(List<List<String>> rows) {
        for (int r = 0; r + 4 < rows.size(); r++) {
            if (!rows.get(r).isEmpty() && rows.get(r).get(0).startsWith("RuleTable")) {
                return rows.get(r + 4);
            }
        }
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    private static Map<String, List<List<String>>> read(byte[] content) {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(content))) {
            return WorkbookText.sheets(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
