package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One participant of the cluster. Amounts are roubles for the reporting year. */
@Introspected
public record Participant(
        @NotBlank String id,
        String name,
        String inn,
        ParticipantKind kind,
        String region,
        String okved,
        Boolean sme,
        Boolean signedAgreement,
        List<@NotNull SpecialTerritory> specialTerritories,
        Boolean producedClusterProductLastPeriod,
        Boolean organizingProduction,
        Boolean exporter,
        @PositiveOrZero Integer employees,
        @PositiveOrZero BigDecimal inputsRub,
        @PositiveOrZero BigDecimal inputsFromParticipantsRub,
        @PositiveOrZero BigDecimal importedInputsRub,
        @Valid Spic spic,
        List<@NotNull @Valid StartBatchPurchase> startBatchPurchases,
        @PositiveOrZero BigDecimal startBatchSubsidyReceivedRub) {

    /** A special investment contract (СПИК) the participant is the investor under. */
    @Introspected
    public record Spic(String counterparty, String type, LocalDate signed, LocalDate ends,
                       Boolean obligesClusterSupply) {
    }

    /** A purchase of a start batch: the supplier is a participant (supplierId) or outside (supplierName). */
    @Introspected
    public record StartBatchPurchase(String supplierId, String supplierName,
                                     @PositiveOrZero BigDecimal costRub, LocalDate date) {
    }
}
