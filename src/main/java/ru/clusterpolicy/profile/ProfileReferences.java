package ru.clusterpolicy.profile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cross-references inside a profile, checked on the parsed tree so that they are reported together
 * with type and range errors: unique participant and project ids, and references that resolve.
 * Values of the wrong type are skipped here (the shape check names them).
 */
final class ProfileReferences {

    private ProfileReferences() {
    }

    static void check(JsonNode profile, Violations found) {
        JsonNode participants = profile.path("participants");
        Map<String, Integer> firstIndexOfId = new HashMap<>();
        for (int i = 0; i < participants.size() && !found.full(); i++) {
            String id = participants.path(i).path("id").textValue();
            if (id == null) {
                continue;
            }
            Integer first = firstIndexOfId.putIfAbsent(id, i);
            if (first != null) {
                found.add("/participants/" + i + "/id", "id.duplicate", Map.of("id", ProfileChecker.shorten(id),
                        "first", "/participants/" + first + "/id"));
            }
        }
        Set<String> ids = firstIndexOfId.keySet();
        JsonNode contracts = profile.path("contracts");
        for (int i = 0; i < contracts.size() && !found.full(); i++) {
            String at = "/contracts/" + i;
            String from = contracts.path(i).path("from").textValue();
            String to = contracts.path(i).path("to").textValue();
            requireKnown(ids, from, at + "/from", found);
            requireKnown(ids, to, at + "/to", found);
            if (from != null && from.equals(to)) {
                found.add(at + "/to", "contract.sameEnds", Map.of("id", ProfileChecker.shorten(from)));
            }
        }
        JsonNode projects = profile.path("projects");
        Set<String> projectIds = new HashSet<>();
        for (int i = 0; i < projects.size() && !found.full(); i++) {
            String id = projects.path(i).path("id").textValue();
            if (id != null && !projectIds.add(id)) {
                found.add("/projects/" + i + "/id", "project.duplicate", Map.of("id", ProfileChecker.shorten(id)));
            }
            JsonNode members = projects.path(i).path("participantIds");
            for (int j = 0; j < members.size() && !found.full(); j++) {
                requireKnown(ids, members.path(j).textValue(), "/projects/" + i + "/participantIds/" + j, found);
            }
        }
        for (int i = 0; i < participants.size() && !found.full(); i++) {
            JsonNode purchases = participants.path(i).path("startBatchPurchases");
            for (int j = 0; j < purchases.size() && !found.full(); j++) {
                JsonNode purchase = purchases.path(j);
                if (!purchase.isObject()) {
                    continue;
                }
                String at = "/participants/" + i + "/startBatchPurchases/" + j;
                boolean byId = purchase.hasNonNull("supplierId");
                boolean byName = purchase.hasNonNull("supplierName");
                if (byId == byName) {
                    found.add(at, "purchase.supplier", Map.of());
                } else if (byId) {
                    requireKnown(ids, purchase.path("supplierId").textValue(), at + "/supplierId", found);
                }
            }
        }
    }

    private static void requireKnown(Set<String> ids, String id, String pointer, Violations found) {
        if (id != null && !ids.contains(id)) {
            found.add(pointer, "reference.unknown", Map.of("id", ProfileChecker.shorten(id)));
        }
    }
}
