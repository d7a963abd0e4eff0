package ru.clusterpolicy.profile;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a profile from JSON strictly, and reports every error it can find at once: malformed
 * JSON, then (on the parsed tree, in one pass) wrong types, unknown fields, unknown enumeration
 * values and region codes, numbers and dates out of their declared bounds, duplicate ids and
 * references that do not resolve. A typo never becomes "missing data", and no value is used in
 * arithmetic before it has been checked.
 */
@Singleton
public class ProfileReader {

    /** A profile's numbers are short: 1e999999999 is, but it is refused by its bounds, not by its length. */
    private static final StreamReadConstraints LIMITS = StreamReadConstraints.builder()
            .maxNumberLength(100).maxNestingDepth(64).maxStringLength(1_000_000).build();
    private static final ObjectMapper STRICT = buildStrictMapper();
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");

    private final int maxErrors;

    @Inject
    public ProfileReader(@Value("${clusterpolicy.max-errors:100}") int maxErrors) {
        this.maxErrors = maxErrors;
    }

    /** The strict mapper: binds a checked tree to the profile's records, and writes them back as the API does. */
    public static ObjectMapper strictMapper() {
        return STRICT;
    }

    private static ObjectMapper buildStrictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.getFactory().setStreamReadConstraints(LIMITS);
        return mapper;
    }

    /** Parses and checks a profile; throws {@link ProfileRejectedException} listing what is wrong. */
    public ClusterProfile read(byte[] json, Predicate<String> knownRegion) {
        return bind(check(parse(json), knownRegion, ProfileRejectedException.Subject.PROFILE));
    }

    /** Parses JSON bytes into a tree, refusing malformed JSON with its line and column. */
    public JsonNode parse(byte[] json) {
        if (json == null || json.length == 0) {
            throw rejected("json.empty", Map.of());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw rejected("json.encoding", Map.of());
        }
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw rejected("json.empty", Map.of());
        }
        if (start.charAt(0) != '{') {
            throw rejected("json.notObject", Map.of());
        }
        try {
            return STRICT.readTree(text);
        } catch (StreamConstraintsException e) {
            throw rejected("json.tooLarge", Map.of());
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            Matcher duplicate = DUPLICATE.matcher(message);
            if (duplicate.find()) {
                throw rejected("json.duplicateKey", Map.of("field", duplicate.group(1)));
            }
            if (message.startsWith("Unexpected end-of-input")) {
                throw rejected("json.truncated", Map.of());
            }
            throw rejected("json.syntax", Map.of("line", e.getLocation().getLineNr(), "column", e.getLocation().getColumnNr()));
        } catch (JsonProcessingException e) {
            // what is left after a whole value: the only mapping error reading a tree can raise
            throw rejected("json.trailing", Map.of());
        } catch (NumberFormatException e) {
            // a number whose exponent does not fit: 1e9999999999
            throw rejected("json.badNumber", Map.of());
        }
    }

    /**
     * Checks a parsed tree against the profile's shape and its cross-references; returns it when
     * nothing is wrong.
     *
     * @param subject what to call the input in the error's title (a profile, a participants table)
     */
    public JsonNode check(JsonNode tree, Predicate<String> knownRegion, ProfileRejectedException.Subject subject) {
        Violations found = new Violations(maxErrors);
        new ProfileChecker(found, knownRegion).check(tree);
        if (tree.isObject()) {
            ProfileReferences.check(tree, found);
        }
        if (!found.isEmpty()) {
            throw new ProfileRejectedException(subject, found.list(), found.truncated());
        }
        return tree;
    }

    /** A checked tree as the profile's records. */
    public ClusterProfile bind(JsonNode checked) {
        try {
            return STRICT.treeToValue(checked, ClusterProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a checked profile could not be bound: " + e.getOriginalMessage(), e);
        }
    }

    private static ProfileRejectedException rejected(String code, Map<String, ?> arguments) {
        return ProfileRejectedException.of(ProfileRejectedException.Subject.PROFILE, "", code, arguments);
    }
}
