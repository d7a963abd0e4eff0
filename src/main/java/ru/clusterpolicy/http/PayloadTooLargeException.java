package ru.clusterpolicy.http;

/** A request body over the size limit of its endpoint: 413. */
public class PayloadTooLargeException extends RuntimeException {
    private final long maxBytes;

    public PayloadTooLargeException(long maxBytes) {
        super("the body is longer than " + maxBytes + " bytes", null, false, false);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
