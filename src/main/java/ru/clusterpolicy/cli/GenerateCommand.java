package ru.clusterpolicy.cli;

import ru.clusterpolicy.evaluation.DecisionJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * Writes a folder of realistic synthetic profiles, for impact analysis. Seeded, so the same command
 * gives the same corpus. Sizes are spread log-uniformly over the range (most registry clusters are
 * small, a few have about 200 residents); kinds, functional dependency and special territories
 * follow the proportions the seeds describe.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write synthetic cluster profiles to a folder.")
class GenerateCommand implements Callable<Integer> {
    private static final List<String> REGIONS = List.of("RU-TA", "RU-BA", "RU-SVE", "RU-CHE", "RU-NIZ", "RU-KLU",
            "RU-ULY", "RU-PSK", "RU-MOS", "RU-MOW", "RU-KDA", "RU-NVS", "RU-PER", "RU-SAM", "RU-TUL");
    private static final String[] KINDS = {"INDUSTRIAL", "RESEARCH", "EDUCATION", "INFRASTRUCTURE", "FINANCIAL",
            "PRODUCTION_SERVICES", "OTHER"};
    private static final double[] KIND_SHARES = {0.65, 0.08, 0.07, 0.08, 0.04, 0.05, 0.03};

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

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        Random random = new Random(seed);
        for (int i = 1; i <= count; i++) {
            int size = (int) Math.round(Math.exp(Math.log(min) + random.nextDouble() * (Math.log(max) - Math.log(min))));
            Files.writeString(out.resolve(String.format("synthetic-%03d.json", i)),
                    DecisionJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(profile(i, size, random)));
        }
        spec.commandLine().getOut().printf("wrote %d profiles (%d–%d participants, seed %d) to %s%n", count, min, max, seed, out);
        return 0;
    }

    private static ObjectNode profile(int number, int size, Random random) {
        ObjectNode profile = DecisionJson.MAPPER.createObjectNode();
        String region = REGIONS.get(random.nextInt(REGIONS.size()));
        profile.put("asOf", "2025-06-01").put("reportingYear", 2024);
        profile.putObject("cluster").put("name", "Synthetic cluster " + number).put("declaredScope", "REGIONAL");
        profile.putObject("specializedOrganization").put("name", "Cluster development centre " + number).put("region", region)
                .put("legalEntity", true).put("inLiquidationOrBankruptcy", random.nextDouble() < 0.03)
                .put("hasTaxArrears", random.nextDouble() < 0.05).put("authorizedByParticipants", random.nextDouble() < 0.95)
                .put("staffFte", Math.round(random.nextDouble() * 60) / 10.0);
        boolean monotownCluster = random.nextDouble() < 0.3;
        double dependency = Math.max(0.02, Math.min(0.95, 0.45 + random.nextGaussian() * 0.18));
        ArrayNode participants = profile.putArray("participants");
        for (int p = 1; p <= size; p++) {
            String kind = kind(random);
            ObjectNode participant = participants.addObject().put("id", "p" + p).put("name", "Participant " + p).put("kind", kind)
                    .put("region", random.nextDouble() < 0.9 ? region : REGIONS.get(random.nextInt(REGIONS.size())))
                    .put("signedAgreement", true);
            if (kind.equals("INDUSTRIAL")) {
                long inputs = 10_000_000L + random.nextInt(490) * 1_000_000L;
                participant.put("producedClusterProductLastPeriod", random.nextDouble() > 0.05).put("organizingProduction", true)
                        .put("inputsRub", inputs).put("inputsFromParticipantsRub", Math.round(inputs * dependency))
                        .put("importedInputsRub", Math.round(inputs * random.nextDouble() * 0.6));
            }
            if (monotownCluster && random.nextDouble() < 0.45) {
                participant.putArray("specialTerritories").add("MONOTOWN");
            }
        }
        ArrayNode contracts = profile.putArray("contracts");
        for (int p = 2; p <= size; p++) {
            if (random.nextDouble() < 0.97) {
                contracts.addObject().put("from", "p" + (p - 1)).put("to", "p" + p).put("type", "SUPPLY");
            }
        }
        profile.putObject("strategy").put("developmentProgramme", random.nextDouble() < 0.8).put("document", random.nextDouble() < 0.5);
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
