package ru.clusterpolicy.profile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Cross-references inside a profile: unique participant ids and references that resolve. */
final class ProfileReferences {

    private ProfileReferences() {
    }

    static List<Violation> check(ClusterProfile profile) {
        List<Violation> violations = new ArrayList<>();
        if (profile.participants() == null) {
            return violations;
        }
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < profile.participants().size(); i++) {
            Participant participant = profile.participants().get(i);
            if (participant == null || participant.id() == null) {
                continue;
            }
            Integer first = firstIndexOfId.putIfAbsent(participant.id(), i);
            if (first != null) {
                violations.add(new Violation("/participants/" + i + "/id", "duplicate participant id '"
                        + participant.id() + "' (first used at /participants/" + first + "/id)"));
            }
        }
        Set<String> ids = firstIndexOfId.keySet();
        checkContracts(profile, ids, violations);
        checkProjects(profile, ids, violations);
        checkPurchases(profile, ids, violations);
        return violations;
    }

    private static void checkContracts(ClusterProfile profile, Set<String> ids, List<Violation> violations) {
        if (profile.contracts() == null) {
            return;
        }
        for (int i = 0; i < profile.contracts().size(); i++) {
            Contract contract = profile.contracts().get(i);
            if (contract == null) {
                continue;
            }
            String at = "/contracts/" + i;
            requireKnown(ids, contract.from(), at + "/from", violations);
            requireKnown(ids, contract.to(), at + "/to", violations);
            if (contract.from() != null && contract.from().equals(contract.to())) {
                violations.add(new Violation(at + "/to",
                        "a contract links two different participants; both ends are '" + contract.from() + "'"));
            }
        }
    }

    private static void checkProjects(ClusterProfile profile, Set<String> ids, List<Violation> violations) {
        if (profile.projects() == null) {
            return;
        }
        Set<String> projectIds = new java.util.HashSet<>();
        for (int i = 0; i < profile.projects().size(); i++) {
            Project project = profile.projects().get(i);
            if (project == null) {
                continue;
            }
            if (project.id() != null && !projectIds.add(project.id())) {
                violations.add(new Violation("/projects/" + i + "/id", "duplicate project id '" + project.id() + "'"));
            }
            if (project.participantIds() == null) {
                continue;
            }
            for (int j = 0; j < project.participantIds().size(); j++) {
                requireKnown(ids, project.participantIds().get(j), "/projects/" + i + "/participantIds/" + j, violations);
            }
        }
    }

    private static void checkPurchases(ClusterProfile profile, Set<String> ids, List<Violation> violations) {
        for (int i = 0; i < profile.participants().size(); i++) {
            Participant participant = profile.participants().get(i);
            if (participant == null || participant.startBatchPurchases() == null) {
                continue;
            }
            for (int j = 0; j < participant.startBatchPurchases().size(); j++) {
                Participant.StartBatchPurchase purchase = participant.startBatchPurchases().get(j);
                if (purchase == null) {
                    continue;
                }
                String at = "/participants/" + i + "/startBatchPurchases/" + j;
                boolean byId = purchase.supplierId() != null;
                boolean byName = purchase.supplierName() != null;
                if (byId == byName) {
                    violations.add(new Violation(at, "name the supplier by exactly one of supplierId "
                            + "(a participant) or supplierName (a supplier outside the cluster)"));
                } else if (byId) {
                    requireKnown(ids, purchase.supplierId(), at + "/supplierId", violations);
                }
            }
        }
    }

    private static void requireKnown(Set<String> ids, String id, String pointer, List<Violation> violations) {
        if (id != null && !ids.contains(id)) {
            violations.add(new Violation(pointer, "no participant has id '" + id + "'"));
        }
    }
}
