package ru.clusterpolicy.profile;

import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Language;

import java.util.Map;

/**
 * One thing wrong with a submitted profile (or a table of participants), said in the client's
 * language when it is shown.
 *
 * @param pointer   where, as an RFC 6901 JSON pointer into the request body ("" for the whole body)
 * @param code      what kind of error, stable across languages and versions (errors.properties)
 * @param arguments the values its sentence names
 * @param cell      for a table, the row and cell it is in; null otherwise
 */
public record Violation(String pointer, String code, Map<String, ?> arguments, TableCell cell) {

    static final Catalogue ERRORS = new Catalogue(Violation.class, "errors");

    /** A place in a table: the spreadsheet's row number, the column's heading (if any) and the cell (A1). */
    public record TableCell(int row, String column, String ref) {
    }

    public Violation {
        arguments = Map.copyOf(arguments);
    }

    public Violation(String pointer, String code, Map<String, ?> arguments) {
        this(pointer, code, arguments, null);
    }

    public String message(Language language) {
        String message = ERRORS.format(language, code, arguments);
        if (cell == null) {
            return message;
        }
        String where = cell.column() == null
                ? ERRORS.format(language, "table.atRow", Map.of("row", cell.row(), "cell", cell.ref()))
                : ERRORS.format(language, "table.atCell", Map.of("row", cell.row(), "column", cell.column(), "cell", cell.ref()));
        return where + ": " + message;
    }

    /** The same error, found in a table's cell. */
    public Violation in(TableCell place) {
        return new Violation(pointer, code, arguments, place);
    }
}
