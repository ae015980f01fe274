package io.github.aria2j.it.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parts of the project schema ({@code aria2-rpc.json} from the aria2-schema jar) that the conformance tests
 * compare with a live aria2c: the keys of each struct, each method's declared error messages, the enums and every
 * option with its kind, scope and bounds. Read straight from the JSON, so that the checks do not go through the code
 * generator that produced the client under test.
 */
final class ConformanceSchema {

    static final String RESOURCE = "io/github/aria2j/schema/aria2-rpc.json";

    /** An option, as far as the conformance tests need it; {@code min}/{@code max} are null when unbounded. */
    record Option(
            String name,
            String javaName,
            String kind,
            String defaultValue,
            Double min,
            Double max,
            String enumName,
            List<String> checksumTypes,
            boolean perDownload,
            boolean changeOption,
            boolean changeGlobalOption,
            boolean returnedByGetOption,
            boolean returnedByGetGlobalOption,
            boolean allowEmpty,
            boolean optionalArgument,
            boolean sensitive,
            String since,
            String buildCondition,
            String deprecatedEffect) {

        /** Accepted by aria2.changeGlobalOption or per download (addUri and friends, changeOption). */
        boolean settableOverRpc() {
            return perDownload || changeGlobalOption;
        }
    }

    /** An enum value and whether it exists only on some platforms or builds. */
    record EnumValue(String value, boolean platformSpecific) {}

    private static ConformanceSchema instance;

    private final Map<String, Map<String, String>> structFields = new LinkedHashMap<>();
    private final Map<String, List<Pattern>> methodErrors = new LinkedHashMap<>();
    private final Map<String, String> methodTokens = new LinkedHashMap<>();
    private final Map<String, List<EnumValue>> enums = new LinkedHashMap<>();
    private final Map<String, Option> options = new LinkedHashMap<>();

    private ConformanceSchema(JsonNode root) {
        for (JsonNode struct : root.path("structs")) {
            Map<String, String> fields = new LinkedHashMap<>();
            struct.path("fields").forEach(field -> fields.put(field.path("key").asText(), field.path("type").asText()));
            structFields.put(struct.path("name").asText(), fields);
        }
        for (JsonNode method : root.path("methods")) {
            List<Pattern> errors = new ArrayList<>();
            method.path("errors").forEach(error -> errors.add(messagePattern(error.path("message").asText())));
            methodErrors.put(method.path("name").asText(), errors);
            methodTokens.put(method.path("name").asText(), method.path("token").asText());
        }
        for (JsonNode node : root.path("enums")) {
            List<EnumValue> values = new ArrayList<>();
            node.path("values").forEach(value ->
                    values.add(new EnumValue(value.path("value").asText(), value.hasNonNull("platform"))));
            enums.put(node.path("name").asText(), List.copyOf(values));
        }
        for (JsonNode node : root.path("options")) {
            Option option = option(node);
            options.put(option.name(), option);
        }
    }

    static synchronized ConformanceSchema load() {
        if (instance == null) {
            try (InputStream in = ConformanceSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is not on the test classpath (aria2-schema jar?)");
                }
                instance = new ConformanceSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Struct name to its fields (key to schema type, such as {@code list<DownloadFile>}). */
    Map<String, Map<String, String>> structs() {
        return structFields;
    }

    /**
     * Whether {@code message} is one of the error messages the schema declares for {@code method}. aria2's
     * {@code Unauthorized} is declared by the method's {@code token: required}, for every such method at once.
     */
    boolean declaresError(String method, String message) {
        if (message.equals("Unauthorized") && "required".equals(methodTokens.get(method))) {
            return true;
        }
        return methodErrors.getOrDefault(method, List.of()).stream().anyMatch(p -> p.matcher(message).matches());
    }

    List<EnumValue> enumValues(String name) {
        List<EnumValue> values = enums.get(name);
        if (values == null) {
            throw new IllegalStateException("schema has no enum " + name);
        }
        return values;
    }

    /** Every option, in schema (name) order. */
    List<Option> options() {
        return List.copyOf(options.values());
    }

    /** A declared message such as {@code GID {gid} is not found} as a pattern: each placeholder matches anything. */
    private static Pattern messagePattern(String message) {
        String[] parts = message.split("\\{[a-zA-Z]+}", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append(".+").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.toString());
    }

    private static Option option(JsonNode node) {
        JsonNode scope = node.path("scope");
        JsonNode returnedBy = node.path("returnedBy");
        List<String> checksumTypes = new ArrayList<>();
        node.path("checksumTypes").forEach(type -> checksumTypes.add(type.asText()));
        String name = node.path("name").asText();
        return new Option(
                name,
                node.hasNonNull("javaName") ? node.path("javaName").asText() : camel(name),
                node.path("kind").asText(),
                node.hasNonNull("default") ? node.path("default").asText() : null,
                node.hasNonNull("min") ? node.path("min").asDouble() : null,
                node.hasNonNull("max") ? node.path("max").asDouble() : null,
                node.hasNonNull("enum") ? node.path("enum").asText() : null,
                List.copyOf(checksumTypes),
                scope.path("perDownload").asBoolean(),
                scope.path("changeOption").asBoolean(),
                scope.path("changeGlobalOption").asBoolean(),
                returnedBy.path("getOption").asBoolean(),
                returnedBy.path("getGlobalOption").asBoolean(),
                node.path("allowEmpty").asBoolean(false),
                "optional".equals(node.path("argument").asText()),
                node.path("sensitive").asBoolean(false),
                node.hasNonNull("since") ? node.path("since").asText() : null,
                node.hasNonNull("buildCondition") ? node.path("buildCondition").asText() : null,
                node.path("deprecated").hasNonNull("effect") ? node.path("deprecated").path("effect").asText() : null);
    }

    /** {@code max-download-limit} to {@code maxDownloadLimit}, the generator's default Java name. */
    static String camel(String name) {
        StringBuilder camel = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }
}
