package io.github.aria2j.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of the project schema (format 1, see the schema module) that the drift test compares with a live aria2c,
 * read straight from the JSON so that the check does not depend on the code generator.
 */
record Aria2Schema(
        List<Item> methods, List<Item> notifications, Map<String, List<EnumValue>> enums, Map<String, Option> options) {

    /** Where the aria2-schema jar carries the schema. */
    static final String RESOURCE = "io/github/aria2j/schema/aria2-rpc.json";

    /** A method or notification: its wire name and the aria2 feature it needs, if any. */
    record Item(String name, String buildCondition) {}

    /** An enum value; {@code platformSpecific} values exist only on some platforms or builds. */
    record EnumValue(String value, boolean platformSpecific) {}

    /** The option fields the drift test checks; nullable fields are absent or null in the schema. */
    record Option(
            String name,
            String shortName,
            String kind,
            String defaultValue,
            boolean dynamicDefault,
            BigDecimal min,
            BigDecimal max,
            String enumName,
            List<String> tags,
            boolean returnedByGetGlobalOption,
            boolean hidden,
            String since,
            String buildCondition) {}

    static Aria2Schema loadFromClasspath() throws IOException {
        try (InputStream in = Aria2Schema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (aria2-schema jar missing?)");
            }
            return parse(new ObjectMapper().readTree(in));
        }
    }

    static Aria2Schema parse(JsonNode root) {
        Map<String, List<EnumValue>> enums = new LinkedHashMap<>();
        for (JsonNode node : required(root, "enums")) {
            List<EnumValue> values = new ArrayList<>();
            for (JsonNode value : required(node, "values")) {
                values.add(new EnumValue(text(value, "value"), value.hasNonNull("platform")));
            }
            enums.put(text(node, "name"), List.copyOf(values));
        }
        Map<String, Option> options = new LinkedHashMap<>();
        for (JsonNode node : required(root, "options")) {
            Option option = option(node);
            if (options.put(option.name(), option) != null) {
                throw new IllegalStateException("schema lists option " + option.name() + " twice");
            }
        }
        return new Aria2Schema(items(root, "methods"), items(root, "notifications"), enums, options);
    }

    private static Option option(JsonNode node) {
        List<String> tags = new ArrayList<>();
        required(node, "tags").forEach(tag -> tags.add(tag.asText()));
        JsonNode returnedBy = node.path("returnedBy");
        return new Option(
                text(node, "name"),
                text(node, "short"),
                text(node, "kind"),
                text(node, "default"),
                node.hasNonNull("dynamicDefault"),
                number(node, "min"),
                number(node, "max"),
                text(node, "enum"),
                List.copyOf(tags),
                returnedBy.path("getGlobalOption").asBoolean(false),
                node.path("hidden").asBoolean(false),
                text(node, "since"),
                text(node, "buildCondition"));
    }

    private static List<Item> items(JsonNode root, String field) {
        List<Item> items = new ArrayList<>();
        for (JsonNode node : required(root, field)) {
            items.add(new Item(text(node, "name"), text(node, "buildCondition")));
        }
        return List.copyOf(items);
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new IllegalStateException("schema: expected an array '" + field + "' in " + abbreviate(node));
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.decimalValue();
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
