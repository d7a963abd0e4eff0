package ru.clusterpolicy.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Profiles for fuzzing: a plausible small cluster (every section, random kinds, regions, flags,
 * amounts and dates within the contract), then mutations of the kinds clients and attackers send:
 * values of the wrong type, numbers with huge exponents, odd dates, unknown fields and values,
 * missing fields, broken references, and bytes cut or changed in the JSON text.
 */
final class FuzzProfiles {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] KINDS = {"INDUSTRIAL", "INDUSTRIAL", "INDUSTRIAL", "RESEARCH", "EDUCATION", "INFRASTRUCTURE",
            "FINANCIAL", "PRODUCTION_SERVICES", "PUBLIC_BODY", "OTHER"};
    private static final String[] REGIONS = {"RU-TA", "RU-BA", "RU-MOW", "RU-KLU", "RU-ULY", "RU-PSK", "RU-SVE", "RU-ME", "RU-KK"};
    private static final String[] ODD_NUMBERS = {"1e100000", "1e999999999", "-1e999999999", "1e-999999999", "-0.0", "0.000001",
            "1E15", "1000000000000000.01", "99999999999999999999999", "-1", "3.14159265358979", "0"};
    private static final String[] ODD_DATES = {"+999999999-12-31", "10000-01-01", "2025-06-01T00:00:00Z", "2025-02-30",
            "1899-12-31", "2101-01-01", "0000-00-00", "", "2025-6-1", "01.06.2025", "2024-02-29"};
    private static final String[] ODD_STRINGS = {"", " ", "FACTORY", "RU-XX", "null", "«кавычки»", "\u0000", "x".repeat(1200),
            "\ud83d\ude00", "'; DROP TABLE", "<script>"};

    private FuzzProfiles() {
    }

    static ObjectNode plausible(Random random) {
        ObjectNode profile = JSON.objectNode();
        if (random.nextBoolean()) {
            profile.put("asOf", date(random, 2014, 2031));
        }
        if (random.nextBoolean()) {
            profile.put("reportingYear", 2015 + random.nextInt(12));
        }
        if (random.nextInt(10) == 0) {
            profile.put("keyRatePercent", random.nextInt(25));
        }
        ObjectNode cluster = profile.putObject("cluster").put("name", "Кластер " + random.nextInt(1000));
        if (random.nextBoolean()) {
            cluster.put("declaredScope", pick(random, "REGIONAL", "INTERREGIONAL", "NATIONAL"));
        }
        if (random.nextBoolean()) {
            cluster.put("registryDecisionDate", date(random, 2016, 2030));
        }
        if (random.nextInt(4) > 0) {
            ObjectNode so = profile.putObject("specializedOrganization").put("name", "АНО").put("region", pick(random, REGIONS))
                    .put("legalEntity", random.nextInt(8) > 0).put("inLiquidationOrBankruptcy", random.nextInt(10) == 0)
                    .put("hasTaxArrears", random.nextInt(10) == 0).put("authorizedByParticipants", random.nextInt(8) > 0)
                    .put("staffFte", BigDecimal.valueOf(random.nextInt(800), 2)).put("foundedYear", 2005 + random.nextInt(20))
                    .put("governanceBody", pick(random, "NONE", "EXISTS", "MEETS_2PLUS_PER_YEAR")).put("staffTraining", random.nextBoolean())
                    .put("budgetRub", random.nextInt(50_000_000)).put("nonBudgetShare", BigDecimal.valueOf(random.nextInt(101), 2))
                    .put("financialPlan2y", random.nextBoolean()).put("serviceUsageShare", BigDecimal.valueOf(random.nextInt(101), 2));
            ArrayNode services = so.putArray("serviceTypes");
            for (int i = random.nextInt(5); i > 0; i--) {
                services.add(pick(random, "MATCHMAKING", "TRAINING", "EXPORT", "CONSULTING"));
            }
        }
        int size = 1 + random.nextInt(12);
        ArrayNode participants = profile.putArray("participants");
        for (int i = 1; i <= size; i++) {
            ObjectNode p = participants.addObject().put("id", "p" + i).put("name", "Участник " + i);
            maybe(random, () -> p.put("kind", pick(random, KINDS)));
            maybe(random, () -> p.put("region", pick(random, REGIONS)));
            maybe(random, () -> p.put("okved", String.format("%02d.%02d", 1 + random.nextInt(98), random.nextInt(100))));
            maybe(random, () -> p.put("sme", random.nextBoolean()));
            maybe(random, () -> p.put("signedAgreement", random.nextBoolean()));
            maybe(random, () -> p.put("producedClusterProductLastPeriod", random.nextInt(5) > 0));
            maybe(random, () -> p.put("organizingProduction", random.nextBoolean()));
            maybe(random, () -> p.put("exporter", random.nextBoolean()));
            maybe(random, () -> p.put("employees", random.nextInt(5000)));
            long inputs = 1 + random.nextInt(1_000_000_000);
            maybe(random, () -> p.put("inputsRub", inputs));
            maybe(random, () -> p.put("inputsFromParticipantsRub", (long) (inputs * random.nextDouble())));
            maybe(random, () -> p.put("importedInputsRub", (long) (inputs * random.nextDouble() * 0.5)));
            if (random.nextInt(4) == 0) {
                p.putArray("specialTerritories").add(pick(random, "MONOTOWN", "GEOSTRATEGIC", "IPSER_REGION"));
            }
            if (random.nextInt(5) == 0) {
                p.putObject("spic").put("counterparty", pick(random, "RF", "REGION")).put("type", pick(random, "1.0", "2.0"))
                        .put("signed", date(random, 2016, 2026)).put("ends", date(random, 2024, 2040))
                        .put("obligesClusterSupply", random.nextBoolean());
            }
            if (random.nextInt(5) == 0) {
                ArrayNode purchases = p.putArray("startBatchPurchases");
                for (int j = random.nextInt(3); j >= 0; j--) {
                    ObjectNode purchase = purchases.addObject();
                    if (random.nextBoolean()) {
                        purchase.put("supplierId", "p" + (1 + random.nextInt(size)));
                    } else {
                        purchase.put("supplierName", "ООО «Поставщик»");
                    }
                    maybe(random, () -> purchase.put("costRub", random.nextInt(100_000_000)));
                    maybe(random, () -> purchase.put("date", date(random, 2021, 2026)));
                }
                maybe(random, () -> p.put("startBatchSubsidyReceivedRub", random.nextInt(200_000_000)));
            }
        }
        if (random.nextInt(4) > 0) {
            ArrayNode contracts = profile.putArray("contracts");
            for (int i = random.nextInt(size + 1); i > 0 && size > 1; i--) {
                int from = 1 + random.nextInt(size);
                int to = from % size + 1;
                contracts.addObject().put("from", "p" + from).put("to", "p" + to)
                        .put("type", pick(random, "SUPPLY", "IMPORT_SUBSTITUTION_PROJECT", "PRODUCTION_SERVICES"));
            }
        }
        if (random.nextInt(3) == 0) {
            ArrayNode projects = profile.putArray("projects");
            for (int i = 1 + random.nextInt(3); i > 0; i--) {
                ObjectNode project = projects.addObject().put("id", "jp" + i).put("name", "Проект " + i);
                ArrayNode members = project.putArray("participantIds");
                members.add("p1");
                if (size > 1) {
                    members.add("p" + (2 + random.nextInt(size - 1)));
                }
                maybe(random, () -> project.put("importSubstitution", random.nextBoolean()));
                long cost = 1 + (long) (random.nextDouble() * 5e9);
                maybe(random, () -> project.put("costRub", cost));
                maybe(random, () -> project.put("loanRub", (long) (cost * random.nextDouble())));
                maybe(random, () -> project.put("priorityProduct", random.nextBoolean()));
                maybe(random, () -> project.put("frpOpinion", pick(random, "NONE", "POSITIVE", "NEGATIVE")));
            }
        }
        maybe(random, () -> profile.putObject("strategy").put("document", random.nextBoolean()).put("kpiTargets", random.nextBoolean())
                .put("kpiMonitoring", random.nextBoolean()).put("updatedWithin3Years", random.nextBoolean())
                .put("developmentProgramme", random.nextBoolean()));
        maybe(random, () -> profile.putObject("communications").put("website", random.nextBoolean())
                .put("websiteUpdated90d", random.nextBoolean()).put("eventsPerYear", random.nextInt(20)));
        maybe(random, () -> profile.putObject("international").put("agreements", random.nextInt(5))
                .put("excellenceLabel", pick(random, "NONE", "BRONZE", "SILVER", "GOLD")));
        maybe(random, () -> profile.putObject("innovation").put("outputsPerYear", random.nextInt(8)));
        return profile;
    }

    /** The profile with up to a few mutations; sometimes its text is changed byte by byte instead. */
    static String mutated(Random random) {
        ObjectNode profile = plausible(random);
        int mutations = random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            mutate(profile, random);
        }
        String text = profile.toString();
        if (random.nextInt(12) == 0) {
            StringBuilder broken = new StringBuilder(text);
            int at = random.nextInt(broken.length());
            switch (random.nextInt(3)) {
                case 0 -> broken.setLength(at);
                case 1 -> broken.insert(at, pick(random, "{", "}", "[", ",", "\"", ":", "\\", "1e9999", "\u00ff"));
                default -> broken.deleteCharAt(at);
            }
            return broken.toString();
        }
        return text;
    }

    private static void mutate(ObjectNode profile, Random random) {
        List<Map.Entry<ObjectNode, String>> fields = new ArrayList<>();
        collect(profile, fields);
        Map.Entry<ObjectNode, String> target = fields.get(random.nextInt(fields.size()));
        ObjectNode owner = target.getKey();
        String field = target.getValue();
        switch (random.nextInt(9)) {
            case 0 -> owner.put(field, pick(random, ODD_NUMBERS).startsWith("1e") ? new BigDecimal(pick(random, ODD_NUMBERS))
                    : new BigDecimal(pick(random, ODD_NUMBERS)));
            case 1 -> owner.put(field, pick(random, ODD_DATES));
            case 2 -> owner.put(field, pick(random, ODD_STRINGS));
            case 3 -> owner.put(field, random.nextBoolean());
            case 4 -> owner.putNull(field);
            case 5 -> owner.remove(field);
            case 6 -> owner.put("unknown" + random.nextInt(3), 1);
            case 7 -> owner.putArray(field).add(JSON.nullNode()).add(1);
            default -> owner.putObject(field).put("x", "y");
        }
    }

    private static void collect(JsonNode node, List<Map.Entry<ObjectNode, String>> fields) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                fields.add(Map.entry(object, name));
                collect(object.get(name), fields);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> collect(element, fields));
        }
    }

    private static void maybe(Random random, Runnable put) {
        if (random.nextInt(5) > 0) {
            put.run();
        }
    }

    private static String date(Random random, int fromYear, int toYear) {
        return String.format("%04d-%02d-%02d", fromYear + random.nextInt(toYear - fromYear + 1), 1 + random.nextInt(12),
                1 + random.nextInt(28));
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... values) {
        return values[random.nextInt(values.length)];
    }
}
