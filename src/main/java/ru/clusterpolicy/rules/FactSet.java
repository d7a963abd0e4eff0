package ru.clusterpolicy.rules;

import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.rules.facts.Answers;
import ru.clusterpolicy.rules.facts.Cluster;
import ru.clusterpolicy.rules.facts.Contract;
import ru.clusterpolicy.rules.facts.Evaluation;
import ru.clusterpolicy.rules.facts.KeyRate;
import ru.clusterpolicy.rules.facts.Participant;
import ru.clusterpolicy.rules.facts.Project;
import ru.clusterpolicy.rules.facts.Purchase;
import ru.clusterpolicy.rules.facts.SpecializedOrganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/** Turns a checked profile into the facts a session starts from, resolving regions against reference data. */
public final class FactSet {

    private FactSet() {
    }

    public static List<Object> of(ClusterProfile profile, LocalDate asOf, ReferenceData reference,
                                  List<Programme> programmes) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Evaluation(asOf, profile.reportingYear(), profile.contracts() != null, profile.projects() != null,
                reference.checked()));
        facts.add(new Answers(profile));
        facts.add(new Cluster(profile.cluster(), profile.strategy()));
        facts.add(new SpecializedOrganization(profile.specializedOrganization()));
        Map<String, String> labels = new HashMap<>();
        profile.participants().forEach(p -> labels.put(p.id(), p.name() != null ? p.name() : p.id()));
        for (int i = 0; i < profile.participants().size(); i++) {
            ru.clusterpolicy.profile.Participant p = profile.participants().get(i);
            ReferenceData.Region region = p.region() == null ? null : reference.region(p.region()).orElse(null);
            ReferenceData.RegionListing ipser = region == null ? null : reference.ipserAt(region.code(), asOf).orElse(null);
            Participant participant = new Participant(p, i, region == null ? null : region.federalDistrict(), ipser,
                    region != null && reference.newRegionAt(region.code(), asOf).isPresent(),
                    reference.okvedSection(p.okved()).orElse(null));
            facts.add(participant);
            List<ru.clusterpolicy.profile.Participant.StartBatchPurchase> purchases =
                    p.startBatchPurchases() == null ? List.of() : p.startBatchPurchases();
            for (int j = 0; j < purchases.size(); j++) {
                var purchase = purchases.get(j);
                String supplier = purchase.supplierId() != null ? labels.get(purchase.supplierId()) : purchase.supplierName();
                facts.add(new Purchase(participant, j, purchase.supplierId(), supplier, purchase.costRub(), purchase.date()));
            }
        }
        if (profile.contracts() != null) {
            profile.contracts().forEach(c -> facts.add(new Contract(c.from(), c.to(), c.type())));
        }
        if (profile.projects() != null) {
            for (int i = 0; i < profile.projects().size(); i++) {
                facts.add(new Project(profile.projects().get(i), i));
            }
        }
        programmes.stream().flatMap(p -> p.parameters().stream()).filter(p -> p.inForceAt(asOf)).forEach(facts::add);
        programmes.stream().flatMap(p -> p.indicators().stream()).forEach(facts::add);
        programmes.stream().flatMap(p -> p.blocks().stream()).forEach(facts::add);
        if (profile.keyRatePercent() != null) {
            facts.add(new KeyRate(profile.keyRatePercent(), null, null));
        } else {
            // a date past the table's last check gets the last known rate, and says so
            LocalDate checked = reference.checkedOn(ReferenceData.KEY_RATE_TABLE).orElse(null);
            reference.keyRateAt(asOf).map(rate -> new KeyRate(rate.percent(), rate.from(), checked)).ifPresent(facts::add);
        }
        return facts;
    }
}
