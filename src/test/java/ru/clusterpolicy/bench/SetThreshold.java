package ru.clusterpolicy.bench;

import ru.clusterpolicy.Workbooks;

import java.nio.file.Path;

/** For bench/run.sh: sets a criterion's threshold in a Criteria sheet, the row found by its criterion. */
public final class SetThreshold {
    private SetThreshold() {
    }

    public static void main(String[] args) {
        Path workbook = Path.of(args[0]);
        Workbooks.set(workbook, "Criteria", Workbooks.find(workbook, "Criteria", "criterion", args[1], "threshold"), args[2]);
    }
}
