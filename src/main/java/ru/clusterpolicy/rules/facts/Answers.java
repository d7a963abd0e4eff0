package ru.clusterpolicy.rules.facts;

import ru.clusterpolicy.profile.ClusterProfile;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The profile's simple answers, read by JSON pointer ("/strategy/kpiMonitoring"), so that the DRL
 * can turn a field into a metric without a getter per field. Null when the field or any object
 * on its path is absent.
 */
public final class Answers {
    private final ClusterProfile profile;

    public Answers(ClusterProfile profile) {
        this.profile = profile;
    }

    public Object value(String pointer) {
        Object node = profile;
        for (String field : pointer.substring(1).split("/")) {
            node = node == null ? null : component(node, field);
        }
        return node;
    }

    private static Object component(Object record, String field) {
        try {
            return ACCESSORS.computeIfAbsent(record.getClass().getName() + "." + field, key -> accessor(record.getClass(), field))
                    .invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Record accessors, looked up once: reflection over record components is slow. */
    private static final Map<String, Method> ACCESSORS = new ConcurrentHashMap<>();

    private static Method accessor(Class<?> type, String field) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(field)) {
                return component.getAccessor();
            }
        }
        throw new IllegalArgumentException("the profile has no field " + field);
    }

    /** A yes/no answer as a FLAG metric. */
    public Metric flag(String metric, String pointer) {
        return Metric.flag(metric, (Boolean) value(pointer), pointer);
    }

    /** A numeric answer as a NUMBER metric. */
    public Metric number(String metric, String pointer) {
        Object value = value(pointer);
        return Metric.number(metric, value == null ? null : new BigDecimal(value.toString()), pointer);
    }

    /** A fraction answer (0..1) as a SHARE metric. */
    public Metric fraction(String metric, String pointer) {
        return Metric.fraction(metric, (BigDecimal) value(pointer), pointer);
    }

    /** An enumerated answer as its rank among the given names, in order (NONE, EXISTS, …). */
    public Metric rank(String metric, String pointer, String... order) {
        Object value = value(pointer);
        return Metric.number(metric, value == null ? null : BigDecimal.valueOf(java.util.List.of(order).indexOf(value.toString())), pointer);
    }

    /** The number of distinct items of a list answer: the same service listed twice is one service. */
    public Metric distinct(String metric, String pointer) {
        Object value = value(pointer);
        return Metric.number(metric, value == null ? null
                : BigDecimal.valueOf(((Collection<?>) value).stream().distinct().count()), pointer);
    }

    /** Years from a year answer to the evaluation year. */
    public Metric yearsSince(String metric, String pointer, int year) {
        Object value = value(pointer);
        return Metric.number(metric, value == null ? null : BigDecimal.valueOf(year - (Integer) value), pointer);
    }

    public boolean has(String pointer) {
        return value(pointer) != null;
    }
}
