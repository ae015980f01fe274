package io.github.aria2j.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The methods, notifications and structs of aria2-rpc.json match the aria2 reference ({@code methods.json} in
 * the folder named by the system property {@code aria2.reference.dir}). Options: {@link OptionCompletenessTest}.
 */
class SchemaCompletenessTest {

    /** Reference struct name to schema struct name. */
    static final Map<String, String> STRUCTS = Map.ofEntries(
            Map.entry("Status", "DownloadStatus"), Map.entry("File", "DownloadFile"), Map.entry("Uri", "DownloadUri"),
            Map.entry("Peer", "Peer"), Map.entry("FileServers", "FileServers"), Map.entry("Server", "Server"),
            Map.entry("GlobalStat", "GlobalStat"), Map.entry("Version", "VersionInfo"),
            Map.entry("SessionInfo", "SessionInfo"), Map.entry("BittorrentInfo", "BittorrentInfo"),
            Map.entry("Event", "EventPayload"), Map.entry("MulticallEntry", "MulticallEntry"),
            Map.entry("Fault", "RpcFault"));

    private static final Map<String, String> BUILD_CONDITIONS = Map.of(
            "ENABLE_BITTORRENT", "BitTorrent", "ENABLE_METALINK", "Metalink");

    private static JsonNode doc;
    private static JsonNode reference;

    @BeforeAll
    static void load() {
        doc = SchemaResources.document();
        reference = SchemaResources.reference("methods.json");
    }

    @Test
    void methodsAreThoseOfListMethodsInTheSameOrder() {
        Problems problems = new Problems();
        List<String> expected = strings(reference.path("list_methods_order"));
        problems.checkEqual(expected.size(), 36, "methods.json", "number of methods in list_methods_order");
        checkSameOrder(problems, "$.methods", names(doc.path("methods")), expected);
        problems.assertNone("methods compared with list_methods_order");
    }

    /** Reports names missing or extra; when there are none, every position whose name differs. */
    private static void checkSameOrder(Problems problems, String path, List<String> actual, List<String> expected) {
        expected.stream().filter(name -> !actual.contains(name))
                .forEach(name -> problems.add(path, "'" + name + "' is missing"));
        actual.stream().filter(name -> !expected.contains(name))
                .forEach(name -> problems.add(path, "'" + name + "' is not in the reference"));
        problems.checkEqual(actual.size(), expected.size(), path, "number of items");
        if (new TreeSet<>(actual).equals(new TreeSet<>(expected)) && actual.size() == expected.size()) {
            for (int i = 0; i < actual.size(); i++) {
                problems.checkEqual(actual.get(i), expected.get(i), path + "[" + i + "].name", "name");
            }
        }
    }

    @Test
    void methodParamsMatchReference() {
        Problems problems = new Problems();
        Map<String, JsonNode> methods = byName(doc.path("methods"));
        for (JsonNode ref : reference.path("methods")) {
            String name = ref.path("name").asText();
            JsonNode method = methods.get(name);
            if (method == null) {
                problems.add(name, "missing from $.methods");
                continue;
            }
            problems.checkEqual(signature(method.path("params")), signature(ref.path("params")), name,
                    "params (name, ? = optional)");
            String token = name.equals("system.multicall") ? "perEntry"
                    : name.startsWith("system.") ? "optional" : "required";
            problems.checkEqual(text(method, "token"), token, name, "token");
            String condition = text(ref, "build_condition");
            problems.checkEqual(text(method, "buildCondition"),
                    condition == null ? null : BUILD_CONDITIONS.getOrDefault(condition, condition), name,
                    "buildCondition");
        }
        problems.assertNone("method params compared with the reference");
    }

    @Test
    void methodResultsMatchReference() {
        Problems problems = new Problems();
        Map<String, JsonNode> methods = byName(doc.path("methods"));
        for (JsonNode ref : reference.path("methods")) {
            String name = ref.path("name").asText();
            JsonNode result = methods.getOrDefault(name, MissingNode.getInstance()).path("result");
            JsonNode returns = ref.path("returns");
            if (result.isMissingNode()) {
                continue; // reported by methodParamsMatchReference
            }
            String refType = returns.path("type").asText();
            String wire = text(result, "wire");
            if (refType.equals("array") && returns.path("items").has("ref")) {
                problems.checkEqual(wire, "array<object>", name, "result.wire");
            } else if (refType.equals("array")) {
                problems.check(wire != null && wire.startsWith("array<"), name,
                        "result.wire is " + wire + ", expected an array");
            } else {
                problems.checkEqual(wire, expectedWire(refType), name, "result.wire");
            }
            problems.checkEqual(text(result, "const"), text(returns, "const"), name, "result.const");
            String refFormat = text(returns, "format") != null ? text(returns, "format")
                    : text(returns.path("items"), "format");
            problems.checkEqual(text(result, "format"), refFormat, name, "result.format");
        }
        problems.assertNone("method results compared with the reference");
    }

    @Test
    void notificationsMatchReference() {
        Problems problems = new Problems();
        List<String> expected = names(reference.path("notifications"));
        problems.checkEqual(expected.size(), 6, "methods.json", "number of reference notifications");
        checkSameOrder(problems, "$.notifications", names(doc.path("notifications")), expected);
        Map<String, JsonNode> notifications = byName(doc.path("notifications"));
        for (JsonNode ref : reference.path("notifications")) {
            String name = ref.path("name").asText();
            JsonNode notification = notifications.get(name);
            if (notification == null) {
                continue; // reported above
            }
            problems.checkEqual(signature(notification.path("params")), signature(ref.path("params")), name,
                    "params (name, ? = optional)");
            List<String> types = new ArrayList<>();
            notification.path("params").forEach(p -> types.add(p.path("type").asText()));
            problems.checkEqual(types, List.of("EventPayload"), name, "param types");
            String condition = text(ref, "build_condition");
            problems.checkEqual(text(notification, "buildCondition"),
                    condition == null ? null : BUILD_CONDITIONS.getOrDefault(condition, condition), name,
                    "buildCondition");
        }
        problems.assertNone("notifications compared with the reference");
    }

    @Test
    void structsHaveEveryReferenceKey() {
        Problems problems = new Problems();
        Map<String, JsonNode> structs = byName(doc.path("structs"));
        Map<String, JsonNode> enums = byName(doc.path("enums"));
        STRUCTS.forEach((refName, name) -> {
            JsonNode refStruct = reference.path("structs").path(refName);
            problems.check(refStruct.path("keys").size() > 0, "methods.json structs." + refName, "has no keys");
            compareKeys(problems, name, structs.get(name), refStruct.path("keys"), enums);
        });
        // The info dictionary nested in BittorrentInfo is a struct of its own.
        compareKeys(problems, "BittorrentInfoDictionary", structs.get("BittorrentInfoDictionary"),
                reference.path("structs").path("BittorrentInfo").path("keys").path("info").path("keys"), enums);
        problems.assertNone("struct keys compared with the reference");
    }

    private static void compareKeys(Problems problems, String name, JsonNode struct, JsonNode refKeys,
            Map<String, JsonNode> enums) {
        if (struct == null) {
            problems.add(name, "missing from $.structs");
            return;
        }
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        struct.path("fields").forEach(field -> fields.put(field.path("key").asText(), field));
        refKeys.properties().forEach(entry -> {
            String where = name + "." + entry.getKey();
            JsonNode field = fields.get(entry.getKey());
            JsonNode ref = entry.getValue();
            if (field == null) {
                problems.add(where, "missing (the reference struct has this key)");
                return;
            }
            String refWire = ref.path("wire_type").asText();
            String wire = text(field, "wire");
            if (refWire.equals("array")) {
                problems.check(wire != null && wire.startsWith("array<"), where, "wire is " + wire + ", expected an array");
            } else {
                problems.checkEqual(wire, expectedWire(refWire), where, "wire");
            }
            String presence = text(ref, "presence");
            problems.checkEqual(text(field, "presence"),
                    presence == null || presence.startsWith("always") ? "always" : "conditional", where,
                    "presence (reference: " + presence + ")");
            String semantic = text(ref, "semantic_type");
            if ("gid".equals(semantic) || "hex".equals(semantic)) {
                problems.checkEqual(text(field, "format"), semantic, where, "format");
            }
            if ("bool".equals(semantic)) {
                problems.checkEqual(text(field, "type"), "boolean", where, "type");
            } else if (ref.has("enum")) {
                JsonNode anEnum = enums.get(text(field, "type"));
                List<String> values = new ArrayList<>();
                if (anEnum != null) {
                    anEnum.path("values").forEach(v -> values.add(v.path("value").asText()));
                }
                problems.checkEqual(new TreeSet<>(values), new TreeSet<>(strings(ref.path("enum"))), where,
                        "values of its enum type " + text(field, "type"));
            }
        });
    }

    /**
     * The schema wire form of a reference type: string, integer (a JSON number), struct / struct<...> (an
     * object), array<T> with T a reference struct name (an array of objects).
     */
    static String expectedWire(String refType) {
        if (refType.startsWith("array<") && refType.endsWith(">")) {
            return "array<" + expectedWire(refType.substring(6, refType.length() - 1)) + ">";
        }
        if (refType.equals("integer")) {
            return "number";
        }
        if (refType.equals("string")) {
            return "string";
        }
        if (refType.equals("struct") || refType.startsWith("struct<") || Character.isUpperCase(refType.charAt(0))) {
            return "object";
        }
        return refType;
    }

    /** Param names in order, optional ones marked with a trailing '?'. */
    private static List<String> signature(JsonNode params) {
        List<String> signature = new ArrayList<>();
        params.forEach(p -> signature.add(p.path("name").asText() + (p.path("required").asBoolean(true) ? "" : "?")));
        return signature;
    }

    private static Map<String, JsonNode> byName(JsonNode items) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(item.path("name").asText(), item));
        return map;
    }

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(element -> strings.add(element.asText()));
        return strings;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
