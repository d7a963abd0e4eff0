package ru.clusterpolicy.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.body.ByteBody;
import jakarta.inject.Singleton;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.CompletableFuture;

/**
 * Reads the body of one profile (or one participants table) without holding a thread while it
 * arrives, up to the profile size limit: a body declared or found longer gets 413 at once, and
 * what it sends is not kept. The server's own limit is wider, for streamed batches.
 */
@Singleton
public class BoundedBody {

    private final long maxBytes;

    public BoundedBody(@Value("${clusterpolicy.max-profile-size:16MB}") @ReadableBytes long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The whole body, when it has arrived; fails with {@link PayloadTooLargeException} past the limit. */
    public CompletableFuture<byte[]> read(HttpRequest<?> request) {
        CompletableFuture<byte[]> body = new CompletableFuture<>();
        ByteBody bytes = ((ServerHttpRequest<?>) request).byteBody();
        if (bytes.expectedLength().orElse(0) > maxBytes) {
            body.completeExceptionally(new PayloadTooLargeException(maxBytes));
            return body;
        }
        bytes.toByteArrayPublisher().subscribe(new Subscriber<byte[]>() {
            private final ByteArrayOutputStream received = new ByteArrayOutputStream();
            private Subscription subscription;

            @Override
            public void onSubscribe(Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(byte[] chunk) {
                if (body.isDone()) {
                    return;
                }
                if (received.size() + (long) chunk.length > maxBytes) {
                    subscription.cancel();
                    body.completeExceptionally(new PayloadTooLargeException(maxBytes));
                    return;
                }
                received.write(chunk, 0, chunk.length);
                subscription.request(1);
            }

            @Override
            public void onError(Throwable failure) {
                body.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                body.complete(received.toByteArray());
            }
        });
        return body;
    }
}
