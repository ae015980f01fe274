package io.github.aria2j.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object and records a problem for every missing required field, every
 * value of the wrong JSON type and (in {@link #finish()}) every field nobody asked for. Accessors never
 * throw: after a problem they return a placeholder ({@code ""}, {@code false}, empty), because the caller
 * keeps reading to find further problems and the result is discarded anyway.
 */
final class JsonFields {

    private static final int MAX_SHOWN_VALUE = 40;

    private final JsonNode node;
    private final SchemaPath path;
    private final ProblemCollector problems;
    private final Set<String> known = new LinkedHashSet<>();

    private JsonFields(JsonNode node, SchemaPath path, ProblemCollector problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** Reads {@code node} as an object; when it is none, reports that and reads as if it were empty. */
    static JsonFields of(JsonNode node, SchemaPath path, ProblemCollector problems) {
        if (!node.isObject()) {
            problems.add(path, "expected an object, found " + describe(node));
            return new JsonFields(MissingNode.getInstance(), path, problems);
        }
        return new JsonFields(node, path, problems);
    }

    SchemaPath path() {
        return path;
    }

    /** A required non-empty string. */
    String string(String name) {
        return optionalString(name, false, true).orElse("");
    }

    /** A required string that may be empty. */
    String stringAllowingEmpty(String name) {
        return optionalString(name, true, true).orElse("");
    }

    /** An optional non-empty string. */
    Optional<String> optionalString(String name) {
        return optionalString(name, false, false);
    }

    /** A required field whose value is a non-empty string or {@code null} (empty then). */
    Optional<String> nullableString(String name) {
        JsonNode value = take(name, true);
        return value == null || value.isNull() ? Optional.empty() : text(name, value, false);
    }

    /** A required boolean. */
    boolean bool(String name) {
        return optionalBoolean(name, true);
    }

    /** An optional boolean, {@code false} when absent. */
    boolean optionalBool(String name) {
        return optionalBoolean(name, false);
    }

    /** A required integer in the range of {@code int}. */
    int integer(String name) {
        JsonNode value = take(name, true);
        if (value == null) {
            return 0;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            return wrongType(name, "an integer", value, 0);
        }
        return value.intValue();
    }

    /** An optional integer in the range of {@code long}. */
    Optional<Long> optionalLong(String name) {
        JsonNode value = take(name, false);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            return wrongType(name, "an integer", value, Optional.empty());
        }
        return Optional.of(value.longValue());
    }

    /** An optional number, kept exact. */
    Optional<BigDecimal> optionalNumber(String name) {
        JsonNode value = take(name, false);
        if (value == null) {
            return Optional.empty();
        }
        return value.isNumber() ? Optional.of(value.decimalValue()) : wrongType(name, "a number", value, Optional.empty());
    }

    /** A required object, bound by {@code binder}; unknown fields inside it are reported. */
    <T> T object(String name, Function<JsonFields, T> binder) {
        JsonNode value = take(name, true);
        return bind(value == null ? MissingNode.getInstance() : value, path.field(name), binder, value != null);
    }

    /** An optional object, bound by {@code binder}. */
    <T> Optional<T> optionalObject(String name, Function<JsonFields, T> binder) {
        JsonNode value = take(name, false);
        return value == null ? Optional.empty() : Optional.of(bind(value, path.field(name), binder, true));
    }

    /** A required array of objects, each bound by {@code binder}. */
    <T> List<T> objects(String name, Function<JsonFields, T> binder) {
        return array(name, true, (element, elementPath) -> bind(element, elementPath, binder, true));
    }

    /** A required array of non-empty strings. */
    List<String> strings(String name) {
        return array(name, true, this::element);
    }

    /** An optional array of objects (empty when absent), each bound by {@code binder}. */
    <T> List<T> optionalObjects(String name, Function<JsonFields, T> binder) {
        return array(name, false, (element, elementPath) -> bind(element, elementPath, binder, true));
    }

    /** An optional array of non-empty strings, empty when absent. */
    List<String> optionalStrings(String name) {
        return array(name, false, this::element);
    }

    /** Reports every field that no accessor asked for, naming the fields that are expected here. */
    void finish() {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(path.field(name), "unknown field '" + name + "'; expected one of: "
                        + String.join(", ", known));
            }
        }
    }

    private interface ElementBinder<T> {
        T bind(JsonNode element, SchemaPath elementPath);
    }

    private <T> List<T> array(String name, boolean required, ElementBinder<T> binder) {
        JsonNode value = take(name, required);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            return wrongType(name, "an array", value, List.of());
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            result.add(binder.bind(value.get(i), path.field(name).index(i)));
        }
        return result;
    }

    private String element(JsonNode element, SchemaPath elementPath) {
        if (!element.isTextual() || element.textValue().isEmpty()) {
            problems.add(elementPath, "expected a non-empty string, found " + describe(element));
            return "";
        }
        return element.textValue();
    }

    /** Binds {@code value}; an absent value (already reported) binds silently to placeholders. */
    private <T> T bind(JsonNode value, SchemaPath valuePath, Function<JsonFields, T> binder, boolean present) {
        JsonFields fields = present ? of(value, valuePath, problems) : new JsonFields(value, valuePath, problems);
        T result = binder.apply(fields);
        fields.finish();
        return result;
    }

    private Optional<String> optionalString(String name, boolean allowEmpty, boolean required) {
        JsonNode value = take(name, required);
        return value == null ? Optional.empty() : text(name, value, allowEmpty);
    }

    private Optional<String> text(String name, JsonNode value, boolean allowEmpty) {
        if (!value.isTextual() || !allowEmpty && value.textValue().isEmpty()) {
            return wrongType(name, allowEmpty ? "a string" : "a non-empty string", value, Optional.empty());
        }
        return Optional.of(value.textValue());
    }

    private boolean optionalBoolean(String name, boolean required) {
        JsonNode value = take(name, required);
        if (value == null) {
            return false;
        }
        return value.isBoolean() ? value.booleanValue() : wrongType(name, "a boolean", value, false);
    }

    /** Marks {@code name} as known and returns its value, or null (reporting it when required) if absent. */
    private JsonNode take(String name, boolean required) {
        known.add(name);
        JsonNode value = node.get(name);
        if (value == null && required && node.isObject()) {
            problems.add(path, "missing required field '" + name + "'");
        }
        return value;
    }

    private <T> T wrongType(String name, String expected, JsonNode value, T placeholder) {
        problems.add(path.field(name), "expected " + expected + ", found " + describe(value));
        return placeholder;
    }

    /** A short description of a JSON value for messages, e.g. {@code string "abc"} or {@code an array}. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            String text = value.textValue();
            if (text.isEmpty()) {
                return "an empty string";
            }
            return "string \"" + (text.length() > MAX_SHOWN_VALUE ? text.substring(0, MAX_SHOWN_VALUE) + "..." : text)
                    + "\"";
        }
        if (value.isNumber()) {
            return "number " + value.asText();
        }
        if (value.isBoolean()) {
            return "boolean " + value.asText();
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "an array" : value.isObject() ? "an object" : "nothing";
    }
}
