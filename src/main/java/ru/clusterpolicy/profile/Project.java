package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** A joint project of participants (import substitution, a КИП investment project). */
@Introspected
public record Project(
        @NotBlank @Size(max = 100) String id,
        @Size(max = 500) String name,
        @Size(max = 100_000) List<@NotBlank @Size(max = 100) String> participantIds,
        Boolean importSubstitution,
        @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal costRub,
        @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal loanRub,
        Boolean priorityProduct,
        FrpOpinion frpOpinion) {
}
