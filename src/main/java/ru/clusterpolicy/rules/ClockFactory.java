package ru.clusterpolicy.rules;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The system clock, replaceable in tests. */
@Factory
public class ClockFactory {
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
