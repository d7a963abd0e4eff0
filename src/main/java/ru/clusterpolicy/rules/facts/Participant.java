package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.profile.ParticipantKind;
import ru.clusterpolicy.profile.SpecialTerritory;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

/** A participant as the rules see it: the profile's fields plus what reference data says of its region. */
public final class Participant {
    private final ru.clusterpolicy.profile.Participant source;
    private final String pointer;
    private final String federalDistrict;
    private final ru.clusterpolicy.rules.ReferenceData.RegionListing ipser;
    private final boolean inNewRegion;
    private final Set<SpecialTerritory> declaredSpecialTerritories;
    private final String okvedSection;

    /**
     * @param ipser        the listing of the participant's region as an ИПСЭР region on the evaluation date, if any
     * @param inNewRegion  the region is a new region of the Federation, under transitional rules on that date
     * @param okvedSection the OKVED 2 section (a letter) the participant's code falls in, by reference data
     */
    public Participant(ru.clusterpolicy.profile.Participant source, int index, String federalDistrict,
                       ru.clusterpolicy.rules.ReferenceData.RegionListing ipser, boolean inNewRegion, String okvedSection) {
        this.source = source;
        this.okvedSection = okvedSection;
        this.pointer = "/participants/" + index;
        this.federalDistrict = federalDistrict;
        this.ipser = ipser;
        this.inNewRegion = inNewRegion;
        this.declaredSpecialTerritories = source.specialTerritories() == null || source.specialTerritories().isEmpty()
                ? EnumSet.noneOf(SpecialTerritory.class) : EnumSet.copyOf(source.specialTerritories());
    }

    public String getId() {
        return source.id();
    }

    /** The key metrics and measures about this participant carry. */
    public String getSubject() {
        return Subjects.participant(source.id());
    }

    /** The name to show a reader: the participant's name, or its id when it has none. */
    public String getLabel() {
        return source.name() != null ? source.name() : source.id();
    }

    /** JSON pointer of this participant in the submitted profile. */
    public String getPointer() {
        return pointer;
    }

    public ParticipantKind getKind() {
        return source.kind();
    }

    public String getRegion() {
        return source.region();
    }

    public String getFederalDistrict() {
        return federalDistrict;
    }

    public String getOkvedSection() {
        return okvedSection;
    }

    /** The OKVED 2 division: the first two digits of the code. */
    public String getOkvedDivision() {
        return source.okved() == null || source.okved().length() < 2 ? null : source.okved().substring(0, 2);
    }

    public Boolean getSme() {
        return source.sme();
    }

    public Boolean getSignedAgreement() {
        return source.signedAgreement();
    }

    public Boolean getExporter() {
        return source.exporter();
    }

    public Boolean getProducedClusterProductLastPeriod() {
        return source.producedClusterProductLastPeriod();
    }

    public Boolean getOrganizingProduction() {
        return source.organizingProduction();
    }

    public BigDecimal getInputsRub() {
        return source.inputsRub();
    }

    public BigDecimal getInputsFromParticipantsRub() {
        return source.inputsFromParticipantsRub();
    }

    public BigDecimal getImportedInputsRub() {
        return source.importedInputsRub();
    }

    public Boolean getSpicObligesClusterSupply() {
        return source.spic() == null ? null : source.spic().obligesClusterSupply();
    }

    /** Party to a СПИК with this counterparty and of this type; null when the СПИК does not say. */
    public Boolean spicWith(String counterparty, String type) {
        if (source.spic() == null) {
            return false;
        }
        if (source.spic().counterparty() == null || source.spic().type() == null) {
            return null;
        }
        return source.spic().counterparty().equals(counterparty) && source.spic().type().equals(type);
    }

    public boolean isSpicParty() {
        return source.spic() != null;
    }

    public java.time.LocalDate getSpicSigned() {
        return source.spic() == null ? null : source.spic().signed();
    }

    public java.time.LocalDate getSpicEnds() {
        return source.spic() == null ? null : source.spic().ends();
    }

    public boolean isStartBatchBuyer() {
        return source.startBatchPurchases() != null && !source.startBatchPurchases().isEmpty();
    }

    public BigDecimal getStartBatchSubsidyReceivedRub() {
        return source.startBatchSubsidyReceivedRub();
    }

    public Set<SpecialTerritory> getDeclaredSpecialTerritories() {
        return declaredSpecialTerritories;
    }

    /** The region is on the reference list of ИПСЭР regions in force at the evaluation date. */
    public boolean isInIpserRegion() {
        return ipser != null;
    }

    /** Declared in a special territory, or in an ИПСЭР region by reference data. */
    public boolean isInSpecialTerritory() {
        return !declaredSpecialTerritories.isEmpty() || ipser != null;
    }

    /** Counts as in a special territory only because its region is an ИПСЭР region. */
    public boolean isSpecialTerritoryInferred() {
        return declaredSpecialTerritories.isEmpty() && ipser != null;
    }

    /** Counted as in a special territory by a list of ИПСЭР regions that is not confirmed. */
    public boolean isSpecialTerritoryUnconfirmed() {
        return isSpecialTerritoryInferred() && "UNCONFIRMED".equals(ipser.verification());
    }

    /** In a new region of the Federation, where transitional rules apply on the evaluation date. */
    public boolean isInNewRegion() {
        return inNewRegion;
    }

    @Override
    public String toString() {
        return getLabel();
    }
}
