package ru.clusterpolicy.http;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every answer carries: the browser may not guess media types, frame the pages, load
 * anything from elsewhere or send the address on; API answers (decisions, errors) are not cached.
 * First of all filters, so that it also sees the answers other filters give on their own (the
 * framework refuses a request from a foreign origin to a local server with a bare 403: it gets a
 * problem body here, like every other error).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ResponseHeaders {

    /** Where the Swagger UI generated at build time is served (openapi.properties, application.properties). */
    static final String SWAGGER_UI = "/swagger-ui/";
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ResponseFilter
    public void secure(HttpRequest<?> request, MutableHttpResponse<?> response) {
        var headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        // the generated Swagger UI starts itself from an inline script; every page of ours has none
        headers.set("Content-Security-Policy", request.getPath().startsWith(SWAGGER_UI)
                ? CONTENT_SECURITY_POLICY.replace("default-src 'self'", "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'")
                : CONTENT_SECURITY_POLICY);
        if (request.getPath().startsWith("/api/")) {
            // a streamed answer (a batch) comes with a file's cache headers: a decision is never cached
            headers.set("Cache-Control", "no-store");
            headers.remove("Expires");
            headers.remove("Last-Modified");
        }
        if (response.code() >= 400 && response.getBody().isEmpty()) {
            headers.remove("Content-Length");
            ((MutableHttpResponse<Object>) response).body(HttpTexts.problemFor(request, response.code(), 0))
                    .contentType(Problem.MEDIA_TYPE);
        }
    }
}
