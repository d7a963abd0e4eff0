package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One participant of the cluster. Amounts are roubles for the reporting year: 0 to 10^15, to the
 * kopeck.
 */
@Introspected
public record Participant(
        @NotBlank @Size(max = 100) String id,
        @Size(max = 500) String name,
        @Size(max = 20) String inn,
        ParticipantKind kind,
        @RegionCode @Size(max = 20) String region,
        @Size(max = 20) String okved,
        Boolean sme,
        Boolean signedAgreement,
        @Size(max = 10) List<@NotNull SpecialTerritory> specialTerritories,
        Boolean producedClusterProductLastPeriod,
        Boolean organizingProduction,
        Boolean exporter,
        @Min(0) @Max(10_000_000) Integer employees,
        @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal inputsRub,
        @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal inputsFromParticipantsRub,
        @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal importedInputsRub,
        @Valid Spic spic,
        @Size(max = 10_000) List<@NotNull @Valid StartBatchPurchase> startBatchPurchases,
        @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal startBatchSubsidyReceivedRub) {

    /** A special investment contract (СПИК) the participant is the investor under. */
    @Introspected
    public record Spic(@Size(max = 100) String counterparty, @Size(max = 20) String type, LocalDate signed,
                       LocalDate ends, Boolean obligesClusterSupply) {
    }

    /** A purchase of a start batch: the supplier is a participant (supplierId) or outside (supplierName). */
    @Introspected
    public record StartBatchPurchase(@Size(max = 100) String supplierId, @Size(max = 500) String supplierName,
                                     @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal costRub,
                                     LocalDate date) {
    }
}
