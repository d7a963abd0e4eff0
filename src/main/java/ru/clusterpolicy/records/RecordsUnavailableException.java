package ru.clusterpolicy.records;

/** The database cannot be read or written (down, full, refusing): what needs it fails with 503, the rest serves on. */
public class RecordsUnavailableException extends RuntimeException {
    public RecordsUnavailableException(Throwable cause) {
        super("the decision records' database is unavailable: " + cause.getMessage(), cause);
    }
}
