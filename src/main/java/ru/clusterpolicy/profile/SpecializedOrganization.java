package ru.clusterpolicy.profile;

import io.micronaut.core.annotation.Introspected;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.PositiveOrZero;

import java.math.BigDecimal;
import java.util.List;

/** The specialised organisation of the cluster: the applicant in the confirmation procedure. */
@Introspected
public record SpecializedOrganization(
        String name,
        String inn,
        String region,
        Boolean legalEntity,
        Boolean inLiquidationOrBankruptcy,
        Boolean hasTaxArrears,
        Boolean authorizedByParticipants,
        @PositiveOrZero BigDecimal staffFte,
        Integer foundedYear,
        GovernanceBody governanceBody,
        Boolean staffTraining,
        @PositiveOrZero BigDecimal budgetRub,
        @DecimalMin("0") @DecimalMax("1") BigDecimal nonBudgetShare,
        Boolean financialPlan2y,
        List<String> serviceTypes,
        @DecimalMin("0") @DecimalMax("1") BigDecimal serviceUsageShare) {
}
