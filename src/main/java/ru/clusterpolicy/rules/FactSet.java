package ru.clusterpolicy.rules;

import ru.clusterpolicy.profile.ClusterProfile;
import ru.clusterpolicy.rules.facts.Cluster;
import ru.clusterpolicy.rules.facts.Contract;
import ru.clusterpolicy.rules.facts.Evaluation;
import ru.clusterpolicy.rules.facts.Participant;
import ru.clusterpolicy.rules.facts.Project;
import ru.clusterpolicy.rules.facts.SpecializedOrganization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns a checked profile into the facts a session starts from, resolving regions against reference data. */
public final class FactSet {

    private FactSet() {
    }

    public static List<Object> of(ClusterProfile profile, LocalDate asOf, ReferenceData reference) {
        List<Object> facts = new ArrayList<>();
        facts.add(new Evaluation(asOf, profile.reportingYear(), profile.contracts() != null));
        facts.add(new Cluster(profile.cluster(), profile.strategy()));
        facts.add(new SpecializedOrganization(profile.specializedOrganization()));
        for (int i = 0; i < profile.participants().size(); i++) {
            ru.clusterpolicy.profile.Participant p = profile.participants().get(i);
            ReferenceData.Region region = p.region() == null ? null : reference.region(p.region()).orElse(null);
            facts.add(new Participant(p, i, region == null ? null : region.federalDistrict(),
                    region != null && region.ipserAt(asOf)));
        }
        if (profile.contracts() != null) {
            profile.contracts().forEach(c -> facts.add(new Contract(c.from(), c.to(), c.type())));
        }
        if (profile.projects() != null) {
            profile.projects().forEach(p -> facts.add(new Project(p.id(), p.participantIds(), p.importSubstitution())));
        }
        return facts;
    }
}
