package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.DecisionJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Writes a folder of realistic synthetic profiles, for impact analysis, that exercise all four
 * programmes. Seeded, so the same command gives the same corpus. Sizes are spread log-uniformly
 * over the range (most registry clusters are small, a few have about 200 residents); kinds,
 * functional dependency and special territories follow the proportions the seeds describe.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write synthetic cluster profiles to a folder.")
class GenerateCommand implements Callable<Integer> {
    private static final List<String> REGIONS = List.of("RU-TA", "RU-BA", "RU-SVE", "RU-CHE", "RU-NIZ", "RU-KLU",
            "RU-ULY", "RU-PSK", "RU-MOS", "RU-MOW", "RU-KDA", "RU-NVS", "RU-PER", "RU-SAM", "RU-TUL");
    private static final String[] KINDS = {"INDUSTRIAL", "RESEARCH", "EDUCATION", "INFRASTRUCTURE", "FINANCIAL",
            "PRODUCTION_SERVICES", "OTHER"};
    private static final double[] KIND_SHARES = {0.65, 0.08, 0.07, 0.08, 0.04, 0.05, 0.03};
    private static final String[] GOVERNANCE = {"NONE", "EXISTS", "MEETS_2PLUS_PER_YEAR"};
    private static final String[] FRP = {"NONE", "POSITIVE", "POSITIVE", "NEGATIVE"};
    private static final String[] LABELS = {"NONE", "NONE", "NONE", "BRONZE", "SILVER", "GOLD"};
    private static final List<String> SERVICES = List.of("MATCHMAKING", "TRAINING", "EXPORT", "MARKETING", "CONSULTING");
    private static final List<String> OKVED = List.of("29.10", "29.32", "20.13", "22.29", "25.62", "27.11", "10.51", "08.99");

    @Option(names = "--count", defaultValue = "40", description = "how many profiles (default 40)")
    int count;

    @Option(names = "--seed", defaultValue = "779", description = "random seed (default 779)")
    long seed;

    @Option(names = "--min", defaultValue = "10", description = "fewest participants (default 10)")
    int min;

    @Option(names = "--max", defaultValue = "1000", description = "most participants (default 1000)")
    int max;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write to")
    Path out;

    @Spec
    CommandSpec spec;

    @Mixin
    Words words;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        Random random = new Random(seed);
        for (int i = 1; i <= count; i++) {
            int size = (int) Math.round(Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min))));
            Files.writeString(out.resolve(String.format("synthetic-%03d.json", i)),
                    DecisionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(profile(i, size, random)));
        }
        spec.commandLine().getOut().println(words.say("generate.done", "count", count, "min", min, "max", max,
                "seed", String.valueOf(seed), "out", out.toString()));
        return 0;
    }

    /**
     * One cluster: its composition and cooperation (Decree 779), its specialised organisation,
     * strategy, communications and international activity (maturity), registry decision, СПИКs,
     * start-batch purchases and joint projects (the 2023 regime), and its participants' regions
     * across districts (typology). Some inputs are left out, as real profiles leave them.
     */
    private static ObjectNode profile(int number, int size, Random random) {
        ObjectNode profile = DecisionJson.MAPPER.createObjectNode();
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        boolean interregional = random.nextDouble() < 0.25;
        profile.put("asOf", "2025-06-01").put("reportingYear", 2024);
        ObjectNode cluster = profile.putObject("cluster").put("name", "Синтетический кластер № " + number)
                .put("declaredScope", interregional ? (random.nextDouble() < 0.3 ? "NATIONAL" : "INTERREGIONAL") : "REGIONAL")
                .put("foundedYear", 2010 + random.nextInt(14));
        if (random.nextDouble() < 0.6) {
            cluster.put("registryDecisionDate", LocalDate.of(2018 + random.nextInt(7), 1 + random.nextInt(12), 1).toString());
        }
        ObjectNode organisation = profile.putObject("specializedOrganization").put("name", "АНО «Центр развития кластера № " + number + "»")
                .put("region", region).put("legalEntity", true).put("inLiquidationOrBankruptcy", random.nextDouble() < 0.03)
                .put("hasTaxArrears", random.nextDouble() < 0.05).put("authorizedByParticipants", random.nextDouble() < 0.95)
                .put("staffFte", Math.round(random.nextDouble() * 60) / 10.0).put("foundedYear", 2012 + random.nextInt(12))
                .put("governanceBody", GOVERNANCE[random.nextInt(GOVERNANCE.length)]).put("staffTraining", random.nextBoolean())
                .put("budgetRub", (1 + random.nextInt(40)) * 1_000_000L).put("nonBudgetShare", Math.round(random.nextDouble() * 100) / 100.0)
                .put("financialPlan2y", random.nextBoolean()).put("serviceUsageShare", Math.round(random.nextDouble() * 100) / 100.0);
        ArrayNode services = organisation.putArray("serviceTypes");
        SERVICES.stream().filter(service -> random.nextDouble() < 0.4).forEach(services::add);
        boolean monotownCluster = random.nextDouble() < 0.3;
        double dependency = Math.max(0.02, Math.min(0.95, 0.45 + random.nextGaussian() * 0.18));
        ArrayNode participants = profile.putArray("participants");
        List<String> industrial = new java.util.ArrayList<>();
        for (int p = 1; p <= size; p++) {
            String kind = kind(random);
            String at = interregional && random.nextDouble() < 0.4 ? REGIONS.get(random.nextInt(REGIONS.size())) : region;
            ObjectNode participant = participants.addObject().put("id", "p" + p).put("name", "Участник " + p).put("kind", kind)
                    .put("region", at).put("signedAgreement", random.nextDouble() < 0.9).put("sme", random.nextDouble() < 0.6)
                    .put("exporter", random.nextDouble() < 0.3);
            if (kind.equals("INDUSTRIAL")) {
                industrial.add("p" + p);
                long inputs = 10_000_000L + random.nextInt(490) * 1_000_000L;
                participant.put("okved", OKVED.get(random.nextInt(OKVED.size())))
                        .put("producedClusterProductLastPeriod", random.nextDouble() > 0.05).put("organizingProduction", true)
                        .put("inputsRub", inputs).put("inputsFromParticipantsRub", Math.round(inputs * dependency))
                        .put("importedInputsRub", Math.round(inputs * random.nextDouble() * 0.6));
                if (random.nextDouble() < 0.1) {
                    participant.putObject("spic").put("counterparty", "RF").put("type", random.nextDouble() < 0.7 ? "1.0" : "2.0")
                            .put("signed", "2022-0" + (1 + random.nextInt(9)) + "-01").put("ends", "2032-01-01")
                            .put("obligesClusterSupply", random.nextBoolean());
                }
            }
            if (monotownCluster && random.nextDouble() < 0.45) {
                participant.putArray("specialTerritories").add("MONOTOWN");
            }
        }
        // start batches bought from other participants (and the odd outside supplier)
        for (String buyer : industrial) {
            if (industrial.size() > 1 && random.nextDouble() < 0.15) {
                ObjectNode participant = (ObjectNode) participants.get(Integer.parseInt(buyer.substring(1)) - 1);
                ArrayNode purchases = participant.putArray("startBatchPurchases");
                for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                    ObjectNode purchase = purchases.addObject();
                    String supplier = industrial.get(random.nextInt(industrial.size()));
                    if (random.nextDouble() < 0.2 || supplier.equals(buyer)) {
                        purchase.put("supplierName", "ООО «Внешний поставщик " + k + "»");
                    } else {
                        purchase.put("supplierId", supplier);
                    }
                    purchase.put("costRub", (5 + random.nextInt(80)) * 1_000_000L)
                            .put("date", LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1).toString());
                }
                participant.put("startBatchSubsidyReceivedRub", random.nextDouble() < 0.3 ? 50_000_000L : 0L);
            }
        }
        ArrayNode contracts = profile.putArray("contracts");
        for (int p = 2; p <= size; p++) {
            if (random.nextDouble() < 0.97) {
                contracts.addObject().put("from", "p" + (p - 1)).put("to", "p" + p).put("type", "SUPPLY");
            }
        }
        ArrayNode projects = profile.putArray("projects");
        for (int j = 1, n = random.nextInt(4); j <= n && industrial.size() > 1; j++) {
            ObjectNode project = projects.addObject().put("id", "jp" + j).put("name", "Совместный проект " + j)
                    .put("importSubstitution", random.nextDouble() < 0.7)
                    .put("costRub", (200 + random.nextInt(4800)) * 1_000_000L).put("priorityProduct", random.nextDouble() < 0.6)
                    .put("frpOpinion", FRP[random.nextInt(FRP.length)]);
            project.put("loanRub", Math.round(project.get("costRub").asLong() * (0.3 + random.nextDouble() * 0.6) / 1_000_000) * 1_000_000L);
            ArrayNode members = project.putArray("participantIds");
            members.add(industrial.get(0)).add(industrial.get(1 + random.nextInt(industrial.size() - 1)));
        }
        profile.putObject("strategy").put("developmentProgramme", random.nextDouble() < 0.8).put("document", random.nextDouble() < 0.5)
                .put("kpiTargets", random.nextBoolean()).put("kpiMonitoring", random.nextBoolean())
                .put("updatedWithin3Years", random.nextBoolean());
        profile.putObject("communications").put("website", random.nextDouble() < 0.85).put("websiteUpdated90d", random.nextBoolean())
                .put("websiteEnglish", random.nextDouble() < 0.3).put("eventsPerYear", random.nextInt(15))
                .put("mediaItemsPerYear", random.nextInt(10)).put("satisfactionSurvey2y", random.nextBoolean());
        profile.putObject("international").put("agreements", random.nextInt(5)).put("actionsPerYear", random.nextInt(5))
                .put("eccpProfile", random.nextDouble() < 0.2).put("excellenceLabel", LABELS[random.nextInt(LABELS.length)]);
        profile.putObject("innovation").put("outputsPerYear", random.nextInt(8));
        return profile;
    }
    private static String kind(Random random) {
        double draw = random.nextDouble();
        for (int k = 0; k < KINDS.length; k++) {
            draw -= KIND_SHARES[k];
            if (draw < 0) {
                return KINDS[k];
            }
        }
        return KINDS[0];
    }
}
