package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Reads a request body of one profile (or one participants table) up to the profile size limit;
 * past it, 413. The server's own limit is wider, for streamed batches.
 */
@Singleton
public class BoundedBody {

    private final long maxBytes;

    public BoundedBody(@Value("${clusterpolicy.max-profile-size:16MB}") @ReadableBytes long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public byte[] read(InputStream stream) {
        try {
            byte[] body = stream.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (body.length > maxBytes) {
                // read the rest, so the connection is ready for the client's next request
                long length = body.length + stream.transferTo(OutputStream.nullOutputStream());
                throw new ContentLengthExceededException(maxBytes, length);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
