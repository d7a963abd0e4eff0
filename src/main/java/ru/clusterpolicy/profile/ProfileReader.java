package ru.clusterpolicy.profile;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a profile from JSON strictly: unknown fields, wrong types, unknown enum values, duplicate
 * keys and trailing garbage are errors with a JSON pointer, so that a typo never becomes
 * "missing data". Field constraints and cross-references are then checked all at once.
 */
@Singleton
public class ProfileReader {

    private final ObjectMapper mapper;
    private final Validator validator;

    public ProfileReader(Validator validator) {
        this.validator = validator;
        this.mapper = strictMapper();
    }

    /** Built once: a configured mapper is safe to share, and costly to build. */
    private static final ObjectMapper STRICT = buildStrictMapper();

    /** The strict mapper, for reading profiles outside a request (tests, the command line). */
    public static ObjectMapper strictMapper() {
        return STRICT;
    }

    private static ObjectMapper buildStrictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        for (CoercionInputShape scalar : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Parses and checks a profile; throws {@link ProfileRejectedException} listing what is wrong. */
    public ClusterProfile read(byte[] json) {
        ClusterProfile profile = parse(json);
        List<Violation> violations = new java.util.ArrayList<>(constraintViolations(profile));
        violations.addAll(ProfileReferences.check(profile));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::pointer));
            throw new ProfileRejectedException("The profile has " + violations.size()
                    + (violations.size() == 1 ? " error" : " errors"), violations);
        }
        return profile;
    }

    private ClusterProfile parse(byte[] json) {
        if (json == null || json.length == 0) {
            throw rejected("", "the request body is empty: send a cluster profile as JSON");
        }
        try {
            ClusterProfile profile = mapper.readValue(json, ClusterProfile.class);
            if (profile == null) {
                throw rejected("", "the body is JSON null: send a cluster profile object");
            }
            return profile;
        } catch (JsonParseException e) {
            throw new ProfileRejectedException("Malformed JSON", List.of(new Violation("",
                    "malformed JSON at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ": " + plain(e.getOriginalMessage()))));
        } catch (JsonMappingException e) {
            throw new ProfileRejectedException("The profile does not match the contract",
                    List.of(new Violation(pointer(e.getPath()), describe(e))));
        } catch (JsonProcessingException e) {
            throw rejected("", e.getOriginalMessage());
        } catch (IOException e) {
            throw rejected("", "the body could not be read: " + e.getMessage());
        }
    }

    private static ProfileRejectedException rejected(String pointer, String message) {
        return new ProfileRejectedException("The profile cannot be read", List.of(new Violation(pointer, message)));
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + unknown.getPropertyName() + "'" + (known.isEmpty() ? "" : "; allowed here: " + known);
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
            return "unknown value '" + invalid.getValue() + "'; allowed: " + allowed;
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && Temporal.class.isAssignableFrom(invalid.getTargetType())) {
            return "'" + invalid.getValue() + "' is not a date: use YYYY-MM-DD";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "wrong type: expected " + jsonTypeOf(mismatch.getTargetType());
        }
        return plain(e.getOriginalMessage());
    }

    /** Jackson's message without its source-location noise; truncated input said plainly. */
    private static String plain(String message) {
        if (message.startsWith("Unexpected end-of-input")) {
            return "the JSON ends too early: an array or object is not closed";
        }
        int noise = message.indexOf(" (start marker");
        return noise < 0 ? message : message.substring(0, noise);
    }

    private static String jsonTypeOf(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == BigDecimal.class) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date as a string YYYY-MM-DD";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return type.getSimpleName();
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            pointer.append('/');
            pointer.append(reference.getFieldName() != null
                    ? escape(reference.getFieldName()) : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }

    private List<Violation> constraintViolations(ClusterProfile profile) {
        return validator.validate(profile).stream()
                .map(v -> new Violation(pointer(v), v.getMessage()))
                .toList();
    }

    private static String pointer(ConstraintViolation<?> violation) {
        StringBuilder pointer = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && !name.startsWith("<")) {
                pointer.append('/').append(escape(name));
            }
        }
        return pointer.toString();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
