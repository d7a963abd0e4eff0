package ru.clusterpolicy.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.clusterpolicy.i18n.Language;
import ru.clusterpolicy.profile.ProfileSchema.DecimalShape;
import ru.clusterpolicy.profile.ProfileSchema.IntegerShape;
import ru.clusterpolicy.profile.ProfileSchema.ListShape;
import ru.clusterpolicy.profile.ProfileSchema.ObjectShape;
import ru.clusterpolicy.profile.ProfileSchema.Shape;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every number and date of the profile has declared bounds, enforced when the body is read: a
 * clear error naming the pointer and the bound, whatever the value's magnitude, for every field.
 */
class ProfileBoundsTest {
    static final Predicate<String> REGIONS = Set.of("RU-TA", "RU-BA")::contains;
    static final ProfileReader READER = new ProfileReader(100);

    /** A profile with every field of the schema given a valid value; lists hold one element. */
    static ObjectNode full() {
        return (ObjectNode) valid(ProfileSchema.PROFILE);
    }

    private static JsonNode valid(Shape shape) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (shape instanceof ObjectShape object) {
            ObjectNode node = json.objectNode();
            object.fields().values().forEach(f -> node.set(f.name(), valid(f.shape())));
            return node;
        }
        if (shape instanceof ListShape list) {
            return json.arrayNode().add(valid(list.element()));
        }
        if (shape instanceof ProfileSchema.StringShape string) {
            return json.textNode(string.region() ? "RU-TA" : "x");
        }
        if (shape instanceof ProfileSchema.EnumShape enumeration) {
            return json.textNode(enumeration.values().get(0));
        }
        if (shape instanceof ProfileSchema.DateShape) {
            return json.textNode("2025-06-01");
        }
        if (shape instanceof IntegerShape integer) {
            return json.numberNode(integer.min());
        }
        if (shape instanceof DecimalShape decimal) {
            return json.numberNode(decimal.min());
        }
        return json.booleanNode(true);
    }

    /** Every pointer (lists at their first element) whose shape is of the given kind. */
    static List<String> pointers(Class<? extends Shape> kind) {
        List<String> found = new ArrayList<>();
        collect(ProfileSchema.PROFILE, "", kind, found);
        return found;
    }

    private static void collect(Shape shape, String at, Class<? extends Shape> kind, List<String> found) {
        if (kind.isInstance(shape)) {
            found.add(at);
        } else if (shape instanceof ObjectShape object) {
            object.fields().values().forEach(f -> collect(f.shape(), at + "/" + f.name(), kind, found));
        } else if (shape instanceof ListShape list) {
            collect(list.element(), at + "/0", kind, found);
        }
    }

    static void set(ObjectNode profile, String pointer, JsonNode value) {
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = profile.at(parent);
        if (container instanceof ArrayNode array) {
            array.set(Integer.parseInt(field), value);
        } else {
            ((ObjectNode) container).set(field, value);
        }
    }

    static ProfileRejectedException rejected(String json) {
        return assertThrows(ProfileRejectedException.class, () -> READER.read(json.getBytes(StandardCharsets.UTF_8), REGIONS));
    }

    @Test
    void aProfileWithEveryFieldAtItsLowestBoundIsAccepted() {
        ObjectNode profile = full();
        // the one profile-level rule the shape cannot give: a purchase names its supplier one way
        ((ObjectNode) profile.at("/participants/0/startBatchPurchases/0")).remove("supplierName");
        ((ObjectNode) profile.at("/participants/0/startBatchPurchases/0")).put("supplierId", "x");
        ((ObjectNode) profile.at("/contracts/0")).put("to", "y");
        ((ArrayNode) profile.get("participants")).addObject().put("id", "y");
        READER.read(profile.toString().getBytes(StandardCharsets.UTF_8), REGIONS);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1e100000", "1e999999999", "-1e999999999", "1e-999999999", "123456789012345678901234567890"})
    void everyNumberOfTheProfileRefusesAValueOutOfItsBoundsNamingItsPointerAndBound(String value) {
        List<String> numbers = new ArrayList<>(pointers(DecimalShape.class));
        numbers.addAll(pointers(IntegerShape.class));
        assertTrue(numbers.size() >= 20, "the profile's numbers: " + numbers);
        for (String pointer : numbers) {
            ObjectNode profile = full();
            set(profile, pointer, READER.parse(("{\"v\": " + value + "}").getBytes(StandardCharsets.UTF_8)).get("v"));
            ProfileRejectedException e = rejected(profile.toString());
            Violation violation = e.violations().stream().filter(v -> v.pointer().equals(pointer)).findFirst()
                    .orElseThrow(() -> new AssertionError(pointer + " not refused: " + e.violations()));
            assertTrue(Set.of("number.range", "number.decimals", "integer.range", "type.integer").contains(violation.code()),
                    pointer + ": " + violation.code());
            String message = violation.message(Language.EN);
            assertTrue(message.contains("outside") || message.contains("decimal") || message.contains("whole number"), message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"+999999999-12-31", "10000-01-01", "2025-06-01T00:00:00Z", "2025-6-1", "1899-12-31",
            "2101-01-01", "2025-02-30", "01.06.2025"})
    void everyDateOfTheProfileIsYyyyMmDdBetween1900And2100(String value) {
        List<String> dates = pointers(ProfileSchema.DateShape.class);
        assertTrue(dates.size() >= 5, "the profile's dates: " + dates);
        for (String pointer : dates) {
            ObjectNode profile = full();
            set(profile, pointer, JsonNodeFactory.instance.textNode(value));
            Violation violation = rejected(profile.toString()).violations().stream()
                    .filter(v -> v.pointer().equals(pointer)).findFirst().orElseThrow(() -> new AssertionError(pointer));
            assertTrue(violation.code().startsWith("date."), violation.code());
        }
    }

    @Test
    void typeRangeRegionAndReferenceErrorsAreReportedTogether() {
        ProfileRejectedException e = rejected("{\"cluster\": {\"name\": \"x\"}, \"participants\": ["
                + "{\"id\": \"a\", \"employees\": \"many\", \"inputsRub\": -1, \"region\": \"RU-XX\"}],"
                + " \"contracts\": [{\"from\": \"a\", \"to\": \"zz\", \"type\": \"SUPPLY\"}]}");
        assertEquals(List.of("type.integer", "number.range", "region.unknown", "reference.unknown"),
                e.violations().stream().map(Violation::code).toList());
    }

    @Test
    void aProfileWithManyErrorsListsAtMostTheLimitAndSaysItStoppedCounting() {
        StringBuilder json = new StringBuilder("{\"cluster\": {\"name\": \"x\"}, \"participants\": [");
        for (int i = 0; i < 32_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\": \"p").append(i).append("\", \"inputsRub\": -1}");
        }
        ProfileRejectedException e = rejected(json.append("]}").toString());
        assertEquals(100, e.violations().size());
        assertTrue(e.truncated());
        assertTrue(e.detail(Language.EN).contains("more than 100 errors"), e.detail(Language.EN));
        assertTrue(e.detail(Language.RU).contains("больше ошибок, чем 100"), e.detail(Language.RU));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"привет", "hello", "[1, 2]", "null", "42", "\"text\"", "   "})
    void aBodyThatIsNotAJsonObjectIsSaidToBeSoAndNotCalledBadUtf8(String body) {
        ProfileRejectedException e = rejected(body);
        assertEquals(1, e.violations().size());
        assertTrue(Set.of("json.notObject", "json.empty").contains(e.violations().get(0).code()), e.violations().toString());
        assertFalse(e.violations().get(0).message(Language.EN).contains("UTF-8"));
    }

    @Test
    void bytesThatAreNotUtf8AreSaidToBeSo() {
        byte[] latin1 = "{\"cluster\": {\"name\": \"caf\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
        ProfileRejectedException e = assertThrows(ProfileRejectedException.class, () -> READER.read(latin1, REGIONS));
        assertEquals("json.encoding", e.violations().get(0).code());
    }

    @Test
    void malformedJsonIsRefusedInTheServicesWordsNotTheParsers() {
        for (String body : List.of("{\"a\": 1e", "{\"a\": [1, 2}", "{\"a\": " + "1".repeat(500) + "}", "{\"a\": 1} {}",
                "{" + "\"a\": {".repeat(100) + "}".repeat(101))) {
            Violation violation = rejected(body).violations().get(0);
            assertTrue(violation.code().startsWith("json."), body + " -> " + violation.code());
            for (Language language : Language.values()) {
                String message = violation.message(language);
                assertFalse(message.matches("(?s).*(Jackson|StreamReadConstraints|com\\.fasterxml|Unexpected character).*"), message);
            }
        }
    }

    @Test
    void aListMayNotHoldNullsAndAServiceTypeListNotBlanks() {
        ProfileRejectedException e = rejected("{\"cluster\": {\"name\": \"x\"}, \"participants\": [{\"id\": \"a\"}, null],"
                + " \"specializedOrganization\": {\"serviceTypes\": [\"TRAINING\", null, \" \"]}}");
        assertEquals(Map.of("/participants/1", "list.null", "/specializedOrganization/serviceTypes/1", "list.null",
                        "/specializedOrganization/serviceTypes/2", "string.blank"),
                e.violations().stream().collect(java.util.stream.Collectors.toMap(Violation::pointer, Violation::code)));
    }

    @Test
    void everyErrorCodeIsSaidInBothLanguages() {
        var errors = Violation.ERRORS;
        assertEquals(errors.keys(Language.EN), errors.keys(Language.RU));
    }
}
