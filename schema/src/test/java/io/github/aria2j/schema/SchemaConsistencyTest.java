package io.github.aria2j.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules of aria2-rpc.json that its JSON Schema cannot express: unique names, resolvable references,
 * param order, option scopes, defaults, order. Each test reports every problem it finds, by JSON path.
 */
class SchemaConsistencyTest {

    private static final Pattern UNIT_NUMBER = Pattern.compile("([0-9]+)([KkMm]?)");
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern INTEGER_RANGES = Pattern.compile("[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*");
    private static final Pattern VERSION = Pattern.compile("([0-9]+)\\.([0-9]+)\\.([0-9]+)");

    private static JsonNode doc;
    private static TypeExpressions types;

    @BeforeAll
    static void load() {
        doc = SchemaResources.document();
        types = new TypeExpressions(names(doc.path("structs")), names(doc.path("enums")));
    }

    private static Set<String> names(JsonNode items) {
        Set<String> names = new LinkedHashSet<>();
        items.forEach(item -> names.add(item.path("name").asText()));
        return names;
    }

    @Test
    void namesAreUnique() {
        Problems problems = new Problems();
        unique(problems, "$.methods", doc.path("methods"), item -> item.path("name"));
        unique(problems, "$.notifications", doc.path("notifications"), item -> item.path("name"));
        unique(problems, "$.options", doc.path("options"), item -> item.path("name"));
        unique(problems, "$.options", doc.path("options"), item -> item.path("short"));
        unique(problems, "$.structs", doc.path("structs"), item -> item.path("name"));
        unique(problems, "$.enums", doc.path("enums"), item -> item.path("name"));
        for (String typeName : names(doc.path("structs"))) {
            problems.check(!names(doc.path("enums")).contains(typeName), "$.structs",
                    "'" + typeName + "' names both a struct and an enum");
        }
        forEachIndexed("$.methods", doc.path("methods"), (path, method) ->
                unique(problems, path + ".params", method.path("params"), param -> param.path("name")));
        forEachIndexed("$.notifications", doc.path("notifications"), (path, notification) ->
                unique(problems, path + ".params", notification.path("params"), param -> param.path("name")));
        forEachIndexed("$.structs", doc.path("structs"), (path, struct) ->
                unique(problems, path + ".fields", struct.path("fields"), field -> field.path("key")));
        forEachIndexed("$.enums", doc.path("enums"), (path, anEnum) -> {
            unique(problems, path + ".values", anEnum.path("values"), value -> value.path("value"));
            unique(problems, path + ".values", anEnum.path("values"), value -> value.has("javaName")
                    ? value.path("javaName")
                    : TextNode.valueOf(value.path("value").asText().toUpperCase(Locale.ROOT).replace('-', '_')
                            .replace('.', '_')));
        });
        problems.assertNone("unique names");
    }

    @Test
    void typeExpressionsAndReferencesResolve() {
        Problems problems = new Problems();
        forEachIndexed("$.methods", doc.path("methods"), (path, method) -> {
            checkParams(problems, path, method, true);
            checkTyped(problems, path + ".result", method.path("result"));
        });
        forEachIndexed("$.notifications", doc.path("notifications"),
                (path, notification) -> checkParams(problems, path, notification, false));
        forEachIndexed("$.structs", doc.path("structs"), (path, struct) -> forEachIndexed(path + ".fields",
                struct.path("fields"), (fieldPath, field) -> checkTyped(problems, fieldPath, field)));
        Set<String> enums = names(doc.path("enums"));
        forEachIndexed("$.options", doc.path("options"), (path, option) -> {
            if (option.has("enum")) {
                problems.check(enums.contains(option.path("enum").asText()), path + ".enum",
                        "no enum named '" + option.path("enum").asText() + "'");
            }
        });
        problems.assertNone("type expressions and references");
    }

    private static void checkParams(Problems problems, String path, JsonNode owner, boolean optionsAllowed) {
        Set<String> structs = names(doc.path("structs"));
        forEachIndexed(path + ".params", owner.path("params"), (paramPath, param) -> {
            String type = param.path("type").asText();
            types.checkType(type, optionsAllowed).ifPresent(p -> problems.add(paramPath + ".type", p));
            if (param.has("keysOf")) {
                String keysOf = param.path("keysOf").asText();
                problems.check(structs.contains(keysOf), paramPath + ".keysOf", "no struct named '" + keysOf + "'");
                problems.check(type.equals("list<string>"), paramPath + ".type",
                        "a keysOf param must be list<string>, not '" + type + "'");
            }
        });
    }

    private static void checkTyped(Problems problems, String path, JsonNode typed) {
        String type = typed.path("type").asText();
        String wire = typed.path("wire").asText();
        var typeProblem = types.checkType(type, false);
        var wireProblem = types.checkWire(wire);
        typeProblem.ifPresent(p -> problems.add(path + ".type", p));
        wireProblem.ifPresent(p -> problems.add(path + ".wire", p));
        if (typeProblem.isEmpty() && wireProblem.isEmpty()) {
            types.checkFits(type, wire).ifPresent(p -> problems.add(path + ".wire", p));
        }
    }

    @Test
    void requiredParamsPrecedeOptionalOnes() {
        Problems problems = new Problems();
        for (String collection : List.of("methods", "notifications")) {
            forEachIndexed("$." + collection, doc.path(collection), (path, owner) -> {
                String firstOptional = null;
                JsonNode params = owner.path("params");
                for (int i = 0; i < params.size(); i++) {
                    String name = params.get(i).path("name").asText();
                    if (!params.get(i).path("required").asBoolean()) {
                        firstOptional = firstOptional == null ? name : firstOptional;
                    } else if (firstOptional != null) {
                        problems.add(path + ".params[" + i + "].required",
                                "required param '" + name + "' follows optional param '" + firstOptional + "'");
                    }
                }
            });
        }
        problems.assertNone("param order");
    }

    @Test
    void pagingNamesRequiredIntParamsOfAMethodWithAListResult() {
        Problems problems = new Problems();
        forEachIndexed("$.methods", doc.path("methods"), (path, method) -> {
            if (!method.has("paging")) {
                return;
            }
            for (String role : List.of("offset", "limit")) {
                String name = method.path("paging").path(role).asText();
                JsonNode param = null;
                for (JsonNode candidate : method.path("params")) {
                    param = candidate.path("name").asText().equals(name) ? candidate : param;
                }
                problems.check(param != null && param.path("required").asBoolean()
                                && param.path("type").asText().equals("int"), path + ".paging." + role,
                        "'" + name + "' is not a required int param of the method");
            }
            problems.check(!method.path("paging").path("offset").equals(method.path("paging").path("limit")),
                    path + ".paging", "offset and limit name the same param");
            problems.check(method.path("result").path("type").asText().startsWith("list<"), path + ".paging",
                    "a paged method must return a list");
        });
        problems.assertNone("paging");
    }

    @Test
    void manualAnchorsMatchNames() {
        Problems problems = new Problems();
        for (String collection : List.of("methods", "notifications")) {
            forEachIndexed("$." + collection, doc.path(collection), (path, item) -> problems.checkEqual(
                    item.path("manualAnchor").asText(), item.path("name").asText(), path + ".manualAnchor",
                    "manualAnchor"));
        }
        forEachIndexed("$.options", doc.path("options"), (path, option) -> {
            if (option.has("manualAnchor")) {
                String anchor = option.path("manualAnchor").asText();
                problems.check(anchor.equals("cmdoption-" + option.path("name").asText())
                                || option.has("short") && anchor.equals("cmdoption-" + option.path("short").asText()),
                        path + ".manualAnchor", "'" + anchor + "' is neither cmdoption-NAME nor cmdoption-SHORT");
            }
        });
        problems.assertNone("manual anchors");
    }

    @Test
    void optionFlagsAreConsistent() {
        Problems problems = new Problems();
        forEachIndexed("$.options", doc.path("options"), (path, option) -> {
            JsonNode scope = option.path("scope");
            boolean perDownload = scope.path("perDownload").asBoolean();
            boolean changeOption = scope.path("changeOption").asBoolean();
            boolean changeGlobal = scope.path("changeGlobalOption").asBoolean();
            boolean startupOnly = scope.path("startupOnly").asBoolean();
            boolean hidden = option.path("hidden").asBoolean();
            // Hidden options can be set nowhere, so they are not startup-only either (aria2's own count of 72).
            problems.check(startupOnly == (!hidden && !(perDownload || changeGlobal)), path + ".scope.startupOnly",
                    "startupOnly must equal !(perDownload || changeGlobalOption), and be false for hidden options");
            problems.check(!scope.path("changeOptionNoRestart").asBoolean() || changeOption,
                    path + ".scope.changeOptionNoRestart", "changeOptionNoRestart without changeOption");
            problems.check(!changeOption || perDownload, path + ".scope.changeOption",
                    "changeOption without perDownload");
            boolean getOption = option.path("returnedBy").path("getOption").asBoolean();
            boolean getGlobalOption = option.path("returnedBy").path("getGlobalOption").asBoolean();
            problems.check(!getOption || perDownload, path + ".returnedBy.getOption",
                    "getOption returns only per-download options");
            problems.check(!hidden || !perDownload && !changeGlobal && !getOption && !getGlobalOption, path + ".hidden",
                    "a hidden option is ignored over RPC: it can be neither set nor returned there");
            String kind = option.path("kind").asText();
            problems.check(option.path("acceptsArray").asBoolean() == (kind.equals("Cumulative")
                            || kind.equals("IndexOut")), path + ".acceptsArray",
                    "must be true exactly for the Cumulative and IndexOut kinds");
            boolean deprecatedTag = false;
            for (JsonNode tag : option.path("tags")) {
                deprecatedTag |= tag.asText().equals("deprecated");
            }
            problems.check(option.has("deprecated") == deprecatedTag, path + ".deprecated",
                    "'deprecated' must be present exactly when the tags contain \"deprecated\"");
        });
        problems.assertNone("option flags");
    }

    @Test
    void optionDefaultsAreValid() {
        Problems problems = new Problems();
        Map<String, List<String>> enumValues = new HashMap<>();
        doc.path("enums").forEach(anEnum -> {
            List<String> values = new ArrayList<>();
            anEnum.path("values").forEach(value -> values.add(value.path("value").asText()));
            enumValues.put(anEnum.path("name").asText(), values);
        });
        forEachIndexed("$.options", doc.path("options"), (path, option) -> {
            JsonNode defaultNode = option.path("default");
            problems.check(!option.has("dynamicDefault") || defaultNode.isNull(), path + ".default",
                    "must be null when dynamicDefault is given");
            BigDecimal min = option.has("min") ? option.path("min").decimalValue() : null;
            BigDecimal max = option.has("max") ? option.path("max").decimalValue() : null;
            problems.check(min == null || max == null || min.compareTo(max) <= 0, path + ".min",
                    "min " + min + " is greater than max " + max);
            if (!defaultNode.isTextual()) {
                return;
            }
            String value = defaultNode.asText();
            String where = path + ".default";
            switch (option.path("kind").asText()) {
                case "Boolean" -> problems.check(value.equals("true") || value.equals("false"), where,
                        "'" + value + "' is neither \"true\" nor \"false\"");
                case "Number" -> checkNumber(problems, where, value, INTEGER.matcher(value).matches()
                        ? new BigDecimal(value) : null, min, max);
                case "Float" -> checkNumber(problems, where, value, DECIMAL.matcher(value).matches()
                        ? new BigDecimal(value) : null, min, max);
                case "UnitNumber" -> checkNumber(problems, where, value, unitNumber(value), min, max);
                case "IntegerRange" -> {
                    if (!INTEGER_RANGES.matcher(value).matches()) {
                        problems.add(where, "'" + value + "' is not a list of integers and ranges like 1-5,8");
                    }
                    for (String bound : value.split("[,-]")) {
                        if (INTEGER.matcher(bound).matches()) {
                            checkNumber(problems, where, value, new BigDecimal(bound), min, max);
                        }
                    }
                }
                case "Parameter" -> {
                    List<String> allowed = enumValues.get(option.path("enum").asText());
                    problems.check(allowed == null || allowed.contains(value), where,
                            "'" + value + "' is not a value of enum " + option.path("enum").asText() + " " + allowed);
                }
                default -> {
                    // Other kinds take free-form text.
                }
            }
        });
        problems.assertNone("option defaults");
    }

    /** A UnitNumber in bytes: K/k = 1024, M/m = 1024 * 1024; null when malformed. */
    static BigDecimal unitNumber(String value) {
        Matcher m = UNIT_NUMBER.matcher(value);
        if (!m.matches()) {
            return null;
        }
        long factor = switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1024L;
            case "M" -> 1024L * 1024L;
            default -> 1L;
        };
        return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(factor));
    }

    private static void checkNumber(Problems problems, String where, String text, BigDecimal value, BigDecimal min,
            BigDecimal max) {
        if (value == null) {
            problems.add(where, "'" + text + "' is not a valid number of this option's kind");
        } else if (min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0) {
            problems.add(where, "'" + text + "' (" + value.toPlainString() + ") is outside [" + min + ", " + max + "]");
        }
    }

    @Test
    void optionsAreSortedByName() {
        Problems problems = new Problems();
        JsonNode options = doc.path("options");
        for (int i = 1; i < options.size(); i++) {
            String previous = options.get(i - 1).path("name").asText();
            String name = options.get(i).path("name").asText();
            problems.check(previous.compareTo(name) < 0, "$.options[" + i + "].name",
                    "'" + name + "' must sort after '" + previous + "' (options are sorted by name)");
        }
        problems.assertNone("option order");
    }

    @Test
    void versionsAreOrdered() {
        Problems problems = new Problems();
        String baseline = doc.path("baselineVersion").asText();
        String current = doc.path("aria2Version").asText();
        problems.check(compareVersions(baseline, current) <= 0, "$.baselineVersion",
                baseline + " is later than aria2Version " + current);
        forEachIndexed("$.options", doc.path("options"), (path, option) -> {
            if (option.has("since")) {
                String since = option.path("since").asText();
                problems.check(compareVersions(baseline, since) < 0 && compareVersions(since, current) <= 0,
                        path + ".since", since + " must be after baselineVersion " + baseline
                                + " and not after aria2Version " + current);
            }
        });
        problems.assertNone("versions");
    }

    private static int compareVersions(String a, String b) {
        Matcher left = VERSION.matcher(a);
        Matcher right = VERSION.matcher(b);
        if (!left.matches() || !right.matches()) {
            return a.compareTo(b);
        }
        for (int group = 1; group <= 3; group++) {
            int c = Integer.compare(Integer.parseInt(left.group(group)), Integer.parseInt(right.group(group)));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** Reports every item whose {@code key} (when present) repeats that of an earlier item. */
    private static void unique(Problems problems, String arrayPath, JsonNode items, Function<JsonNode, JsonNode> key) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode value = key.apply(items.get(i));
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(value.asText(), i);
            if (earlier != null) {
                problems.add(arrayPath + "[" + i + "]", "duplicate '" + value.asText() + "' (first at "
                        + arrayPath + "[" + earlier + "])");
            }
        }
    }

    private interface IndexedVisitor {
        void visit(String path, JsonNode item);
    }

    private static void forEachIndexed(String arrayPath, JsonNode items, IndexedVisitor visitor) {
        for (int i = 0; i < items.size(); i++) {
            visitor.visit(arrayPath + "[" + i + "]", items.get(i));
        }
    }
}
