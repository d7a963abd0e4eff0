package ru.clusterpolicy.records;

/** The archive lacks a version a record names, or a file of it: replaying with another would prove nothing. */
public class ArchiveMissingException extends RuntimeException {
    private final String version;

    public ArchiveMissingException(String version, String what) {
        super("the archive of rule set " + version + " lacks " + what);
        this.version = version;
    }

    public String version() {
        return version;
    }
}
