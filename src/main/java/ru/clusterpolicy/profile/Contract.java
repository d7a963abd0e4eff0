package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A contract between two participants; it links both of its ends. */
@Introspected
public record Contract(@NotBlank String from, @NotBlank String to, @NotNull ContractType type) {
}
