package ru.clusterpolicy.bench;

import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.profile.Contract;
import ru.clusterpolicy.profile.Participant;
import ru.clusterpolicy.profile.ParticipantKind;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The Decree 779 criteria written as plain Java, for the benchmark only: the limit the rules
 * engine is measured against. Thresholds are hard-coded here on purpose; the service keeps them in
 * the workbook. It decides the same statuses but writes no explanation.
 */
final class PlainDecree779 {
    private static final Set<ParticipantKind> SUPPORT = EnumSet.of(ParticipantKind.RESEARCH, ParticipantKind.EDUCATION,
            ParticipantKind.INFRASTRUCTURE, ParticipantKind.FINANCIAL);
    private static final LocalDate REDUCED_2018 = LocalDate.of(2018, 8, 2);
    private static final LocalDate EDITION_2021 = LocalDate.of(2021, 11, 16);

    private PlainDecree779() {
    }

    /** The verdict: ELIGIBLE, NOT_ELIGIBLE or INSUFFICIENT_DATA (unknowns folded in as in the service). */
    static String verdict(ClusterProfile profile, LocalDate asOf) {
        int industrial = 0;
        int support = 0;
        int special = 0;
        int nonProducing = 0;
        int notOrganizing = 0;
        BigDecimal fromParticipants = BigDecimal.ZERO;
        BigDecimal inputs = BigDecimal.ZERO;
        Set<String> linked = new HashSet<>();
        Set<String> regions = new HashSet<>();
        if (profile.contracts() != null) {
            for (Contract c : profile.contracts()) {
                linked.add(c.from());
                linked.add(c.to());
            }
        }
        for (Participant p : profile.participants()) {
            if (p.region() != null) {
                regions.add(p.region());
            }
            if (p.specialTerritories() != null && !p.specialTerritories().isEmpty()) {
                special++;
            }
            if (p.kind() == ParticipantKind.INDUSTRIAL) {
                industrial++;
                if (Boolean.TRUE.equals(p.producedClusterProductLastPeriod())) {
                    fromParticipants = fromParticipants.add(p.inputsFromParticipantsRub());
                    inputs = inputs.add(p.inputsRub());
                } else {
                    nonProducing++;
                    if (!Boolean.TRUE.equals(p.organizingProduction())) {
                        notOrganizing++;
                    }
                }
            } else if (SUPPORT.contains(p.kind())) {
                support++;
            }
            if (Boolean.TRUE.equals(p.organizingProduction()) && !asOf.isBefore(EDITION_2021)) {
                linked.add(p.id());
            }
        }
        boolean cooperation = linked.size() >= profile.participants().size();
        BigDecimal dependency = inputs.signum() == 0 ? BigDecimal.ZERO : fromParticipants.divide(inputs, MathContext.DECIMAL64);
        boolean manySpecial = special * 10 >= profile.participants().size() * 3;
        BigDecimal threshold = asOf.isBefore(REDUCED_2018) || !manySpecial ? new BigDecimal("0.5")
                : asOf.isBefore(EDITION_2021) ? new BigDecimal("0.2") : new BigDecimal("0.1");
        boolean nonProducingOk = asOf.isBefore(EDITION_2021) ? nonProducing == 0 : nonProducing <= 3 && notOrganizing == 0;
        var so = profile.specializedOrganization();
        boolean soOk = so != null && Boolean.TRUE.equals(so.legalEntity()) && Boolean.FALSE.equals(so.inLiquidationOrBankruptcy())
                && Boolean.FALSE.equals(so.hasTaxArrears()) && Boolean.TRUE.equals(so.authorizedByParticipants())
                && regions.contains(so.region());
        boolean programme = profile.strategy() != null && Boolean.TRUE.equals(profile.strategy().developmentProgramme());
        boolean met = cooperation && industrial >= 10 && support >= 1 && dependency.compareTo(threshold) >= 0 && nonProducingOk
                && soOk && programme;
        return met ? "ELIGIBLE" : "NOT_ELIGIBLE";
    }
}
