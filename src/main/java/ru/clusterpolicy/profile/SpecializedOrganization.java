package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The specialised organisation of the cluster: the applicant in the confirmation procedure. */
@Introspected
public record SpecializedOrganization(
        @Size(max = 500) String name,
        @Size(max = 20) String inn,
        @RegionCode @Size(max = 20) String region,
        Boolean legalEntity,
        Boolean inLiquidationOrBankruptcy,
        Boolean hasTaxArrears,
        Boolean authorizedByParticipants,
        @DecimalMin("0") @DecimalMax("10000") @Digits(integer = 5, fraction = 2) BigDecimal staffFte,
        @Min(1900) @Max(2100) Integer foundedYear,
        GovernanceBody governanceBody,
        Boolean staffTraining,
        @DecimalMin("0") @DecimalMax("1E15") @Digits(integer = 16, fraction = 2) BigDecimal budgetRub,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal nonBudgetShare,
        Boolean financialPlan2y,
        @Size(max = 100) List<@NotBlank @Size(max = 100) String> serviceTypes,
        @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) BigDecimal serviceUsageShare) {
}
