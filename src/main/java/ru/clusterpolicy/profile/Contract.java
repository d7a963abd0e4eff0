package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A contract between two participants; it links both of its ends. */
@Introspected
public record Contract(@NotBlank @Size(max = 100) String from, @NotBlank @Size(max = 100) String to,
                       @NotNull ContractType type) {
}
