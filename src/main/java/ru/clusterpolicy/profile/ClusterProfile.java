package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A cluster profile as submitted for evaluation (api.md, "Request: the cluster profile").
 * Every field but the cluster's name and the participants may be absent: an absent field is
 * missing data (the criteria that need it become UNKNOWN), never a default value. Every number
 * and date declares its bounds here; the reader enforces them and the OpenAPI document shows them.
 * Dates are YYYY-MM-DD between 1900-01-01 and 2100-12-31.
 */
@Introspected
@Schema(description = "A cluster profile submitted for evaluation")
public record ClusterProfile(
        @Schema(description = "Date the rules are applied as of (YYYY-MM-DD, 1900-01-01 to 2100-12-31); default today")
        LocalDate asOf,
        @Schema(description = "Year whose figures the ratios use") @Min(1900) @Max(2100) Integer reportingYear,
        @Schema(description = "Bank of Russia key rate, percent, to use instead of the dated table's")
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal keyRatePercent,
        @NotNull @Valid Cluster cluster,
        @Valid SpecializedOrganization specializedOrganization,
        @NotEmpty @Size(max = 100_000) List<@NotNull @Valid Participant> participants,
        @Size(max = 1_000_000) List<@NotNull @Valid Contract> contracts,
        @Size(max = 100_000) List<@NotNull @Valid Project> projects,
        @Valid Strategy strategy,
        @Valid Communications communications,
        @Valid International international,
        @Valid Innovation innovation) {

    /** The same profile evaluated as of another date (impact analysis over dates). */
    public ClusterProfile withAsOf(LocalDate date) {
        return new ClusterProfile(date, reportingYear, keyRatePercent, cluster, specializedOrganization, participants,
                contracts, projects, strategy, communications, international, innovation);
    }

    @Introspected
    public record Cluster(
            @NotBlank @Size(max = 500) String name,
            DeclaredScope declaredScope,
            @Min(1900) @Max(2100) Integer foundedYear,
            LocalDate registryDecisionDate) {
    }

    @Introspected
    public record Strategy(Boolean document, Boolean kpiTargets, Boolean kpiMonitoring,
                           Boolean updatedWithin3Years, Boolean developmentProgramme) {
    }

    @Introspected
    public record Communications(Boolean website, Boolean websiteUpdated90d, Boolean websiteEnglish,
                                 @Min(0) @Max(100_000) Integer eventsPerYear,
                                 @Min(0) @Max(100_000) Integer mediaItemsPerYear,
                                 Boolean satisfactionSurvey2y) {
    }

    @Introspected
    public record International(@Min(0) @Max(100_000) Integer agreements,
                                @Min(0) @Max(100_000) Integer actionsPerYear,
                                Boolean eccpProfile,
                                ExcellenceLabel excellenceLabel) {
    }

    @Introspected
    public record Innovation(@Min(0) @Max(100_000) Integer outputsPerYear) {
    }
}
