package ru.clusterpolicy.records;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import ru.clusterpolicy.evaluation.Decision;
import ru.clusterpolicy.evaluation.DecisionJson;
import ru.clusterpolicy.evaluation.Evaluator;
import ru.clusterpolicy.evaluation.Impact;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileReader;
import ru.clusterpolicy.rules.RuleSet;
import ru.clusterpolicy.rules.RuleSetCache;
import ru.clusterpolicy.rules.RuleSetDiff;
import ru.clusterpolicy.rules.RuleSetHolder;
import ru.clusterpolicy.rules.RuleSetLoader;
import ru.clusterpolicy.rules.RecentlyUsed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reproduces a recorded decision with the rule set that made it (replay), or evaluates its input
 * with the rule set in service now and says what changed and why (recheck). Archived versions are
 * compiled on demand (the compiled-rule-set cache of the data folder spares most compiles) and the
 * last few kept in memory.
 */
@Singleton
@Requires(notEnv = "cli")
public class Replays {

    /** What an answer may differ in and still be the same decision: its own id and when its rule set was loaded. */
    private static final Set<String> OWN_FIELDS = Set.of("/evaluationId", "/ruleSet/loadedAt");

    /** A difference between the recorded answer and the replayed one, by JSON pointer. */
    public record Difference(String pointer, String recorded, String replayed) {
    }

    /** A replay: the decision written as it was answered, and whether it is the recorded one. */
    public record Replay(byte[] answer, Decision decision, boolean identical, List<Difference> differences) {
    }

    /** A recheck: the decision now and, criterion by criterion and measure by measure, what moved and why. */
    public record Recheck(String recordedVersion, String currentVersion, LocalDate asOf, List<Impact.Change> changes,
                          Decision decision) {
    }

    private final RuleSetArchive archive;
    private final RuleSetHolder holder;
    private final Clock clock;
    private final ProfileReader reader;
    private final JsonMapper json;
    private final RuleSetLoader loader;
    private final Map<String, RuleSet> compiled;

    public Replays(RuleSetArchive archive, RuleSetHolder holder, Clock clock, ProfileReader reader, JsonMapper json,
                   @Value("${clusterpolicy.data:data}") String data,
                   @Value("${clusterpolicy.records.replay-cache:4}") int cached) {
        this.archive = archive;
        this.holder = holder;
        this.clock = clock;
        this.reader = reader;
        this.json = json;
        this.loader = new RuleSetLoader(clock, RuleSetCache.in(Path.of(data).resolve("compiled")));
        this.compiled = RecentlyUsed.map(cached);
    }

    /** Evaluates the recorded input again with the recorded rule set, on the recorded instant. */
    public Replay replay(EvaluationRecord record) {
        RuleSet ruleSet = ruleSet(record.ruleSetVersion());
        JsonNode recorded = tree(record.output());
        // the instant as answered (the database keeps microseconds, the answer may have had nanoseconds)
        java.time.Instant evaluatedAt = java.time.Instant.parse(recorded.get("evaluatedAt").asText());
        Evaluator evaluator = new Evaluator(new RuleSetHolder(ruleSet), Clock.fixed(evaluatedAt, clock.getZone()), reader);
        Decision evaluated = evaluator.evaluate(record.input(), record.traced());
        Decision decision = new Decision(record.id().toString(), evaluated.evaluatedAt(), evaluated.asOf(), evaluated.ruleSet(),
                evaluated.inputSha256(), evaluated.programmes(), evaluated.trace());
        Decision written = "full".equals(record.detail()) ? decision : decision.withMeasureReasons();
        byte[] answer = write(written);
        List<Difference> differences = new ArrayList<>();
        compare("", recorded, tree(answer), differences);
        differences.removeIf(d -> OWN_FIELDS.contains(d.pointer()));
        return new Replay(answer, decision, differences.isEmpty(), differences);
    }

    /** The recorded input, read as the profile it was (with the regions of the rule set that judged it). */
    public ru.clusterpolicy.profile.ClusterProfile profile(EvaluationRecord record) {
        var reference = ruleSet(record.ruleSetVersion()).catalog().reference();
        return reader.read(record.input(), code -> reference.region(code).isPresent());
    }

    /** Evaluates the recorded input with the rule set in service, on the recorded date or the one given. */
    public Recheck recheck(EvaluationRecord record, LocalDate asOf, Language language) {
        LocalDate date = asOf != null ? asOf : record.asOf();
        byte[] input = onDate(record.input(), date);
        RuleSet recorded = ruleSet(record.ruleSetVersion());
        RuleSet current = holder.current();
        Decision before = new Evaluator(new RuleSetHolder(recorded), clock, reader).evaluate(input, false);
        Decision now = new Evaluator(new RuleSetHolder(current), clock, reader).evaluate(input, false);
        Impact impact = new Impact(RuleSetDiff.between(recorded.source(), current.source()), language);
        return new Recheck(recorded.version(), current.version(), date,
                impact.between(record.id().toString(), date, before, now), now.withMeasureReasons());
    }

    /** A version compiled from the archive (the one serving, or one served lately, without compiling). */
    public RuleSet ruleSet(String version) {
        Optional<RuleSet> served = holder.served(version);
        if (served.isPresent()) {
            return served.get();
        }
        synchronized (compiled) {
            RuleSet ruleSet = compiled.get(version);
            if (ruleSet == null) {
                ruleSet = loader.load(archive.source(version).orElseThrow(() -> new ArchiveMissingException(version, "its manifest")));
                compiled.put(version, ruleSet);
            }
            return ruleSet;
        }
    }

    private byte[] write(Decision decision) {
        try {
            return json.writeValueAsBytes(decision);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(byte[] bytes) {
        try {
            return DecisionJson.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] onDate(byte[] input, LocalDate date) {
        try {
            ObjectNode profile = (ObjectNode) DecisionJson.MAPPER.readTree(input);
            profile.put("asOf", date.toString());
            return DecisionJson.MAPPER.writeValueAsBytes(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compare(String pointer, JsonNode recorded, JsonNode replayed, List<Difference> differences) {
        if (recorded.isObject() && replayed.isObject()) {
            Set<String> names = new java.util.LinkedHashSet<>();
            recorded.fieldNames().forEachRemaining(names::add);
            replayed.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                JsonNode a = recorded.get(name);
                JsonNode b = replayed.get(name);
                if (a == null || b == null) {
                    differences.add(new Difference(child, a == null ? null : a.toString(), b == null ? null : b.toString()));
                } else {
                    compare(child, a, b, differences);
                }
            }
        } else if (recorded.isArray() && replayed.isArray() && recorded.size() == replayed.size()) {
            Iterator<JsonNode> a = recorded.elements();
            Iterator<JsonNode> b = replayed.elements();
            for (int i = 0; a.hasNext(); i++) {
                compare(pointer + "/" + i, a.next(), b.next(), differences);
            }
        } else if (!recorded.equals(replayed)) {
            differences.add(new Difference(pointer, recorded.toString(), replayed.toString()));
        }
    }
}
