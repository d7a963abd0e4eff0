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

    static String text(HttpRequest<?> request, String key, Map<String, ?> arguments) {
        return CATALOGUE.format(language(request), key, arguments);
    }

    static String text(HttpRequest<?> request, String key) {
        return text(request, key, Map.of());
    }
}
