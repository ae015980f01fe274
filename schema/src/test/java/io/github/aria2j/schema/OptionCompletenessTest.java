package io.github.aria2j.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The options of aria2-rpc.json match the aria2 reference ({@code options.json} in the folder named by the
 * system property {@code aria2.reference.dir}). Differences are reported by option name, all at once.
 */
class OptionCompletenessTest {

    /** Reference build conditions (preprocessor expressions) and the feature names the schema uses for them. */
    private static final Map<String, String> BUILD_CONDITIONS = Map.of(
            "(ENABLE_BITTORRENT)", "BitTorrent",
            "(ENABLE_METALINK)", "Metalink",
            "(defined(ENABLE_BITTORRENT) || defined(ENABLE_METALINK))", "BitTorrent|Metalink",
            "(ENABLE_ASYNC_DNS)", "Async DNS",
            "(ENABLE_ASYNC_DNS) && (defined(HAVE_ARES_SET_SERVERS) && defined(HAVE_ARES_ADDR_NODE))", "Async DNS",
            "(ENABLE_SSL)", "HTTPS",
            "(defined(HAVE_MMAP) || defined(__MINGW32__))", "platform:mmap",
            "(HAVE_SYS_RESOURCE_H)", "platform:rlimit");

    private static final List<String[]> SCOPE_FLAGS = List.of(
            new String[] {"perDownload", "per_download"},
            new String[] {"changeOption", "change_option"},
            new String[] {"changeOptionNoRestart", "change_option_no_restart"},
            new String[] {"changeGlobalOption", "change_global_option"},
            new String[] {"startupOnly", "startup_only"});

    /**
     * Options whose schema {@code max} is tighter than aria2's check, which has none: aria2 takes larger values and
     * then mangles them, so the client refuses them (each option's notes say more).
     */
    private static final Map<String, String> TIGHTER_MAX = Map.of(
            "seed-time", "aria2 keeps the seeding time in seconds in a 32-bit int: more minutes overflow and end"
                    + " seeding at once");

    private static final List<String[]> OPTIONAL_FLAGS = List.of(
            new String[] {"mustExist", "must_exist"},
            new String[] {"acceptStdin", "accept_stdin"},
            new String[] {"sensitive", "erase_after_parse"});

    private static Map<String, JsonNode> schemaOptions;
    private static Map<String, JsonNode> referenceOptions;
    private static Map<String, JsonNode> enums;

    @BeforeAll
    static void load() {
        JsonNode doc = SchemaResources.document();
        schemaOptions = byName(doc.path("options"));
        enums = byName(doc.path("enums"));
        referenceOptions = byName(SchemaResources.reference("options.json").path("options"));
    }

    private static Map<String, JsonNode> byName(JsonNode items) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(item.path("name").asText(), item));
        return map;
    }

    @Test
    void everyReferenceOptionIsDescribedAndNoOther() {
        Problems problems = new Problems();
        problems.checkEqual(referenceOptions.size(), 207, "options.json", "number of reference options");
        referenceOptions.keySet().forEach(name ->
                problems.check(schemaOptions.containsKey(name), name, "missing from $.options"));
        schemaOptions.keySet().forEach(name ->
                problems.check(referenceOptions.containsKey(name), name, "in $.options but not an aria2 option"));
        problems.checkEqual(schemaOptions.size(), 207, "$.options", "number of distinct options");
        problems.assertNone("the set of options");
    }

    @Test
    void optionPropertiesMatchReference() {
        Problems problems = new Problems();
        referenceOptions.forEach((name, ref) -> {
            JsonNode option = schemaOptions.get(name);
            if (option != null) {
                compare(problems, name, option, ref);
            }
        });
        problems.assertNone("options compared with the reference");
    }

    private static boolean platformDependent(JsonNode ref) {
        for (JsonNode note : ref.path("notes")) {
            if (note.asText().contains("depend on the platform")) {
                return true;
            }
        }
        return false;
    }

    private static void compare(Problems problems, String name, JsonNode option, JsonNode ref) {
        problems.checkEqual(text(option, "kind"), text(ref, "kind"), name, "kind");
        problems.checkEqual(text(option, "argument"), text(ref, "arg_type"), name, "argument");
        problems.checkEqual(text(option, "short"), text(ref, "short"), name, "short");
        String refDefault = text(ref, "default");
        if (refDefault != null && refDefault.contains("<")) {
            problems.checkEqual(text(option, "default"), null, name,
                    "default (the reference default '" + refDefault + "' is computed at run time)");
            problems.check(option.hasNonNull("dynamicDefault"), name,
                    "dynamicDefault is missing (the reference default '" + refDefault + "' is computed at run time)");
        } else if (option.has("dynamicDefault") && platformDependent(ref)) {
            // The reference records its own build's default (event-poll: epoll on Linux); the schema must not.
            problems.checkEqual(text(option, "default"), null, name,
                    "default (the reference says it depends on the platform)");
        } else {
            problems.checkEqual(text(option, "default"), refDefault, name, "default");
            problems.check(!option.has("dynamicDefault"), name,
                    "has dynamicDefault although the reference default is fixed");
        }
        compareNumber(problems, name, "min", option.get("min"), ref.get("min"));
        if (TIGHTER_MAX.containsKey(name)) {
            problems.check(option.has("max") && ref.path("max").isNull(), name, "max: expected a bound where aria2 has"
                    + " none (" + TIGHTER_MAX.get(name) + ")");
        } else {
            compareNumber(problems, name, "max", option.get("max"), ref.get("max"));
        }
        problems.checkEqual(strings(option.path("tags"), new TreeSet<>()), strings(ref.path("tags"), new TreeSet<>()),
                name, "tags");
        problems.checkEqual(option.path("hidden").asBoolean(), ref.path("hidden").asBoolean(), name, "hidden");
        problems.checkEqual(option.has("deprecated"), ref.hasNonNull("deprecated"), name, "deprecated (present)");
        String refMessage = text(ref.path("deprecated"), "message");
        if (option.has("deprecated") && refMessage != null && !refMessage.isEmpty()) {
            // aria2's own deprecation message, where it has one beyond the generic warning.
            problems.checkEqual(text(option.path("deprecated"), "message"), refMessage, name, "deprecated.message");
        }
        problems.checkEqual(text(option, "since"), ref.path("in_1_36").asBoolean() ? null : "1.37.0", name, "since");
        for (String[] flag : SCOPE_FLAGS) {
            problems.checkEqual(option.path("scope").path(flag[0]).asBoolean(), ref.path(flag[1]).asBoolean(), name,
                    "scope." + flag[0]);
        }
        problems.checkEqual(option.path("acceptsArray").asBoolean(), ref.path("rpc_accepts_array").asBoolean(), name,
                "acceptsArray");
        problems.checkEqual(option.path("returnedBy").path("getOption").asBoolean(),
                ref.path("returned_by_getOption").asBoolean(), name, "returnedBy.getOption");
        problems.checkEqual(option.path("returnedBy").path("getGlobalOption").asBoolean(),
                ref.path("returned_by_getGlobalOption").asBoolean(), name, "returnedBy.getGlobalOption");
        problems.checkEqual(option.path("allowEmpty").asBoolean(false), allowEmpty(option, ref), name, "allowEmpty");
        for (String[] flag : OPTIONAL_FLAGS) {
            problems.checkEqual(option.path(flag[0]).asBoolean(false), ref.path(flag[1]).asBoolean(false), name,
                    flag[0]);
        }
        problems.checkEqual(option.has("checksumTypes") ? strings(option.path("checksumTypes"), new ArrayList<>()) : null,
                ref.hasNonNull("checksum_types") ? strings(ref.path("checksum_types"), new ArrayList<>()) : null, name,
                "checksumTypes");
        String refCondition = text(ref, "build_condition");
        problems.checkEqual(text(option, "buildCondition"),
                refCondition == null ? null : BUILD_CONDITIONS.getOrDefault(refCondition, refCondition), name,
                "buildCondition");
        problems.checkEqual(option.has("manualAnchor"), ref.hasNonNull("manual_signature"), name,
                "manualAnchor (present iff the manual documents the option)");
        compareAllowedValues(problems, name, option, ref);
    }

    /**
     * Whether the schema must give {@code allowEmpty}: the reference's {@code allow_empty} of a String handler; for a
     * LocalFilePath, which the reference leaves without it, whether the path need not exist (aria2's handler stores
     * any path then, the empty one too). An option with a {@code format} never allows it: aria2's handler takes the
     * empty string, but the format (a GID) is what aria2 checks when it uses the value.
     */
    private static boolean allowEmpty(JsonNode option, JsonNode ref) {
        if (option.has("format")) {
            return false;
        }
        if ("LocalFilePath".equals(text(ref, "kind"))) {
            return !ref.path("must_exist").asBoolean(false);
        }
        return ref.path("allow_empty").asBoolean(false);
    }

    /** A Parameter option's values, via its enum, are the reference's in the same order. */
    private static void compareAllowedValues(Problems problems, String name, JsonNode option, JsonNode ref) {
        if (!ref.hasNonNull("allowed_values")) {
            return;
        }
        List<String> expected = strings(ref.path("allowed_values"), new ArrayList<>());
        JsonNode anEnum = enums.get(text(option, "enum"));
        if (anEnum == null) {
            problems.add(name, "has allowed values " + expected + " but no existing enum (enum is "
                    + text(option, "enum") + ")");
            return;
        }
        // Values that exist only on other platforms or builds than the reference's may come in addition.
        Predicate<JsonNode> inReferenceBuild = v -> !v.has("platform") || expected.contains(v.path("value").asText());
        List<String> actual = new ArrayList<>();
        anEnum.path("values").forEach(v -> {
            if (inReferenceBuild.test(v)) {
                actual.add(v.path("value").asText());
            }
        });
        problems.checkEqual(actual, expected, name, "allowed values (enum " + text(option, "enum") + ")");
    }

    @Test
    void optionCountsMatchReference() {
        Problems problems = new Problems();
        problems.checkEqual(count(o -> true), 207, "$.options", "number of options");
        problems.checkEqual(count(o -> o.path("scope").path("perDownload").asBoolean()), 113, "$.options",
                "number of perDownload options");
        problems.checkEqual(count(o -> o.path("scope").path("changeOption").asBoolean()), 106, "$.options",
                "number of changeOption options");
        problems.checkEqual(count(o -> o.path("scope").path("changeOptionNoRestart").asBoolean()), 7, "$.options",
                "number of changeOptionNoRestart options");
        problems.checkEqual(count(o -> o.path("scope").path("changeGlobalOption").asBoolean()), 120, "$.options",
                "number of changeGlobalOption options");
        problems.checkEqual(count(o -> o.path("scope").path("startupOnly").asBoolean()), 72, "$.options",
                "number of startupOnly options");
        problems.checkEqual(count(o -> o.path("hidden").asBoolean()), 9, "$.options", "number of hidden options");
        problems.checkEqual(count(o -> o.has("deprecated")), 3, "$.options", "number of deprecated options");
        problems.checkEqual(count(o -> o.path("acceptsArray").asBoolean()), 2, "$.options",
                "number of options accepting arrays");
        problems.assertNone("option counts");
    }

    private static int count(Predicate<JsonNode> predicate) {
        int n = 0;
        for (JsonNode option : SchemaResources.document().path("options")) {
            n += predicate.test(option) ? 1 : 0;
        }
        return n;
    }

    private static void compareNumber(Problems problems, String name, String what, JsonNode actual, JsonNode expected) {
        BigDecimal a = actual == null || actual.isNull() ? null : actual.decimalValue();
        BigDecimal e = expected == null || expected.isNull() ? null : expected.decimalValue();
        if (a == null ? e != null : e == null || a.compareTo(e) != 0) {
            problems.add(name, what + " is " + a + ", expected " + e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static <C extends Collection<String>> C strings(JsonNode array, C into) {
        array.forEach(element -> into.add(element.asText()));
        return into;
    }
}
