package ru.clusterpolicy.profile;

import com.fasterxml.jackson.databind.JsonNode;
import ru.clusterpolicy.profile.ProfileSchema.BooleanShape;
import ru.clusterpolicy.profile.ProfileSchema.DateShape;
import ru.clusterpolicy.profile.ProfileSchema.DecimalShape;
import ru.clusterpolicy.profile.ProfileSchema.EnumShape;
import ru.clusterpolicy.profile.ProfileSchema.Field;
import ru.clusterpolicy.profile.ProfileSchema.IntegerShape;
import ru.clusterpolicy.profile.ProfileSchema.ListShape;
import ru.clusterpolicy.profile.ProfileSchema.ObjectShape;
import ru.clusterpolicy.profile.ProfileSchema.Shape;
import ru.clusterpolicy.profile.ProfileSchema.StringShape;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Checks a parsed JSON tree against the profile's shape in one pass, in document order: types,
 * unknown and missing fields, enumerations, bounds of every number and date, string lengths, list
 * sizes and region codes. Every check costs the same whatever the value (a number's magnitude is
 * read from its exponent, never by arithmetic on it), so the whole is linear in the input.
 */
final class ProfileChecker {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Violations found;
    private final Predicate<String> knownRegion;

    ProfileChecker(Violations found, Predicate<String> knownRegion) {
        this.found = found;
        this.knownRegion = knownRegion;
    }

    void check(JsonNode profile) {
        value(profile, ProfileSchema.PROFILE, "");
    }

    private void value(JsonNode node, Shape shape, String at) {
        if (found.full()) {
            return;
        }
        if (shape instanceof ObjectShape object) {
            object(node, object, at);
        } else if (shape instanceof ListShape list) {
            list(node, list, at);
        } else if (shape instanceof StringShape string) {
            string(node, string, at);
        } else if (shape instanceof BooleanShape) {
            if (!node.isBoolean()) {
                wrongType(at, "type.boolean", node);
            }
        } else if (shape instanceof DateShape) {
            date(node, at);
        } else if (shape instanceof EnumShape enumeration) {
            enumeration(node, enumeration, at);
        } else if (shape instanceof IntegerShape integer) {
            integer(node, integer, at);
        } else if (shape instanceof DecimalShape decimal) {
            decimal(node, decimal, at);
        }
    }

    private void object(JsonNode node, ObjectShape shape, String at) {
        if (!node.isObject()) {
            wrongType(at, "type.object", node);
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext() && !found.full(); ) {
            Map.Entry<String, JsonNode> entry = fields.next();
            String pointer = at + "/" + escape(entry.getKey());
            Field field = shape.fields().get(entry.getKey());
            if (field == null) {
                found.add(pointer, "field.unknown", Map.of("field", entry.getKey(),
                        "allowed", String.join(", ", new TreeSet<>(shape.fields().keySet()))));
            } else if (entry.getValue().isNull()) {
                if (field.required()) {
                    found.add(pointer, "field.required", Map.of());
                }
            } else {
                value(entry.getValue(), field.shape(), pointer);
            }
        }
        for (Field field : shape.fields().values()) {
            if (field.required() && !node.has(field.name())) {
                found.add(at + "/" + field.name(), "field.required", Map.of());
            }
        }
    }

    private void list(JsonNode node, ListShape shape, String at) {
        if (!node.isArray()) {
            wrongType(at, "type.array", node);
            return;
        }
        if (node.size() < shape.minItems()) {
            found.add(at, "list.empty", Map.of());
        }
        if (node.size() > shape.maxItems()) {
            found.add(at, "list.tooLong", Map.of("max", shape.maxItems(), "size", node.size()));
        }
        int checked = Math.min(node.size(), shape.maxItems());
        for (int i = 0; i < checked && !found.full(); i++) {
            JsonNode element = node.get(i);
            if (element.isNull()) {
                found.add(at + "/" + i, "list.null", Map.of());
            } else {
                value(element, shape.element(), at + "/" + i);
            }
        }
    }

    private void string(JsonNode node, StringShape shape, String at) {
        if (!node.isTextual()) {
            wrongType(at, "type.string", node);
            return;
        }
        String text = node.textValue();
        if (text.length() > shape.maxLength()) {
            found.add(at, "string.tooLong", Map.of("max", shape.maxLength(), "length", text.length()));
        } else if (shape.notBlank() && text.isBlank()) {
            found.add(at, "string.blank", Map.of());
        } else if (shape.region() && !knownRegion.test(text)) {
            found.add(at, "region.unknown", Map.of("value", text));
        }
    }

    private void date(JsonNode node, String at) {
        if (!node.isTextual()) {
            wrongType(at, "type.date", node);
            return;
        }
        String text = node.textValue();
        if (!ISO_DATE.matcher(text).matches()) {
            found.add(at, "date.format", Map.of("value", shorten(text)));
            return;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            found.add(at, "date.invalid", Map.of("value", text));
            return;
        }
        if (date.isBefore(ProfileSchema.EARLIEST) || date.isAfter(ProfileSchema.LATEST)) {
            found.add(at, "date.range", Map.of("value", text, "min", ProfileSchema.EARLIEST.toString(),
                    "max", ProfileSchema.LATEST.toString()));
        }
    }

    private void enumeration(JsonNode node, EnumShape shape, String at) {
        if (!node.isTextual()) {
            wrongType(at, "type.enum", node);
        } else if (!shape.values().contains(node.textValue())) {
            found.add(at, "enum.unknown", Map.of("value", shorten(node.textValue()), "allowed", String.join(", ", shape.values())));
        }
    }

    private void integer(JsonNode node, IntegerShape shape, String at) {
        if (!node.isIntegralNumber()) {
            wrongType(at, "type.integer", node);
            return;
        }
        // at most a few hundred digits (the parser's limit): comparing them is cheap
        BigInteger value = node.bigIntegerValue();
        if (value.compareTo(BigInteger.valueOf(shape.min())) < 0 || value.compareTo(BigInteger.valueOf(shape.max())) > 0) {
            found.add(at, "integer.range", Map.of("value", shorten(node.asText()), "min", shape.min(), "max", shape.max()));
        }
    }

    private void decimal(JsonNode node, DecimalShape shape, String at) {
        if (!node.isNumber()) {
            wrongType(at, "type.number", node);
            return;
        }
        BigDecimal value = node.decimalValue();
        // compareTo and scale read the exponent first: constant time even for 1e999999999
        if (value.compareTo(shape.min()) < 0 || value.compareTo(shape.max()) > 0) {
            found.add(at, "number.range", Map.of("value", shorten(node.asText()), "min", shape.min(), "max", shape.max()));
        } else if (value.scale() > shape.maxFraction() && value.stripTrailingZeros().scale() > shape.maxFraction()) {
            found.add(at, "number.decimals", Map.of("value", shorten(node.asText()), "max", shape.maxFraction()));
        }
    }

    private void wrongType(String at, String code, JsonNode node) {
        found.add(at, code, Map.of("found", jsonType(node)));
    }

    private static String jsonType(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "array";
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case OBJECT -> "object";
            case STRING -> "string";
            default -> "null";
        };
    }

    /** A client's value shown back to it, cut to a readable length. */
    static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "…";
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
