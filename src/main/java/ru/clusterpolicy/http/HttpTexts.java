package ru.clusterpolicy.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import ru.clusterpolicy.i18n.Catalogue;
import ru.clusterpolicy.i18n.Language;

import java.util.Map;

/** The HTTP layer's own sentences (http.properties, http_ru.properties) in the language a request asks for. */
final class HttpTexts {
    static final Catalogue CATALOGUE = new Catalogue(HttpTexts.class, "http");

    private HttpTexts() {
    }

    /** The language of a request: its Accept-Language header (Russian for the pages, English otherwise). */
    static Language language(HttpRequest<?> request) {
        return request == null ? Language.EN : Language.fromAcceptLanguage(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** A document's language (the printed record): the one asked for, Russian when none is. */
    static Language documentLanguage(HttpRequest<?> request) {
        String asked = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        return asked == null || asked.isBlank() ? Language.RU : Language.fromAcceptLanguage(asked);
    }

    static String text(HttpRequest<?> request, String key, Map<String, ?> arguments) {
        return CATALOGUE.format(language(request), key, arguments);
    }

    static String text(HttpRequest<?> request, String key) {
        return text(request, key, Map.of());
    }

    /**
     * The problem for a status the framework or a filter answered on its own, in the service's
     * words: a status without a sentence of its own is said as the nearest (400 or 500).
     *
     * @param maxBytes the body limit, for a 413
     */
    static Problem problemFor(HttpRequest<?> request, int status, long maxBytes) {
        String key = CATALOGUE.has("status." + status) ? String.valueOf(status) : status >= 500 ? "500" : "400";
        String detail = CATALOGUE.has("detail." + key)
                ? text(request, "detail." + key, Map.of("method", request.getMethodName(), "max", maxBytes)) : null;
        return Problem.of(status, text(request, "status." + key), detail, request.getPath());
    }
}
