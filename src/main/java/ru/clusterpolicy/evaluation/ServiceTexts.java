package ru.clusterpolicy.evaluation;

import ru.clusterpolicy.i18n.Catalogue;

/** The evaluation's own sentences (service.properties, service_ru.properties): batches, reloads, checks. */
public final class ServiceTexts {
    public static final Catalogue CATALOGUE = new Catalogue(ServiceTexts.class, "service");

    private ServiceTexts() {
    }
}
