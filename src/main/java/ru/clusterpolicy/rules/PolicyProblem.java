package ru.clusterpolicy.rules;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One thing wrong with a policy file, located as precisely as possible: the file, and for a
 * spreadsheet the sheet and cell (A1 notation); what is wrong and how to fix it.
 */
@Serdeable
public record PolicyProblem(String file, String sheet, String cell, String problem, String fix) {

    public static PolicyProblem inFile(String file, String problem, String fix) {
        return new PolicyProblem(file, null, null, problem, fix);
    }

    /** A place in a policy file problems can be reported at. */
    public record At(String file, String sheet, String cell) {
        public PolicyProblem problem(String what, String fix) {
            return new PolicyProblem(file, sheet, cell, what, fix);
        }
    }

    /** The line policy authors read: {@code file | sheet | cell | what is wrong | how to fix}. */
    public String line() {
        return String.join(" | ", file, orDash(sheet), orDash(cell), problem, orDash(fix));
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "-" : s;
    }
}
