package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.List;

/** A joint project of participants (import substitution, a КИП investment project). */
@Introspected
public record Project(
        @NotBlank String id,
        String name,
        List<@NotBlank String> participantIds,
        Boolean importSubstitution,
        @PositiveOrZero BigDecimal costRub,
        @PositiveOrZero BigDecimal loanRub,
        Boolean priorityProduct,
        FrpOpinion frpOpinion) {
}
