package ru.clusterpolicy.profile;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of a profile as its records declare it: every field's type and the bounds its
 * constraint annotations give. Read once, by reflection, so that the reader, the OpenAPI
 * document (which reads the same annotations) and the README's contract never disagree. Every
 * number must declare its bounds: a field without them fails here, at start-up.
 */
final class ProfileSchema {

    /** Dates a profile may hold: the contract's YYYY-MM-DD, between these. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** A string or list without a declared size is still bounded. */
    static final int DEFAULT_MAX_LENGTH = 1000;
    static final int DEFAULT_MAX_ITEMS = 100_000;

    /** One value's shape: what kind of JSON value it must be, and its bounds. */
    sealed interface Shape permits ObjectShape, ListShape, StringShape, BooleanShape, DateShape, EnumShape,
            IntegerShape, DecimalShape {
    }

    /** An object: its fields by name. */
    record ObjectShape(Map<String, Field> fields) implements Shape {
    }

    record ListShape(Shape element, int minItems, int maxItems) implements Shape {
    }

    /** @param region the value must be a region code of the reference data */
    record StringShape(int maxLength, boolean notBlank, boolean region) implements Shape {
    }

    record BooleanShape() implements Shape {
    }

    record DateShape() implements Shape {
    }

    record EnumShape(List<String> values) implements Shape {
    }

    record IntegerShape(long min, long max) implements Shape {
    }

    /** Inclusive bounds and the most decimal places a value may have. */
    record DecimalShape(BigDecimal min, BigDecimal max, int maxFraction) implements Shape {
    }

    /** A field of an object: its name, shape, and whether it must be present. */
    record Field(String name, Shape shape, boolean required) {
    }

    static final ObjectShape PROFILE = object(ClusterProfile.class);

    private ProfileSchema() {
    }

    private static ObjectShape object(Class<?> record) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            AnnotatedElement annotations = component.getAccessor();
            Shape shape = shape(component.getAnnotatedType(), annotations, record.getSimpleName() + "." + component.getName());
            boolean required = annotations.isAnnotationPresent(NotNull.class) || annotations.isAnnotationPresent(NotBlank.class)
                    || annotations.isAnnotationPresent(NotEmpty.class);
            fields.put(component.getName(), new Field(component.getName(), shape, required));
        }
        return new ObjectShape(Map.copyOf(fields));
    }

    private static Shape shape(AnnotatedType annotated, AnnotatedElement on, String where) {
        Class<?> type = raw(annotated);
        if (type.isRecord()) {
            return object(type);
        }
        Size size = on.getAnnotation(Size.class);
        if (type == List.class) {
            AnnotatedType element = ((AnnotatedParameterizedType) annotated).getAnnotatedActualTypeArguments()[0];
            int min = on.isAnnotationPresent(NotEmpty.class) ? 1 : size == null ? 0 : size.min();
            int max = size == null ? DEFAULT_MAX_ITEMS : size.max();
            return new ListShape(shape(element, element, where + "[]"), min, max);
        }
        if (type == String.class) {
            return new StringShape(size == null ? DEFAULT_MAX_LENGTH : size.max(), on.isAnnotationPresent(NotBlank.class),
                    on.isAnnotationPresent(RegionCode.class));
        }
        if (type == Boolean.class) {
            return new BooleanShape();
        }
        if (type == LocalDate.class) {
            return new DateShape();
        }
        if (type.isEnum()) {
            List<String> values = Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList();
            return new EnumShape(values);
        }
        if (type == Integer.class) {
            Min min = on.getAnnotation(Min.class);
            Max max = on.getAnnotation(Max.class);
            if (min == null || max == null) {
                throw new IllegalStateException(where + " declares no @Min and @Max: every number of the profile is bounded");
            }
            return new IntegerShape(min.value(), max.value());
        }
        if (type == BigDecimal.class) {
            DecimalMin min = on.getAnnotation(DecimalMin.class);
            DecimalMax max = on.getAnnotation(DecimalMax.class);
            Digits digits = on.getAnnotation(Digits.class);
            if (min == null || max == null || digits == null || !min.inclusive() || !max.inclusive()) {
                throw new IllegalStateException(where + " declares no inclusive @DecimalMin, @DecimalMax and @Digits");
            }
            return new DecimalShape(new BigDecimal(min.value()), new BigDecimal(max.value()), digits.fraction());
        }
        throw new IllegalStateException(where + ": no shape for " + type);
    }

    private static Class<?> raw(AnnotatedType annotated) {
        java.lang.reflect.Type type = annotated.getType();
        if (type instanceof java.lang.reflect.ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return (Class<?>) type;
    }
}
