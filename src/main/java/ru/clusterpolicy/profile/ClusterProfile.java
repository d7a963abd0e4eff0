package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A cluster profile as submitted for evaluation (api.md, "Request: the cluster profile").
 * Every field but the cluster's name and the participants may be absent: an absent field is
 * missing data (the criteria that need it become UNKNOWN), never a default value.
 */
@Introspected
@Schema(description = "A cluster profile submitted for evaluation")
public record ClusterProfile(
        @Schema(description = "Date the rules are applied as of; default today") LocalDate asOf,
        @Schema(description = "Year whose figures the ratios use") Integer reportingYear,
        @Schema(description = "Bank of Russia key rate, percent, to use instead of the dated table's")
        @PositiveOrZero BigDecimal keyRatePercent,
        @NotNull @Valid Cluster cluster,
        @Valid SpecializedOrganization specializedOrganization,
        @NotEmpty List<@NotNull @Valid Participant> participants,
        List<@NotNull @Valid Contract> contracts,
        List<@NotNull @Valid Project> projects,
        @Valid Strategy strategy,
        @Valid Communications communications,
        @Valid International international,
        @Valid Innovation innovation) {

    @Introspected
    public record Cluster(
            @NotBlank String name,
            DeclaredScope declaredScope,
            Integer foundedYear,
            LocalDate registryDecisionDate) {
    }

    @Introspected
    public record Strategy(Boolean document, Boolean kpiTargets, Boolean kpiMonitoring,
                           Boolean updatedWithin3Years, Boolean developmentProgramme) {
    }

    @Introspected
    public record Communications(Boolean website, Boolean websiteUpdated90d, Boolean websiteEnglish,
                                 @PositiveOrZero Integer eventsPerYear,
                                 @PositiveOrZero Integer mediaItemsPerYear,
                                 Boolean satisfactionSurvey2y) {
    }

    @Introspected
    public record International(@PositiveOrZero Integer agreements,
                                @PositiveOrZero Integer actionsPerYear,
                                Boolean eccpProfile,
                                ExcellenceLabel excellenceLabel) {
    }

    @Introspected
    public record Innovation(@PositiveOrZero Integer outputsPerYear) {
    }
}
