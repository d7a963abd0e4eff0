package ru.clusterpolicy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds test profiles: a small cluster that meets every Decree 779 requirement, which a test
 * then changes in the one respect it is about.
 */
public final class Profiles {
    public static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private Profiles() {
    }

    /**
     * 10 industrial participants (producing, functional dependency 60 %, imports 10 %) in
     * Tatarstan, one research institute, every participant linked in a chain of supply contracts,
     * a specialised organisation in good standing, a development programme.
     */
    /** A profile file, as an editable tree. */
    public static ObjectNode read(java.nio.file.Path file) throws java.io.IOException {
        return (ObjectNode) JSON.readTree(file.toFile());
    }

    public static ObjectNode eligible(String asOf) {
        ObjectNode profile = JSON.createObjectNode();
        profile.put("asOf", asOf);
        profile.putObject("cluster").put("name", "Тестовый кластер");
        profile.putObject("specializedOrganization")
                .put("name", "АНО «Центр кластерного развития»").put("region", "RU-TA").put("legalEntity", true)
                .put("inLiquidationOrBankruptcy", false).put("hasTaxArrears", false).put("authorizedByParticipants", true);
        ArrayNode participants = profile.putArray("participants");
        for (int i = 1; i <= 10; i++) {
            participants.addObject().put("id", "p" + i).put("name", "Завод " + i).put("kind", "INDUSTRIAL")
                    .put("region", "RU-TA").put("producedClusterProductLastPeriod", true)
                    .put("inputsRub", 100_000_000).put("inputsFromParticipantsRub", 60_000_000)
                    .put("importedInputsRub", 10_000_000);
        }
        participants.addObject().put("id", "r1").put("name", "НИИ").put("kind", "RESEARCH").put("region", "RU-TA");
        relinkContracts(profile);
        profile.putObject("strategy").put("developmentProgramme", true);
        return profile;
    }

    /** Replaces the contracts with a chain through every participant, in order. */
    public static ObjectNode relinkContracts(ObjectNode profile) {
        ArrayNode contracts = profile.putArray("contracts");
        ArrayNode participants = (ArrayNode) profile.get("participants");
        for (int i = 1; i < participants.size(); i++) {
            contracts.addObject().put("from", participants.get(i - 1).get("id").asText())
                    .put("to", participants.get(i).get("id").asText()).put("type", "SUPPLY");
        }
        return profile;
    }

    public static ObjectNode participant(ObjectNode profile, String id) {
        for (var p : profile.get("participants")) {
            if (p.get("id").asText().equals(id)) {
                return (ObjectNode) p;
            }
        }
        throw new IllegalArgumentException(id);
    }

    /** Sets every industrial participant's purchases so the functional-dependency level is the given share. */
    public static ObjectNode functionalDependency(ObjectNode profile, double share) {
        for (var p : profile.get("participants")) {
            if (p.path("kind").asText().equals("INDUSTRIAL")) {
                ((ObjectNode) p).put("inputsRub", 100_000_000).put("inputsFromParticipantsRub", (long) (share * 100_000_000));
            }
        }
        return profile;
    }
}
