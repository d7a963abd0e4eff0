package ru.clusterpolicy.rules.facts;

/** The specialised organisation; present is false when the profile names none. */
public final class SpecializedOrganization {
    private static final String POINTER = "/specializedOrganization";
    private final ru.clusterpolicy.profile.SpecializedOrganization source;

    public SpecializedOrganization(ru.clusterpolicy.profile.SpecializedOrganization source) {
        this.source = source;
    }

    public boolean isPresent() {
        return source != null;
    }

    /** JSON pointer of a field of the specialised organisation, for "missing input" lists. */
    public String pointer(String field) {
        return source == null ? POINTER : POINTER + "/" + field;
    }

    public String getName() {
        return source == null ? null : source.name();
    }

    public String getRegion() {
        return source == null ? null : source.region();
    }

    public Boolean getLegalEntity() {
        return source == null ? null : source.legalEntity();
    }

    public Boolean getInLiquidationOrBankruptcy() {
        return source == null ? null : source.inLiquidationOrBankruptcy();
    }

    public Boolean getHasTaxArrears() {
        return source == null ? null : source.hasTaxArrears();
    }

    public Boolean getAuthorizedByParticipants() {
        return source == null ? null : source.authorizedByParticipants();
    }
}
