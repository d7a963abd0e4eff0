package ru.clusterpolicy.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;

/**
 * Dates as each language writes them, by ICU: "14.05.2019" in Russian, "14 May 2019" in English
 * (day-month-year, read the same way everywhere); moments in Moscow time, which the ministry keeps.
 */
public final class Dates {
    /** The time zone a moment is shown in: the ministry's, whatever the server's. */
    public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Map<Language, ThreadLocal<DateFormat>> DAYS = new EnumMap<>(Language.class);
    private static final Map<Language, ThreadLocal<DateFormat>> MOMENTS = new EnumMap<>(Language.class);

    static {
        for (Language language : Language.values()) {
            ULocale locale = language == Language.RU ? language.locale() : new ULocale("en_GB");
            boolean russian = language == Language.RU;
            DAYS.put(language, formatter(russian ? "ddMMyyyy" : "dMMMMy", locale, TimeZone.GMT_ZONE));
            MOMENTS.put(language, formatter(russian ? "ddMMyyyyHHmmss" : "dMMMMyHHmmss", locale,
                    TimeZone.getTimeZone(MOSCOW.getId())));
        }
    }

    private Dates() {
    }

    private static ThreadLocal<DateFormat> formatter(String skeleton, ULocale locale, TimeZone zone) {
        return ThreadLocal.withInitial(() -> {
            DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
            format.setTimeZone(zone);
            return format;
        });
    }

    public static String day(LocalDate date, Language language) {
        return DAYS.get(language).get().format(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    /** A moment to the second, in Moscow time, with the zone said: "01.12.2026, 12:20:38 МСК". */
    public static String moment(Instant instant, Language language) {
        return MOMENTS.get(language).get().format(Date.from(instant)) + (language == Language.RU ? " МСК" : " Moscow time");
    }
}
